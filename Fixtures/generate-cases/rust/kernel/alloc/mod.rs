// SPDX-License-Identifier: GPL-2.0

//! Allocation (a `mod.rs` module).

/// Flags.
///
/// ```
/// assert!(core::mem::size_of::<u32>() == 4);
/// ```
pub struct Flags(u32);
