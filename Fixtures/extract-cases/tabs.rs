//!	Inner doc with a tab after the marker.
//!
//!	```
//!	let tab_inner = 1;
//!	```

/// Mixed tabs and spaces.
///
/// ```
///	let tab_in_code = 1;
///	assert_eq!(tab_in_code, 1);
/// ```
///
/// An indented block made of a tab:
///
///	let tab_block = 2;
pub fn tabs() {}

	/// An item indented with a tab.
	///
	/// ```
	/// let indented_item = 3;
	/// ```
	pub fn indented_item() {}

/// Tab inside the info string separates words.
///
/// ```rust	no_run
/// let tab_info = 4;
/// ```
pub fn tab_info() {}
