//! CommonMark corner cases for code blocks in doc comments.

/// A fence interrupts a paragraph without a blank line:
/// ```
/// let interrupts_paragraph = 1;
/// ```
/// and the paragraph continues after it.
pub fn interrupts() {}

/// An indented code block cannot interrupt a paragraph:
///     let not_code = 1;
/// so that line is paragraph text.
pub fn no_interrupt() {}

/// Two backticks are not a fence:
///
/// ``
/// let two_backticks = 1;
/// ``
pub fn two_backticks() {}

/// A fence indented four spaces is an indented code block that contains the fence text:
///
///     ```
///     let four_space_fence = 1;
///     ```
pub fn four_spaces() {}

/// A tilde fence may have backticks in its info string:
///
/// ~~~ rust `odd`
/// let backtick_info = 1;
/// ~~~
pub fn tilde_backtick_info() {}

/// A heading, then code right under it:
///
/// # Examples
/// ```
/// let under_heading = 1;
/// ```
///
/// Setext heading
/// ==============
/// ```
/// let under_setext = 2;
/// ```
pub fn headings() {}

/// A list item whose code block is indented less than the item content ends the list:
///
/// 1. First item text
///
/// ```
/// let after_list = 1;
/// ```
///
/// 10. A wide marker needs four columns of indentation:
///
///     ```
///     let in_wide_item = 2;
///     ```
pub fn lists() {}

/// Block quote inside a list item, with code:
///
/// - item
///
///   > ```
///   > let quote_in_list = 1;
///   > ```
pub fn quote_in_list() {}

/// Indented code inside a block quote (five spaces after the marker):
///
/// >     let indented_in_quote = 1;
pub fn indented_in_quote() {}

/// Consecutive code blocks with nothing between them:
///
/// ```
/// let first = 1;
/// ```
/// ```
/// let second = 2;
/// ```
pub fn consecutive() {}

/// An indented block with blank lines inside stays one block:
///
///     let a = 1;
///
///     let b = 2;
///
/// After.
pub fn indented_with_blank() {}

/// Link reference definitions and footnotes around code:
///
/// [ref]: https://example.com
///
/// Text with a footnote[^1].
///
/// [^1]: The footnote, which holds code:
///
///     ```
///     let in_footnote = 1;
///     ```
///
/// ```
/// let after_footnote = 2;
/// ```
pub fn footnotes() {}

/// A table next to code:
///
/// | a | b |
/// |---|---|
/// | 1 | 2 |
///
/// ```
/// let after_table = 1;
/// ```
pub fn table() {}

/// Trailing spaces after the closing fence and spaces before the info string:
///
/// ```   no_run
/// let spaced_info = 1;
/// ```     
pub fn spaces() {}

/// An HTML block ends at a blank line; code after it is a code block again:
///
/// <details>
/// <summary>More</summary>
///
/// ```
/// let in_details = 1;
/// ```
///
/// </details>
pub fn html() {}

/// Escaped backticks are not a fence: \```
/// let escaped = 1;
/// \```
pub fn escaped() {}
