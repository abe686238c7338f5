// SPDX-License-Identifier: GPL-2.0

//! Slices to user space memory regions.
//!
//! C header: [`include/linux/uaccess.h`](srctree/include/linux/uaccess.h)

use crate::{
    alloc::{Allocator, Flags},
    bindings,
    error::Result,
    ffi::{c_char, c_void},
    prelude::*,
    transmute::{AsBytes, FromBytes},
};
use core::mem::{size_of, MaybeUninit};

/// A pointer into userspace.
///
/// This is the Rust equivalent to C pointers tagged with `__user`.
#[repr(transparent)]
#[derive(Copy, Clone)]
pub struct UserPtr(*mut c_void);

/// A pointer to an area in userspace memory, which can be either read-only or read-write.
///
/// # Examples
///
/// Takes a region of userspace memory from the current process, and modify it by adding one to
/// every byte in the region.
///
/// ```no_run
/// use kernel::ffi::c_void;
/// use kernel::uaccess::{UserPtr, UserSlice};
///
/// fn bytes_add_one(uptr: UserPtr, len: usize) -> Result {
///     let (read, mut write) = UserSlice::new(uptr, len).reader_writer();
///
///     let mut buf = KVec::new();
///     read.read_all(&mut buf, GFP_KERNEL)?;
///
///     for b in &mut buf {
///         *b = b.wrapping_add(1);
///     }
///
///     write.write_slice(&buf)?;
///     Ok(())
/// }
/// ```
pub struct UserSlice {
    ptr: UserPtr,
    length: usize,
}

/// Characters that look like lifetimes, and lifetimes that look like characters.
///
/// A lexer that takes `'a` for the start of a character literal here would swallow the doc
/// comment of the next item.
pub fn is_separator<'a>(c: char, s: &'a str) -> &'a str {
    if c == 'a' || c == '\'' || c == '"' || c == '/' || c == '*' {
        return s;
    }
    let _x: &'static str = "'";
    let _b = b'\'';
    let _l: &'a str = s;
    'outer: loop {
        break 'outer;
    }
    s
}

/// The doc comment of the item right after the lifetime traps.
///
/// ```
/// # use kernel::uaccess::is_separator;
/// assert_eq!(is_separator('a', "x"), "x");
/// ```
pub fn after_lifetimes() {}

/// Strings in code that contain comment openers and doc markers.
pub fn strings() -> [&'static str; 5] {
    let a = "/* not a comment";
    let b = "/// not a doc";
    let c = r"\"; // a raw string ends at the first quote
    let d = r##"a "# inside is fine /**/ "##;
    let e = "\\"; // an escaped backslash, then the quote ends the string
    /* a /* nested */ comment with "a quote and ``` a fence */
    [a, b, c, d, e]
}

/// The doc comment of the item right after the string traps.
///
/// ```
/// # use kernel::uaccess::strings;
/// assert_eq!(strings()[2], "\\");
/// ```
pub fn after_strings() {}

/// Byte strings, C strings and raw C strings.
pub const PATTERNS: [&[u8]; 3] = [b"/*", br#"//! ``` "#, b"\"/**/\""];

/// A C string literal (edition 2021) with a doc-looking payload.
pub const C_PATTERN: &core::ffi::CStr = c"/// ```";

/// After byte and C strings.
///
/// ```
/// # use kernel::uaccess::PATTERNS;
/// assert_eq!(PATTERNS[0], b"/*");
/// ```
pub fn after_byte_strings() {}

/** A block doc comment cannot contain a star followed by a slash (it would end here), so
 * the example uses a different spelling.
 *
 * ```
 * let star_slash = concat!("*", "/");
 * assert_eq!(star_slash.len(), 2);
 * ```
 */
pub fn star_slash() {}

// kunitgen: rustdoc-line-wrong (the `/***/` comment line between fragments is not counted by rustdoc)
/**/
/// An empty block comment `/**/` is not a doc comment; neither is `/***/`.
/***/
///
/// ```
/// let after_empty_block_comments = 1;
/// ```
pub fn empty_block_comments() {}

/// Numbers with suffixes and ranges next to dots: `1..2`, `1.0`, `0x1f_u8`, `1e3`.
pub const NUMBERS: (u8, f32, u8, f64) = (1, 1.0, 0x1f_u8, 1e3);

/// ```
/// let after_numbers = kernel::uaccess::NUMBERS.0 + 1;
/// ```
pub fn after_numbers() {}
