/// Ends without a newline.
///
/// ```
/// let last = 1;
/// ```
pub fn last() {}