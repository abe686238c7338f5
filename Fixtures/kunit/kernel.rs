// SPDX-License-Identifier: GPL-2.0

//! A stand-in for the kernel's `kernel` crate, for running generated doctests on the host.
//!
//! It provides what `doctests_kernel_generated.rs` uses (`bindings::kunit`, `kunit::info`,
//! `kunit_assert!`, `kunit_assert_eq!`, the prelude with `Error`, `Result` and a few error codes)
//! and records what the real macros would report to KUnit, so that a test can check the file and
//! line of a failing assertion. `kunit_assert!` computes its line exactly as
//! `rust/kernel/kunit.rs` does: `core::line!() as i32 - $diff`, and takes its file as 7.1's does,
//! a C string literal (`c"rust/kernel/..."`); `fmt!` is the prelude's, as in 7.1.

use std::sync::Mutex;

/// The C bindings the generated code names.
pub mod bindings {
    /// `struct kunit`, opaque.
    #[repr(C)]
    pub struct kunit {
        _private: [u8; 0],
    }
}

/// What KUnit would have received.
pub mod kunit {
    use super::Mutex;

    /// Lines printed with `info`.
    pub static INFO: Mutex<Vec<String>> = Mutex::new(Vec::new());
    /// Failed assertions as `name file:line condition`.
    pub static FAILURES: Mutex<Vec<String>> = Mutex::new(Vec::new());

    /// Prints a KUnit info-level message (recorded).
    pub fn info(args: core::fmt::Arguments<'_>) {
        INFO.lock().unwrap().push(format!("{args}"));
    }

    #[doc(hidden)]
    pub fn fail(name: &str, file: &str, line: i32, condition: &str) {
        FAILURES.lock().unwrap().push(format!("{name} {file}:{line} {condition}"));
    }
}

/// Asserts like the kernel's: records a failure with the computed line instead of panicking.
#[macro_export]
macro_rules! kunit_assert {
    ($name:literal, $file:literal, $diff:expr, $condition:expr $(,)?) => {
        'out: {
            if $condition {
                break 'out;
            }
            static FILE: &'static core::ffi::CStr = $file;
            static LINE: i32 = core::line!() as i32 - $diff;
            $crate::kunit::fail($name, FILE.to_str().unwrap(), LINE, stringify!($condition));
        }
    };
}

/// Forwards to `kunit_assert!`, as the kernel's does.
#[macro_export]
macro_rules! kunit_assert_eq {
    ($name:literal, $file:literal, $diff:expr, $left:expr, $right:expr $(,)?) => {{
        $crate::kunit_assert!($name, $file, $diff, $left == $right);
    }};
}

/// The kernel's formatting macro (7.1's prelude exports it), here `format_args!`.
#[macro_export]
macro_rules! fmt {
    ($($t:tt)*) => {
        ::core::format_args!($($t)*)
    };
}

/// Kernel errors.
pub mod error {
    /// An error code.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Error(pub i32);

    /// The kernel's `Result`, defaulting to `()` and `Error`.
    pub type Result<T = (), E = Error> = core::result::Result<T, E>;

    /// Error codes.
    pub mod code {
        use super::Error;
        /// Invalid argument.
        pub const EINVAL: Error = Error(-22);
        /// Out of memory.
        pub const ENOMEM: Error = Error(-12);
    }
}

/// The prelude the generated tests import.
pub mod prelude {
    pub use crate::error::code::*;
    pub use crate::error::{Error, Result};
    pub use crate::fmt;
    pub use core::pin::Pin;
}
