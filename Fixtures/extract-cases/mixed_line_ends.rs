// Mixed line ends.
/// LF line.
///
/// ```
/// let mixed = 1;
/// ```
pub fn mixed() {}
