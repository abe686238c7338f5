//! How rustdoc prepares doctest code (`doctest_code`): crate attributes, `extern crate`,
//! `fn main` detection and `Result` endings.

/// Crate attributes are lifted out of the body.
///
/// ```
/// #![feature(allocator_api)]
/// #![allow(dead_code, unused_imports)]
/// use kernel::prelude::*;
/// let v = KVec::<u8>::new();
/// ```
///
/// A hidden crate attribute and an inner attribute that is not crate-level:
///
/// ```
/// # #![deny(warnings)]
/// #![doc = "inner doc"]
/// let x = 1;
/// ```
///
/// `extern crate` lines:
///
/// ```
/// extern crate alloc;
/// extern crate kernel;
/// use alloc::vec::Vec;
/// let v: Vec<u8> = Vec::new();
/// ```
///
/// `extern crate` with a rename, and a crate attribute after code:
///
/// ```
/// extern crate core as kcore;
/// let n = kcore::cmp::max(1, 2);
/// #![allow(unused)]
/// ```
pub fn crate_attributes() {}

/// Tests with their own `main`.
///
/// ```
/// fn main() {
///     assert_eq!(1, 1);
/// }
/// ```
///
/// A `main` that returns a `Result`:
///
/// ```
/// fn main() -> Result<(), kernel::error::Error> {
///     Ok(())
/// }
/// ```
///
/// A hidden `main`:
///
/// ```
/// # fn main() {
/// let hidden_main = 1;
/// # }
/// ```
///
/// `main` only in a comment or a string does not count:
///
/// ```
/// // fn main() {}
/// let s = "fn main() {}";
/// ```
///
/// A `main` nested inside another function does not count either:
///
/// ```
/// fn outer() {
///     fn main() {}
/// }
/// ```
///
/// `pub fn main` and `async fn main`:
///
/// ```
/// pub fn main() {}
/// ```
///
/// ```
/// async fn main() {}
/// ```
///
/// A `main` declared with `extern "C"`:
///
/// ```
/// extern "C" fn main() {}
/// ```
///
/// `main` defined by a macro invocation:
///
/// ```
/// macro_rules! mk_main { () => { fn main() {} } }
/// mk_main!();
/// ```
pub fn own_main() {}

/// `Result` endings.
///
/// ```
/// let x: u32 = "1".parse()?;
/// Ok::<(), core::num::ParseIntError>(())
/// ```
///
/// ```
/// # use kernel::prelude::*;
/// let v = KVec::<u32>::with_capacity(1, GFP_KERNEL)?;
/// Ok::<(), Error>(())
/// ```
///
/// A plain `Ok(())` (no turbofish) is not detected as a `Result` ending:
///
/// ```
/// fn f() -> Result<(), ()> {
///     Ok(())
/// }
/// Ok(())
/// ```
///
/// Trailing whitespace and a hidden ending:
///
/// ```
/// let y = 2;
/// # Ok::<(), ()>(())   
/// ```
///
/// A trailing semicolon makes it a statement:
///
/// ```
/// Ok::<(), ()>(());
/// ```
///
/// Code that mentions `kernel::` and `core::`:
///
/// ```
/// use kernel::sync::Arc;
/// let a = Arc::new(1, kernel::alloc::flags::GFP_KERNEL)?;
/// let _ = core::mem::size_of_val(&a);
/// # Ok::<(), kernel::error::Error>(())
/// ```
pub fn result_endings() {}

/// Items only, no statements:
///
/// ```
/// struct S;
/// impl S {
///     fn new() -> Self { S }
/// }
/// ```
///
/// A lone `#` line in the middle and a `##` escape at the start:
///
/// ```
/// ##![allow(unused)]
/// let a = 1;
/// #
/// let b = 2;
/// ```
///
/// Leading and trailing blank lines:
///
/// ```
///
/// let padded = 1;
///
/// ```
///
/// A comment-only block:
///
/// ```
/// // Nothing to run.
/// ```
///
/// Edition overrides change the prepared code:
///
/// ```edition2015
/// let old = 1;
/// ```
///
/// ```edition2018,no_run
/// # fn main() {
/// let e = 2018;
/// # }
/// ```
pub fn shapes() {}
