// SPDX-License-Identifier: GPL-2.0

//! A file whose path needs escaping in format strings.

/// Braces.
///
/// ```
/// assert!(true);
/// ```
pub fn brace() {}
