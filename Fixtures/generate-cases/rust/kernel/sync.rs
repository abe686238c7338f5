// SPDX-License-Identifier: GPL-2.0

//! Synchronisation primitives.

pub mod arc;

/// A lock.
///
/// ```
/// let x = 1;
/// assert!(x == 1);
/// ```
///
/// ```
/// let y = 2;
/// assert_eq!(y, 2);
/// ```
pub struct Lock;
