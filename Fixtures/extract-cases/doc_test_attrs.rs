//! Crate-level `#![doc(test(...))]` attributes change how every doctest is prepared.
#![doc(test(attr(deny(warnings), allow(dead_code))))]
#![doc(test(no_crate_inject))]

/// With `no_crate_inject`, `extern crate kernel;` is not added even when the code says `kernel`.
///
/// ```
/// use kernel::prelude::*;
/// let v = KVec::<u8>::new();
/// ```
pub fn no_inject() {}

/// Hidden lines in all their forms.
///
/// ```
/// #
/// #    let hidden_indented = 1;
/// #  let two_spaces = 2;
///  # let space_before_hash = 3;
/// ## let escaped = 4;
/// ###[cfg(any())]
/// #[cfg(all())] let attribute = 5;
/// # 
/// let visible = 6;
/// ```
///
/// (rustdoc cannot parse the block above: `# let escaped` stays as code, so its
/// `doctest_code` is null.) The same forms, parseable:
///
/// ```
/// #
/// #    let hidden_indented = 1;
///  # let space_before_hash = 3;
/// ##[allow(unused)]
/// let escaped = 4;
/// #[cfg(all())] let attribute = 5;
/// # 
/// let visible = 6;
/// ```
pub fn hidden_lines() {}

/// A module with its own `doc(test(attr(...)))`.
#[doc(test(attr(allow(unused_mut))))]
pub mod nested {
    /// ```
    /// let mut nested_attr = 1;
    /// ```
    pub fn f() {}
}
