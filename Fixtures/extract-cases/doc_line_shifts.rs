//! Source layouts that make rustdoc's reported line differ from the true one.

macro_rules! local_macro { () => {}; }

// kunitgen: rustdoc-line-wrong (a plain comment line between doc lines is not counted by rustdoc)
/// A plain comment between doc lines:
// a plain comment
///
/// ```
/// let after_plain_comment = 1;
/// ```
pub fn a() {}

// kunitgen: rustdoc-line-wrong (a blank source line between doc lines is not counted by rustdoc)
/// A blank source line between doc lines:

///
/// ```
/// let after_blank_line = 1;
/// ```
pub fn b() {}

// kunitgen: rustdoc-line-wrong (two fragments on one source line count as two lines for rustdoc)
#[doc = "One"] #[doc = "Two on the same line"]
///
/// ```
/// let same_line_attrs = 1;
/// ```
pub fn c() {}

// kunitgen: rustdoc-line-wrong (rustdoc counts from the doc string, not from the attribute start)
#[cfg_attr(
    doc,
    doc = "Split attribute"
)]
///
/// ```
/// let split_attr = 1;
/// ```
pub fn d() {}

///No space after the marker.
///
///     let indented_no_space = 1;
pub fn e() {}

#[doc = "Attribute text."]
///
///     let indented_after_attr = 1;
pub fn f() {}

#[doc = "    Indented attribute text."]
#[doc = ""]
#[doc = "        let deeper = 1;"]
pub fn g() {}

///   Three spaces everywhere.
///
///       let six = 1;
pub fn h() {}

/// Docs on an item-level macro invocation:
///
/// ```
/// let on_invocation = 1;
/// ```
some_macro!();

/// A doc comment before a module-level `macro_rules!` invocation with no docs of its own:
/// rustdoc ignores it too.
///
/// ```
/// let on_local_invocation = 1;
/// ```
local_macro!();

/// ```
/// let z = 1;
/// ```
pub fn z() {}
