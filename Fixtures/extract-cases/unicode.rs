//! Ünïcödé everywhere: «тест», 测试, テスト, 🦀🐧.
//!
//! ```
//! let ñ = "ñ";
//! assert_eq!(ñ.len(), 2);
//! ```

/// Zero-width and combining characters: e\u{301} (written as an escape in text), ﬁ ligature.
///
/// ```
/// let café = "café"; // precomposed é
/// let cafe_combining = "cafe\u{301}";
/// assert_ne!(café, cafe_combining);
/// ```
pub struct Café;

/// Right-to-left text: שלום, مرحبا.
///
/// ```
/// let שלום = 1;
/// # let _ = שלום;
/// ```
pub fn rtl() {}

/// A non-breaking space (U+00A0) before the fence is not indentation:
///
///  ```
/// let nbsp = 1;
/// ```
pub fn nbsp() {}

/// Wide characters in the info string: ```rust,ïgnore``` is inline code; the block below has a
/// non-ASCII unknown word.
///
/// ```rust,ïgnore
/// let non_ascii_info = 1;
/// ```
pub fn non_ascii_info() {}

impl Café {
    /// ```
    /// # use kernel::Café;
    /// let _c = Café;
    /// ```
    pub fn naïve(&self) {}
}
