// SPDX-License-Identifier: GPL-2.0

//! A stand-in `kernel` crate for `kunitgen generate`'s golden tests.
//!
//! ```
//! let answer = 6 * 7;
//! assert_eq!(answer, 42);
//! ```

pub mod alloc;
pub mod sync;

#[path = "quirky/br{ace}.rs"]
pub mod brace;

#[cfg(CONFIG_FOO_DISABLED)]
pub mod disabled;

/// Inline modules keep their path.
pub mod inline {
    /// Doubles.
    ///
    /// ```
    /// assert!(kernel::error::code::EINVAL != kernel::error::code::ENOMEM);
    /// ```
    pub fn double(x: i32) -> i32 {
        x * 2
    }
}

/// Only with `CONFIG_KUNIT`.
///
/// ```
/// assert!(true);
/// ```
#[cfg(CONFIG_KUNIT)]
pub fn kunit_only() {}
