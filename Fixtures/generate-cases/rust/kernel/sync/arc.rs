// SPDX-License-Identifier: GPL-2.0

//! Reference counting.

/// A reference-counted pointer.
///
/// ```
/// # use core::cell::Cell;
/// let c = Cell::new(1);
/// c.set(2);
/// assert_eq!(c.get(), 3); // kunitgen-fixture: fails
/// ```
///
/// Returning a `Result`:
///
/// ```
/// let v: u8 = u8::try_from(300u32).map_err(|_| EINVAL)?;
/// assert!(v == 44);
/// # Ok::<(), Error>(())
/// ```
pub struct Arc<T>(T);

impl<T> Arc<T> {
    /// Creates one.
    ///
    /// ```should_panic
    /// panic!("no");
    /// ```
    ///
    /// ```no_run
    /// let _never_run = core::hint::black_box(0u8);
    /// ```
    ///
    /// ```ignore
    /// not rust at all
    /// ```
    ///
    /// ```compile_fail
    /// let x: u8 = "a";
    /// ```
    ///
    /// ```text
    /// plain text
    /// ```
    ///
    /// ```test_harness
    /// #[test]
    /// fn t() {}
    /// ```
    pub fn new(value: T) -> Self {
        Arc(value)
    }

    /// Crate attributes are lifted out of the test.
    ///
    /// ```
    /// #![allow(dead_code)]
    /// fn helper() -> u32 { 5 }
    /// assert!(helper() == 6); // kunitgen-fixture: fails
    /// ```
    ///
    /// An indented example:
    ///
    ///     let n = 10;
    ///     assert!(n == 11); // kunitgen-fixture: fails
    ///
    /// With its own `main`:
    ///
    /// ```
    /// fn main() {
    ///     assert!(1 + 1 == 3); // kunitgen-fixture: fails
    /// }
    /// ```
    pub fn get(&self) -> &T {
        &self.0
    }
}
