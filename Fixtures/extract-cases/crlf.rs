// SPDX-License-Identifier: GPL-2.0
//! A file with CRLF line ends.
//!
//! ```
//! let crlf_inner = 1;
//! ```

/// An item.
///
/// ```
/// let crlf = "line ends are normalised";
/// assert_eq!(crlf.len(), 25);
/// ```
pub fn crlf() {}

/** Block doc with CRLF.
 *
 * ```
 * let crlf_block = 2;
 * ```
 */
pub fn crlf_block() {}

#[doc = "A multi-line doc string with CRLF inside.

```
let crlf_string = 3;
```
"]
pub fn crlf_string() {}
