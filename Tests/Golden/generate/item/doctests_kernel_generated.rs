//! `kernel` crate documentation tests.

const __LOG_PREFIX: &[u8] = b"rust_doctests_kernel\0";

/// Generated `alloc_mod_rs_7_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc__Flags_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc__Flags_0", c"rust/kernel/alloc/mod.rs", __DOCTEST_ANCHOR - 7, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc__Flags_0", c"rust/kernel/alloc/mod.rs", __DOCTEST_ANCHOR - 7, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc__Flags_0.location: rust/kernel/alloc/mod.rs:7\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_mod_rs_7_0() {
assert!(core::mem::size_of::<u32>() == 4);
} _doctest_main_rust_kernel_alloc_mod_rs_7_0() }
        main();
    }
}

/// Generated `lib_rs_23_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_inline__double_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_inline__double_0", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 23, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_inline__double_0", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 23, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_inline__double_0.location: rust/kernel/lib.rs:23\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_lib_rs_23_0() {
assert!(kernel::error::code::EINVAL != kernel::error::code::ENOMEM);
} _doctest_main_rust_kernel_lib_rs_23_0() }
        main();
    }
}

/// Generated `lib_rs_33_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_kunit_only_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_kunit_only_0", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 33, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_kunit_only_0", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 33, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_kunit_only_0.location: rust/kernel/lib.rs:33\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_lib_rs_33_0() {
assert!(true);
} _doctest_main_rust_kernel_lib_rs_33_0() }
        main();
    }
}

/// Generated `lib_rs_5_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_crate_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_crate_0", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 5, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_crate_0", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 5, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_crate_0.location: rust/kernel/lib.rs:5\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_lib_rs_5_0() {
let answer = 6 * 7;
assert_eq!(answer, 42);
} _doctest_main_rust_kernel_lib_rs_5_0() }
        main();
    }
}

/// Generated `quirky_br_ace__rs_7_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_brace__brace_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_brace__brace_0", c"rust/kernel/quirky/br{ace}.rs", __DOCTEST_ANCHOR - 7, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_brace__brace_0", c"rust/kernel/quirky/br{ace}.rs", __DOCTEST_ANCHOR - 7, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_brace__brace_0.location: rust/kernel/quirky/br{{ace}}.rs:7\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_quirky_br_ace__rs_7_0() {
assert!(true);
} _doctest_main_rust_kernel_quirky_br_ace__rs_7_0() }
        main();
    }
}

/// Generated `sync_arc_rs_16_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync__arc__Arc_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync__arc__Arc_1", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 16, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync__arc__Arc_1", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 16, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync__arc__Arc_1.location: rust/kernel/sync/arc.rs:16\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_16_0() -> core::result::Result<(), impl core::fmt::Debug> {
let v: u8 = u8::try_from(300u32).map_err(|_| EINVAL)?;
assert!(v == 44);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_arc_rs_16_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_arc_rs_30_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync__arc__Arc_T__new_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync__arc__Arc_T__new_1", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 30, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync__arc__Arc_T__new_1", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 30, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync__arc__Arc_T__new_1.location: rust/kernel/sync/arc.rs:30\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_30_0() {
let _never_run = core::hint::black_box(0u8);
} _doctest_main_rust_kernel_sync_arc_rs_30_0() }
        main();
    }
}

/// Generated `sync_arc_rs_56_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync__arc__Arc_T__get_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync__arc__Arc_T__get_0", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 56, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync__arc__Arc_T__get_0", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 56, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync__arc__Arc_T__get_0.location: rust/kernel/sync/arc.rs:56\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#![allow(dead_code)]

fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_56_0() {
fn helper() -> u32 { 5 }
assert!(helper() == 6);
} _doctest_main_rust_kernel_sync_arc_rs_56_0() }
        main();
    }
}

/// Generated `sync_arc_rs_64_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync__arc__Arc_T__get_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync__arc__Arc_T__get_1", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 64, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync__arc__Arc_T__get_1", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 64, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync__arc__Arc_T__get_1.location: rust/kernel/sync/arc.rs:64\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_64_0() {
let n = 10;
assert!(n == 11);
} _doctest_main_rust_kernel_sync_arc_rs_64_0() }
        main();
    }
}

/// Generated `sync_arc_rs_69_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync__arc__Arc_T__get_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync__arc__Arc_T__get_2", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 69, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync__arc__Arc_T__get_2", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 69, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync__arc__Arc_T__get_2.location: rust/kernel/sync/arc.rs:69\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() {
    assert!(1 + 1 == 3); // kunitgen-fixture: fails
}
        main();
    }
}

/// Generated `sync_arc_rs_7_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync__arc__Arc_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync__arc__Arc_0", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 7, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync__arc__Arc_0", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 7, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync__arc__Arc_0.location: rust/kernel/sync/arc.rs:7\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_7_0() {
use core::cell::Cell;
let c = Cell::new(1);
c.set(2);
assert_eq!(c.get(), 3);
} _doctest_main_rust_kernel_sync_arc_rs_7_0() }
        main();
    }
}

/// Generated `sync_rs_14_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync__Lock_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync__Lock_1", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 14, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync__Lock_1", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 14, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync__Lock_1.location: rust/kernel/sync.rs:14\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_rs_14_0() {
let y = 2;
assert_eq!(y, 2);
} _doctest_main_rust_kernel_sync_rs_14_0() }
        main();
    }
}

/// Generated `sync_rs_9_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync__Lock_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync__Lock_0", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 9, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync__Lock_0", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 9, $left, $right
            );
        }}
    }

    // Many tests need the prelude, so provide it by default.
    #[allow(unused)]
    use ::kernel::prelude::*;

    // Unconditionally print the location of the original doctest (i.e. rather than the location in
    // the generated file) so that developers can easily map the test back to the source code.
    //
    // This information is also printed when assertions fail, but this helps in the successful cases
    // when the user is running KUnit manually, or when passing `--raw_output` to `kunit.py`.
    //
    // This follows the syntax for declaring test metadata in the proposed KTAP v2 spec, which may
    // be used for the proposed KUnit test attributes API. Thus hopefully this will make migration
    // easier later on.
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync__Lock_0.location: rust/kernel/sync.rs:9\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_rs_9_0() {
let x = 1;
assert!(x == 1);
} _doctest_main_rust_kernel_sync_rs_9_0() }
        main();
    }
}
