//! An unterminated fence in the crate docs runs to the end of those docs.
//!
//! ```
//! let runs_to_end_of_inner_docs = 1;

/// An unterminated fence in an item's doc comment.
///
/// ```
/// let runs_to_end = 1;
/// assert_eq!(runs_to_end, 1);
pub fn unterminated() {}

/// A closing fence shorter than the opener does not close it.
///
/// ````
/// let still_open = 2;
/// ```
pub fn shorter_close() {}

/// A closing fence with an info string does not close it.
///
/// ```
/// let open_again = 3;
/// ```rust
pub fn info_close() {}

/// A tilde fence is not closed by backticks.
///
/// ~~~
/// let tilde_open = 4;
/// ```
pub fn tilde_backtick() {}

/// An empty code block is still a doctest.
///
/// ```
/// ```
pub fn empty_block() {}

/// The file ends inside a fenced block.
///
/// ```no_run
/// let at_eof = 5;
pub fn at_eof() {}
