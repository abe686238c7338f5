//! A file that starts with a UTF-8 byte order mark.
//!
//! ```
//! let after_bom = 1;
//! ```

/// ```
/// let bom_item = 2;
/// ```
pub fn bom() {}
