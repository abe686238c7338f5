//! `kernel` crate documentation tests.

const __LOG_PREFIX: &[u8] = b"rust_doctests_kernel\0";

/// Generated `alloc_kbox_rs_104_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kbox_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kbox_rs_0", c"rust/kernel/alloc/kbox.rs", __DOCTEST_ANCHOR - 104, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kbox_rs_0", c"rust/kernel/alloc/kbox.rs", __DOCTEST_ANCHOR - 104, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kbox_rs_0.location: rust/kernel/alloc/kbox.rs:104\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kbox_rs_104_0() -> core::result::Result<(), impl core::fmt::Debug> {
let b = KBox::<u32>::new_uninit(GFP_KERNEL)?;
let b = KBox::write(b, 5);
assert_eq!(*b, 5);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_kbox_rs_104_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_kbox_rs_26_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kbox_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kbox_rs_2", c"rust/kernel/alloc/kbox.rs", __DOCTEST_ANCHOR - 26, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kbox_rs_2", c"rust/kernel/alloc/kbox.rs", __DOCTEST_ANCHOR - 26, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kbox_rs_2.location: rust/kernel/alloc/kbox.rs:26\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kbox_rs_26_0() -> core::result::Result<(), impl core::fmt::Debug> {
let b = KBox::<u64>::new(24_u64, GFP_KERNEL)?;

assert_eq!(*b, 24_u64);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_kbox_rs_26_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_kbox_rs_33_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kbox_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kbox_rs_3", c"rust/kernel/alloc/kbox.rs", __DOCTEST_ANCHOR - 33, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kbox_rs_3", c"rust/kernel/alloc/kbox.rs", __DOCTEST_ANCHOR - 33, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kbox_rs_3.location: rust/kernel/alloc/kbox.rs:33\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kbox_rs_33_0() {
use kernel::bindings;
const SIZE: usize = bindings::KMALLOC_MAX_SIZE as usize + 1;
struct Huge([u8; SIZE]);

assert!(KBox::<Huge>::new_uninit(GFP_KERNEL | __GFP_NOWARN).is_err());
} _doctest_main_rust_kernel_alloc_kbox_rs_33_0() }
        main();
    }
}

/// Generated `alloc_kbox_rs_52_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kbox_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kbox_rs_4", c"rust/kernel/alloc/kbox.rs", __DOCTEST_ANCHOR - 52, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kbox_rs_4", c"rust/kernel/alloc/kbox.rs", __DOCTEST_ANCHOR - 52, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kbox_rs_4.location: rust/kernel/alloc/kbox.rs:52\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kbox_rs_52_0() -> core::result::Result<(), impl core::fmt::Debug> {
let b = KBox::new(24_u64, GFP_KERNEL)?;

assert_eq!(*b, 24_u64);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_kbox_rs_52_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_kbox_rs_83_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kbox_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kbox_rs_5", c"rust/kernel/alloc/kbox.rs", __DOCTEST_ANCHOR - 83, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kbox_rs_5", c"rust/kernel/alloc/kbox.rs", __DOCTEST_ANCHOR - 83, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kbox_rs_5.location: rust/kernel/alloc/kbox.rs:83\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kbox_rs_83_0() -> core::result::Result<(), impl core::fmt::Debug> {
let x = KBox::new(24, GFP_KERNEL)?;
let ptr = KBox::into_raw(x);
// SAFETY: `ptr` comes from a previous call to `KBox::into_raw`.
let x = unsafe { KBox::from_raw(ptr) };

assert_eq!(*x, 24);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_kbox_rs_83_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_kvec_rs_107_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kvec_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kvec_rs_0", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 107, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kvec_rs_0", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 107, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kvec_rs_0.location: rust/kernel/alloc/kvec.rs:107\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kvec_rs_107_0() -> core::result::Result<(), impl core::fmt::Debug> {
let mut v = VVec::new();
v.push(1, GFP_KERNEL)?;
assert_eq!(&v, &[1]);

Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_kvec_rs_107_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_kvec_rs_153_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kvec_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kvec_rs_1", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 153, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kvec_rs_1", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 153, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kvec_rs_1.location: rust/kernel/alloc/kvec.rs:153\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kvec_rs_153_0() -> core::result::Result<(), impl core::fmt::Debug> {
let mut v = KVec::new();
v.push(1, GFP_KERNEL)?;
assert_eq!(&v, &[1]);

v.push(2, GFP_KERNEL)?;
assert_eq!(&v, &[1, 2]);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_kvec_rs_153_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_kvec_rs_174_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kvec_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kvec_rs_2", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 174, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kvec_rs_2", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 174, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kvec_rs_2.location: rust/kernel/alloc/kvec.rs:174\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kvec_rs_174_0() -> core::result::Result<(), impl core::fmt::Debug> {
let mut v = KVec::new();
v.push(1, GFP_KERNEL)?;
v.push(2, GFP_KERNEL)?;
assert_eq!(&v, &[1, 2]);

assert_eq!(v.pop(), Some(2));
assert_eq!(v.pop(), Some(1));
assert_eq!(v.pop(), None);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_kvec_rs_174_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_kvec_rs_223_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kvec_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kvec_rs_3", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 223, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kvec_rs_3", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 223, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kvec_rs_3.location: rust/kernel/alloc/kvec.rs:223\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kvec_rs_223_0() -> core::result::Result<(), impl core::fmt::Debug> {
let mut v = KVec::new();
v.push(1, GFP_KERNEL)?;

v.reserve(10, GFP_KERNEL)?;
let cap = v.capacity();
assert!(cap >= 10);

v.reserve(10, GFP_KERNEL)?;
let new_cap = v.capacity();
assert_eq!(new_cap, cap);

Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_kvec_rs_223_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_kvec_rs_252_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kvec_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kvec_rs_4", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 252, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kvec_rs_4", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 252, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kvec_rs_4.location: rust/kernel/alloc/kvec.rs:252\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kvec_rs_252_0() -> core::result::Result<(), impl core::fmt::Debug> {
let mut v = KVec::new();
v.extend_with(3, 0xab, GFP_KERNEL)?;
assert_eq!(&v, &[0xab; 3]);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_kvec_rs_252_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_kvec_rs_29_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kvec_rs_6(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kvec_rs_6", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 29, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kvec_rs_6", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 29, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kvec_rs_6.location: rust/kernel/alloc/kvec.rs:29\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kvec_rs_29_0() -> core::result::Result<(), impl core::fmt::Debug> {
let mut v = kernel::kvec![];
v.push(1, GFP_KERNEL)?;
assert_eq!(v, [1]);

let mut v = kernel::kvec![1; 3]?;
v.push(4, GFP_KERNEL)?;
assert_eq!(v, [1, 1, 1, 4]);

let mut v = kernel::kvec![1, 2, 3]?;
v.push(4, GFP_KERNEL)?;
assert_eq!(v, [1, 2, 3, 4]);

Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_kvec_rs_29_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_kvec_rs_94_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_kvec_rs_7(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_kvec_rs_7", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 94, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_kvec_rs_7", c"rust/kernel/alloc/kvec.rs", __DOCTEST_ANCHOR - 94, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_kvec_rs_7.location: rust/kernel/alloc/kvec.rs:94\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_kvec_rs_94_0() -> core::result::Result<(), impl core::fmt::Debug> {
let mut v = KVec::new();
v.push(1, GFP_KERNEL)?;
assert_eq!(&v, &[1]);

Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_kvec_rs_94_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_rs_118_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_rs_0", c"rust/kernel/alloc.rs", __DOCTEST_ANCHOR - 118, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_rs_0", c"rust/kernel/alloc.rs", __DOCTEST_ANCHOR - 118, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_rs_0.location: rust/kernel/alloc.rs:118\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_rs_118_0() -> core::result::Result<(), impl core::fmt::Debug> {
use core::alloc::Layout;
use kernel::alloc::{Allocator, allocator::Kmalloc};
let layout = Layout::new::<u64>();
let ptr = Kmalloc::alloc(layout, GFP_KERNEL)?;
// SAFETY: `ptr` was just allocated by `Kmalloc` with `layout`.
unsafe { Kmalloc::free(ptr.cast(), layout) };
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_rs_118_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `alloc_rs_25_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_rs_1", c"rust/kernel/alloc.rs", __DOCTEST_ANCHOR - 25, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_rs_1", c"rust/kernel/alloc.rs", __DOCTEST_ANCHOR - 25, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_rs_1.location: rust/kernel/alloc.rs:25\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_rs_25_0() {
use kernel::alloc::flags::{GFP_KERNEL, __GFP_ZERO};
let f = GFP_KERNEL | __GFP_ZERO;
assert!(f.contains(__GFP_ZERO));
} _doctest_main_rust_kernel_alloc_rs_25_0() }
        main();
    }
}

/// Generated `alloc_rs_83_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_alloc_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_alloc_rs_2", c"rust/kernel/alloc.rs", __DOCTEST_ANCHOR - 83, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_alloc_rs_2", c"rust/kernel/alloc.rs", __DOCTEST_ANCHOR - 83, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_alloc_rs_2.location: rust/kernel/alloc.rs:83\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_alloc_rs_83_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::alloc::flags::GFP_KERNEL;
let v = kernel::alloc::KVec::<u8>::with_capacity(8, GFP_KERNEL)?;
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_alloc_rs_83_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `build_assert_rs_16_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_build_assert_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_build_assert_rs_0", c"rust/kernel/build_assert.rs", __DOCTEST_ANCHOR - 16, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_build_assert_rs_0", c"rust/kernel/build_assert.rs", __DOCTEST_ANCHOR - 16, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_build_assert_rs_0.location: rust/kernel/build_assert.rs:16\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_build_assert_rs_16_0() {
use kernel::build_error;
#[inline]
fn foo(a: usize) -> usize {
    a.checked_add(1).unwrap_or_else(|| build_error!("overflow"))
}

assert_eq!(foo(usize::MAX - 1), usize::MAX);
} _doctest_main_rust_kernel_build_assert_rs_16_0() }
        main();
    }
}

/// Generated `build_assert_rs_61_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_build_assert_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_build_assert_rs_1", c"rust/kernel/build_assert.rs", __DOCTEST_ANCHOR - 61, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_build_assert_rs_1", c"rust/kernel/build_assert.rs", __DOCTEST_ANCHOR - 61, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_build_assert_rs_1.location: rust/kernel/build_assert.rs:61\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_build_assert_rs_61_0() {
fn foo<const N: usize>() {
    // `static_assert!(N > 1);` is not allowed
    build_assert!(N > 1); // Build-time check
    assert!(N > 1); // Run-time check
}

#[inline]
fn bar(n: usize) {
    // `static_assert!(n > 1);` is not allowed
    build_assert!(n > 1); // Build-time check
    assert!(n > 1); // Run-time check
}
} _doctest_main_rust_kernel_build_assert_rs_61_0() }
        main();
    }
}

/// Generated `debugfs_rs_102_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_debugfs_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_debugfs_rs_0", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 102, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_debugfs_rs_0", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 102, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_debugfs_rs_0.location: rust/kernel/debugfs.rs:102\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_debugfs_rs_102_0() {
let only_under_doc = 1;
} _doctest_main_rust_kernel_debugfs_rs_102_0() }
        main();
    }
}

/// Generated `debugfs_rs_110_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_debugfs_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_debugfs_rs_1", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 110, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_debugfs_rs_1", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 110, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_debugfs_rs_1.location: rust/kernel/debugfs.rs:110\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_debugfs_rs_110_0() {
let only_under_doctest = 1;
} _doctest_main_rust_kernel_debugfs_rs_110_0() }
        main();
    }
}

/// Generated `debugfs_rs_135_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_debugfs_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_debugfs_rs_2", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 137, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_debugfs_rs_2", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 137, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_debugfs_rs_2.location: rust/kernel/debugfs.rs:137\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_debugfs_rs_135_0() {
let cfg_attr_gated_text = 1;
} _doctest_main_rust_kernel_debugfs_rs_135_0() }
        main();
    }
}

/// Generated `debugfs_rs_150_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_debugfs_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_debugfs_rs_3", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 150, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_debugfs_rs_3", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 150, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_debugfs_rs_3.location: rust/kernel/debugfs.rs:150\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_debugfs_rs_150_0() {
let nested_cfg_attr = 1;
} _doctest_main_rust_kernel_debugfs_rs_150_0() }
        main();
    }
}

/// Generated `debugfs_rs_19_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_debugfs_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_debugfs_rs_4", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 19, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_debugfs_rs_4", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 19, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_debugfs_rs_4.location: rust/kernel/debugfs.rs:19\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_debugfs_rs_19_0() {
use kernel::c_str;
use kernel::debugfs::Dir;
let dir = Dir::new(c_str!("my_debug_dir"));
let _ = dir;
} _doctest_main_rust_kernel_debugfs_rs_19_0() }
        main();
    }
}

/// Generated `debugfs_rs_60_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_debugfs_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_debugfs_rs_5", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 60, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_debugfs_rs_5", c"rust/kernel/debugfs.rs", __DOCTEST_ANCHOR - 60, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_debugfs_rs_5.location: rust/kernel/debugfs.rs:60\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_debugfs_rs_60_0() {
use kernel::{c_str, debugfs::Dir};
let d = Dir::new(c_str!("x")).subdir(c_str!("y"));
let _ = d;
} _doctest_main_rust_kernel_debugfs_rs_60_0() }
        main();
    }
}

/// Generated `device_rs_47_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_device_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_device_rs_0", c"rust/kernel/device.rs", __DOCTEST_ANCHOR - 47, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_device_rs_0", c"rust/kernel/device.rs", __DOCTEST_ANCHOR - 47, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_device_rs_0.location: rust/kernel/device.rs:47\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_device_rs_47_0() {
use kernel::device::Device;
fn report(dev: &Device) {
    dev.pr_err(format_args!("something failed: {}\n", -22));
}
} _doctest_main_rust_kernel_device_rs_47_0() }
        main();
    }
}

/// Generated `device_rs_86_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_device_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_device_rs_1", c"rust/kernel/device.rs", __DOCTEST_ANCHOR - 86, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_device_rs_1", c"rust/kernel/device.rs", __DOCTEST_ANCHOR - 86, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_device_rs_1.location: rust/kernel/device.rs:86\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_device_rs_86_0() {
use kernel::device::Device;

fn example(dev: &Device) {
    dev_err!(dev, "hello {}\n", "there");
}
} _doctest_main_rust_kernel_device_rs_86_0() }
        main();
    }
}

/// Generated `error_rs_103_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_0", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 103, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_0", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 103, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_0.location: rust/kernel/error.rs:103\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_103_0() {
use kernel::prelude::*;
if let Some(name) = ENOMEM.name() {
    pr_info!("{name:?}\n");
}
} _doctest_main_rust_kernel_error_rs_103_0() }
        main();
    }
}

/// Generated `error_rs_165_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_1", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 165, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_1", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 165, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_1.location: rust/kernel/error.rs:165\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_165_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::prelude::*;
fn f() -> Result<u32> {
    let v = KVec::<u32>::with_capacity(4, GFP_KERNEL)?;
    Ok(v.capacity() as u32)
}
f()?;
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_error_rs_165_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `error_rs_178_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_2", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 178, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_2", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 178, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_2.location: rust/kernel/error.rs:178\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_178_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::error::code::*;
let n: i32 = "42".parse().map_err(|_| EINVAL)?;
assert_eq!(n, 42);
Ok::<(), kernel::error::Error>(())
} let test_return_value = _doctest_main_rust_kernel_error_rs_178_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `error_rs_39_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_3", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_3", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_3.location: rust/kernel/error.rs:24\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_39_0() {
use kernel::error::code::*;
// Metavariables are not substituted in doc comments: `$err` stays as written.
assert!(EPERM.to_errno() < 0);
} _doctest_main_rust_kernel_error_rs_39_0() }
        main();
    }
}

/// Generated `error_rs_40_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_4", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_4", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_4.location: rust/kernel/error.rs:24\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_40_0() {
use kernel::error::code::*;
// Metavariables are not substituted in doc comments: `$err` stays as written.
assert!(EPERM.to_errno() < 0);
} _doctest_main_rust_kernel_error_rs_40_0() }
        main();
    }
}

/// Generated `error_rs_41_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_5", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_5", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_5.location: rust/kernel/error.rs:24\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_41_0() {
use kernel::error::code::*;
// Metavariables are not substituted in doc comments: `$err` stays as written.
assert!(EPERM.to_errno() < 0);
} _doctest_main_rust_kernel_error_rs_41_0() }
        main();
    }
}

/// Generated `error_rs_42_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_6(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_6", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_6", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_6.location: rust/kernel/error.rs:24\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_42_0() {
use kernel::error::code::*;
// Metavariables are not substituted in doc comments: `$err` stays as written.
assert!(EPERM.to_errno() < 0);
} _doctest_main_rust_kernel_error_rs_42_0() }
        main();
    }
}

/// Generated `error_rs_43_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_7(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_7", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_7", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_7.location: rust/kernel/error.rs:24\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_43_0() {
use kernel::error::code::*;
// Metavariables are not substituted in doc comments: `$err` stays as written.
assert!(EPERM.to_errno() < 0);
} _doctest_main_rust_kernel_error_rs_43_0() }
        main();
    }
}

/// Generated `error_rs_44_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_8(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_8", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_8", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_8.location: rust/kernel/error.rs:24\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_44_0() {
use kernel::error::code::*;
// Metavariables are not substituted in doc comments: `$err` stays as written.
assert!(EPERM.to_errno() < 0);
} _doctest_main_rust_kernel_error_rs_44_0() }
        main();
    }
}

/// Generated `error_rs_45_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_9(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_9", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_9", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_9.location: rust/kernel/error.rs:24\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_45_0() {
use kernel::error::code::*;
// Metavariables are not substituted in doc comments: `$err` stays as written.
assert!(EPERM.to_errno() < 0);
} _doctest_main_rust_kernel_error_rs_45_0() }
        main();
    }
}

/// Generated `error_rs_46_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_10(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_10", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_10", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 24, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_10.location: rust/kernel/error.rs:24\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_46_0() {
use kernel::error::code::*;
// Metavariables are not substituted in doc comments: `$err` stays as written.
assert!(EPERM.to_errno() < 0);
} _doctest_main_rust_kernel_error_rs_46_0() }
        main();
    }
}

/// Generated `error_rs_66_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_error_rs_11(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_error_rs_11", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 66, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_error_rs_11", c"rust/kernel/error.rs", __DOCTEST_ANCHOR - 66, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_error_rs_11.location: rust/kernel/error.rs:66\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_error_rs_66_0() {
use kernel::prelude::*;
let e = Error::from_errno(-22);
assert_eq!(e, EINVAL);
} _doctest_main_rust_kernel_error_rs_66_0() }
        main();
    }
}

/// Generated `init_rs_63_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_init_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_init_rs_0", c"rust/kernel/init.rs", __DOCTEST_ANCHOR - 63, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_init_rs_0", c"rust/kernel/init.rs", __DOCTEST_ANCHOR - 63, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_init_rs_0.location: rust/kernel/init.rs:63\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_init_rs_63_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::{new_mutex, Mutex};
let m = KBox::pin_init(new_mutex!(0u32), GFP_KERNEL)?;
*m.lock() += 1;
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_init_rs_63_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `init_rs_86_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_init_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_init_rs_1", c"rust/kernel/init.rs", __DOCTEST_ANCHOR - 86, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_init_rs_1", c"rust/kernel/init.rs", __DOCTEST_ANCHOR - 86, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_init_rs_1.location: rust/kernel/init.rs:86\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_init_rs_86_0() {
use kernel::{init::zeroed, error::Error};
struct BigBuf {
    big: KBox<[u8; 1024 * 1024 * 1024]>,
    small: [u8; 1024 * 1024],
}

impl BigBuf {
    fn new() -> impl Init<Self, Error> {
        try_init!(Self {
            big: KBox::init(zeroed(), GFP_KERNEL)?,
            small: [0; 1024 * 1024],
        }? Error)
    }
}
} _doctest_main_rust_kernel_init_rs_86_0() }
        main();
    }
}

/// Generated `kunit_rs_157_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_kunit_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_kunit_rs_0", c"rust/kernel/kunit.rs", __DOCTEST_ANCHOR - 157, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_kunit_rs_0", c"rust/kernel/kunit.rs", __DOCTEST_ANCHOR - 157, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_kunit_rs_0.location: rust/kernel/kunit.rs:157\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_kunit_rs_157_0() {
use kernel::kunit::in_kunit_test;
fn fn_mock_example(n: i32) -> i32 {
    if in_kunit_test() {
        return 100;
    }

    n + 1
}

let mock_res = fn_mock_example(5);
assert_eq!(mock_res, 100);
} _doctest_main_rust_kernel_kunit_rs_157_0() }
        main();
    }
}

/// Generated `kunit_rs_212_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_kunit_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_kunit_rs_2", c"rust/kernel/kunit.rs", __DOCTEST_ANCHOR - 214, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_kunit_rs_2", c"rust/kernel/kunit.rs", __DOCTEST_ANCHOR - 214, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_kunit_rs_2.location: rust/kernel/kunit.rs:212\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#![allow(unreachable_code)]

fn main() {
    let x = 5;
    assert_eq!(x, 5);
}
        main();
    }
}

/// Generated `kunit_rs_220_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_kunit_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_kunit_rs_3", c"rust/kernel/kunit.rs", __DOCTEST_ANCHOR - 222, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_kunit_rs_3", c"rust/kernel/kunit.rs", __DOCTEST_ANCHOR - 222, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_kunit_rs_3.location: rust/kernel/kunit.rs:220\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 5 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#![feature(never_type)]

extern crate kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_kunit_rs_220_0() {
use kernel::prelude::*;
fn never() -> ! { loop {} }
let _ = never as fn() -> !;
} _doctest_main_rust_kernel_kunit_rs_220_0() }
        main();
    }
}

/// Generated `kunit_rs_241_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_kunit_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_kunit_rs_4", c"rust/kernel/kunit.rs", __DOCTEST_ANCHOR - 241, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_kunit_rs_4", c"rust/kernel/kunit.rs", __DOCTEST_ANCHOR - 241, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_kunit_rs_4.location: rust/kernel/kunit.rs:241\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_kunit_rs_241_0() {
assert!(true);
} _doctest_main_rust_kernel_kunit_rs_241_0() }
        main();
    }
}

/// Generated `kunit_rs_35_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_kunit_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_kunit_rs_5", c"rust/kernel/kunit.rs", __DOCTEST_ANCHOR - 35, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_kunit_rs_5", c"rust/kernel/kunit.rs", __DOCTEST_ANCHOR - 35, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_kunit_rs_5.location: rust/kernel/kunit.rs:35\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_kunit_rs_35_0() {
kernel::kunit_assert!("example", "rust/kernel/kunit.rs", 0, 1 + 1 == 2);
} _doctest_main_rust_kernel_kunit_rs_35_0() }
        main();
    }
}

/// Generated `lib_rs_120_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_lib_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_lib_rs_0", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 120, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_lib_rs_0", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 120, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_lib_rs_0.location: rust/kernel/lib.rs:120\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_lib_rs_120_0() {
use kernel::prelude::*;
struct MyModule;

impl kernel::Module for MyModule {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        Ok(MyModule)
    }
}
} _doctest_main_rust_kernel_lib_rs_120_0() }
        main();
    }
}

/// Generated `lib_rs_13_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_lib_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_lib_rs_1", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 13, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_lib_rs_1", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 13, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_lib_rs_1.location: rust/kernel/lib.rs:13\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_lib_rs_13_0() {
use kernel::prelude::*;

struct RustMinimal {
    numbers: KVec<i32>,
}

impl kernel::Module for RustMinimal {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        pr_info!("Rust minimal sample (init)\n");
        let mut numbers = KVec::new();
        numbers.push(72, GFP_KERNEL)?;
        Ok(RustMinimal { numbers })
    }
}
} _doctest_main_rust_kernel_lib_rs_13_0() }
        main();
    }
}

/// Generated `lib_rs_149_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_lib_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_lib_rs_2", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 149, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_lib_rs_2", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 149, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_lib_rs_2.location: rust/kernel/lib.rs:149\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_lib_rs_149_0() {
use kernel::container_of;
struct Test {
    a: u64,
    b: u32,
}

let test = Test { a: 10, b: 20 };
let b_ptr: *const _ = &test.b;
// SAFETY: The pointer points at the `b` field of a `Test`, so the resulting pointer will be
// in-bounds of the same allocation as `b_ptr`.
let test_alias = unsafe { container_of!(b_ptr, Test, b) };
assert!(core::ptr::eq(&test, test_alias));
} _doctest_main_rust_kernel_lib_rs_149_0() }
        main();
    }
}

/// Generated `lib_rs_209_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_lib_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_lib_rs_3", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 209, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_lib_rs_3", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 209, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_lib_rs_3.location: rust/kernel/lib.rs:209\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_lib_rs_209_0() {
// SAFETY: An empty instruction sequence has no effect.
unsafe { kernel::asm!(""; options(nomem, nostack)) };
} _doctest_main_rust_kernel_lib_rs_209_0() }
        main();
    }
}

/// Generated `lib_rs_34_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_lib_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_lib_rs_4", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 36, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_lib_rs_4", c"rust/kernel/lib.rs", __DOCTEST_ANCHOR - 36, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_lib_rs_4.location: rust/kernel/lib.rs:36\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_lib_rs_34_0() {
use kernel::prelude::*;
let answer: u32 = 42;
assert_eq!(answer, 42);
} _doctest_main_rust_kernel_lib_rs_34_0() }
        main();
    }
}

/// Generated `list_rs_132_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_list_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_list_rs_0", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 132, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_list_rs_0", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 132, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_list_rs_0.location: rust/kernel/list.rs:132\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_list_rs_132_0() {
use kernel::list::*;
let list = List::<BasicItem>::new();
assert!(list.is_empty());
} _doctest_main_rust_kernel_list_rs_132_0() }
        main();
    }
}

/// Generated `list_rs_146_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_list_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_list_rs_1", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 146, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_list_rs_1", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 146, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_list_rs_1.location: rust/kernel/list.rs:146\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_list_rs_146_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::list::*;
let mut list = List::<BasicItem>::new();
list.push_back(BasicItem::new(1)?);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_list_rs_146_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `list_rs_178_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_list_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_list_rs_2", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 178, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_list_rs_2", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 178, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_list_rs_2.location: rust/kernel/list.rs:178\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_list_rs_178_0() {
use kernel::list::*;
let list = List::<BasicItem>::new();
assert!(list.iter().next().is_none());
} _doctest_main_rust_kernel_list_rs_178_0() }
        main();
    }
}

/// Generated `list_rs_28_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_list_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_list_rs_3", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 29, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_list_rs_3", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 29, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_list_rs_3.location: rust/kernel/list.rs:29\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_list_rs_28_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::list::*;

#[pin_data]
struct BasicItem {
    value: i32,
    #[pin]
    links: ListLinks,
}

impl BasicItem {
    fn new(value: i32) -> Result<ListArc<Self>> {
        ListArc::pin_init(try_pin_init!(Self {
            value,
            links <- ListLinks::new(),
        }), GFP_KERNEL)
    }
}

impl_list_arc_safe! {
    impl ListArcSafe<0> for BasicItem { untracked; }
}
impl_list_item! {
    impl ListItem<0> for BasicItem { using ListLinks { self.links }; }
}

// Create a new empty list.
let mut list = List::new();
{
    assert!(list.is_empty());
}

// Insert 3 elements using `push_back()`.
list.push_back(BasicItem::new(15)?);
list.push_back(BasicItem::new(10)?);
list.push_back(BasicItem::new(30)?);

// Iterate over the list to verify the nodes were inserted correctly.
// [15, 10, 30]
{
    let mut iter = list.iter();
    assert_eq!(iter.next().unwrap().value, 15);
    assert_eq!(iter.next().unwrap().value, 10);
    assert_eq!(iter.next().unwrap().value, 30);
    assert!(iter.next().is_none());
}

Result::<(), Error>::Ok(())
} let test_return_value = _doctest_main_rust_kernel_list_rs_28_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `list_rs_5_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_list_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_list_rs_4", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 6, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_list_rs_4", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 6, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_list_rs_4.location: rust/kernel/list.rs:6\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_list_rs_5_0() {
use kernel::list::*;
let mut list = List::<BasicItem>::new();
assert!(list.is_empty());
} _doctest_main_rust_kernel_list_rs_5_0() }
        main();
    }
}

/// Generated `list_rs_88_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_list_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_list_rs_5", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 88, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_list_rs_5", c"rust/kernel/list.rs", __DOCTEST_ANCHOR - 88, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_list_rs_5.location: rust/kernel/list.rs:88\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_list_rs_88_0() {
use kernel::list::ListItem;
fn assert_item<T: ListItem<0>>() {}
} _doctest_main_rust_kernel_list_rs_88_0() }
        main();
    }
}

/// Generated `page_rs_100_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_page_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_page_rs_0", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 100, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_page_rs_0", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 100, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_page_rs_0.location: rust/kernel/page.rs:100\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_page_rs_100_0() {
use kernel::page::ページ;
let p = ページ { 番号: 1 };
assert_eq!(p.番号, 1);
} _doctest_main_rust_kernel_page_rs_100_0() }
        main();
    }
}

/// Generated `page_rs_109_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_page_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_page_rs_1", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 109, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_page_rs_1", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 109, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_page_rs_1.location: rust/kernel/page.rs:109\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_page_rs_109_0() {
let 数 = 42; // 数 means "number"
assert_eq!(数, 42);
} _doctest_main_rust_kernel_page_rs_109_0() }
        main();
    }
}

/// Generated `page_rs_119_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_page_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_page_rs_2", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 119, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_page_rs_2", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 119, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_page_rs_2.location: rust/kernel/page.rs:119\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_page_rs_119_0() {
use kernel::page::ページ;
assert_eq!(ページ::größe(), 4096);
} _doctest_main_rust_kernel_page_rs_119_0() }
        main();
    }
}

/// Generated `page_rs_21_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_page_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_page_rs_3", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 21, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_page_rs_3", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 21, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_page_rs_3.location: rust/kernel/page.rs:21\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_page_rs_21_0() {
use kernel::page::{PAGE_SIZE, PAGE_SHIFT};
assert_eq!(PAGE_SIZE, 1 << PAGE_SHIFT);
} _doctest_main_rust_kernel_page_rs_21_0() }
        main();
    }
}

/// Generated `page_rs_35_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_page_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_page_rs_4", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 35, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_page_rs_4", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 35, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_page_rs_4.location: rust/kernel/page.rs:35\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_page_rs_35_0() {
use kernel::page::{page_align, PAGE_SIZE};
assert_eq!(page_align(1), PAGE_SIZE);
} _doctest_main_rust_kernel_page_rs_35_0() }
        main();
    }
}

/// Generated `page_rs_61_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_page_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_page_rs_5", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 61, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_page_rs_5", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 61, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_page_rs_5.location: rust/kernel/page.rs:61\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_page_rs_61_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::page::Page;

let page = Page::alloc_page(GFP_KERNEL)?;
Ok::<(), kernel::alloc::AllocError>(())
} let test_return_value = _doctest_main_rust_kernel_page_rs_61_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `page_rs_70_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_page_rs_6(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_page_rs_6", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 70, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_page_rs_6", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 70, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_page_rs_6.location: rust/kernel/page.rs:70\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_page_rs_70_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::page::Page;

let page = Page::alloc_page(GFP_KERNEL | __GFP_ZERO)?;
Ok::<(), kernel::alloc::AllocError>(())
} let test_return_value = _doctest_main_rust_kernel_page_rs_70_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `page_rs_90_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_page_rs_7(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_page_rs_7", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 90, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_page_rs_7", c"rust/kernel/page.rs", __DOCTEST_ANCHOR - 90, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_page_rs_7.location: rust/kernel/page.rs:90\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_page_rs_90_0() {
use kernel::page::Größe;
let größe: usize = Größe;
assert!(größe > 0);
} _doctest_main_rust_kernel_page_rs_90_0() }
        main();
    }
}

/// Generated `prelude_rs_10_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_prelude_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_prelude_rs_0", c"rust/kernel/prelude.rs", __DOCTEST_ANCHOR - 10, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_prelude_rs_0", c"rust/kernel/prelude.rs", __DOCTEST_ANCHOR - 10, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_prelude_rs_0.location: rust/kernel/prelude.rs:10\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_prelude_rs_10_0() {
use kernel::prelude::*;
} _doctest_main_rust_kernel_prelude_rs_10_0() }
        main();
    }
}

/// Generated `print_rs_113_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_print_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_print_rs_0", c"rust/kernel/print.rs", __DOCTEST_ANCHOR - 113, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_print_rs_0", c"rust/kernel/print.rs", __DOCTEST_ANCHOR - 113, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_print_rs_0.location: rust/kernel/print.rs:113\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_print_rs_113_0() {
pr_debug!("hello {}\n", "there");
} _doctest_main_rust_kernel_print_rs_113_0() }
        main();
    }
}

/// Generated `print_rs_150_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_print_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_print_rs_1", c"rust/kernel/print.rs", __DOCTEST_ANCHOR - 135, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_print_rs_1", c"rust/kernel/print.rs", __DOCTEST_ANCHOR - 135, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_print_rs_1.location: rust/kernel/print.rs:135\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_print_rs_150_0() {
use kernel::print::*;
let _ = 1;
} _doctest_main_rust_kernel_print_rs_150_0() }
        main();
    }
}

/// Generated `print_rs_73_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_print_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_print_rs_2", c"rust/kernel/print.rs", __DOCTEST_ANCHOR - 73, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_print_rs_2", c"rust/kernel/print.rs", __DOCTEST_ANCHOR - 73, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_print_rs_2.location: rust/kernel/print.rs:73\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_print_rs_73_0() {
pr_emerg!("hello {}\n", "there");
} _doctest_main_rust_kernel_print_rs_73_0() }
        main();
    }
}

/// Generated `print_rs_93_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_print_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_print_rs_3", c"rust/kernel/print.rs", __DOCTEST_ANCHOR - 93, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_print_rs_3", c"rust/kernel/print.rs", __DOCTEST_ANCHOR - 93, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_print_rs_3.location: rust/kernel/print.rs:93\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_print_rs_93_0() {
pr_info!("hello {}\n", "there");
} _doctest_main_rust_kernel_print_rs_93_0() }
        main();
    }
}

/// Generated `static_assert_rs_111_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_0", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 111, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_0", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 111, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_0.location: rust/kernel/static_assert.rs:111\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_111_0() {
let padded_info = 8;
} _doctest_main_rust_kernel_static_assert_rs_111_0() }
        main();
    }
}

/// Generated `static_assert_rs_123_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_1", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 123, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_1", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 123, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_1.location: rust/kernel/static_assert.rs:123\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_123_0() {
let two_brace_groups = 11;
} _doctest_main_rust_kernel_static_assert_rs_123_0() }
        main();
    }
}

/// Generated `static_assert_rs_150_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_2", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 150, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_2", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 150, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_2.location: rust/kernel/static_assert.rs:150\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_150_0() {
let text_wins = 1;
} _doctest_main_rust_kernel_static_assert_rs_150_0() }
        main();
    }
}

/// Generated `static_assert_rs_154_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_3", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 154, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_3", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 154, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_3.location: rust/kernel/static_assert.rs:154\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_154_0() {
let text_still_wins = 2;
} _doctest_main_rust_kernel_static_assert_rs_154_0() }
        main();
    }
}

/// Generated `static_assert_rs_19_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_4", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 19, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_4", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 19, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_4.location: rust/kernel/static_assert.rs:19\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_19_0() {
static_assert!(42 > 24);
static_assert!(core::mem::size_of::<u8>() == 1);

const X: &[u8] = b"bar";
static_assert!(X[1] == b'a');

const fn f(x: i32) -> i32 {
    x + 2
}
static_assert!(f(40) == 42);
static_assert!(f(40) == 42, "f(x) must add 2 to the given input.");
} _doctest_main_rust_kernel_static_assert_rs_19_0() }
        main();
    }
}

/// Generated `static_assert_rs_58_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_5", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 58, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_5", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 58, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_5.location: rust/kernel/static_assert.rs:58\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_58_0() {
loop {}
} _doctest_main_rust_kernel_static_assert_rs_58_0() }
        main();
    }
}

/// Generated `static_assert_rs_62_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_6(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_6", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 62, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_6", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 62, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_6.location: rust/kernel/static_assert.rs:62\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_62_0() {
let old = async { 1 };
let _ = old;
} _doctest_main_rust_kernel_static_assert_rs_62_0() }
        main();
    }
}

/// Generated `static_assert_rs_67_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_7(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_7", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 67, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_7", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 67, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_7.location: rust/kernel/static_assert.rs:67\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_67_0() {
let new = 5;
} _doctest_main_rust_kernel_static_assert_rs_67_0() }
        main();
    }
}

/// Generated `static_assert_rs_71_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_8(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_8", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 71, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_8", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 71, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_8.location: rust/kernel/static_assert.rs:71\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_71_0() {
let explicit = 6;
} _doctest_main_rust_kernel_static_assert_rs_71_0() }
        main();
    }
}

/// Generated `static_assert_rs_82_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_10(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_10", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 82, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_10", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 82, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_10.location: rust/kernel/static_assert.rs:82\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_82_0() {
let braced_classes = 1;
} _doctest_main_rust_kernel_static_assert_rs_82_0() }
        main();
    }
}

/// Generated `static_assert_rs_86_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_11(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_11", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 86, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_11", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 86, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_11.location: rust/kernel/static_assert.rs:86\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_86_0() {
let braced_key_value = 2;
} _doctest_main_rust_kernel_static_assert_rs_86_0() }
        main();
    }
}

/// Generated `static_assert_rs_90_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_12(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_12", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 90, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_12", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 90, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_12.location: rust/kernel/static_assert.rs:90\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_90_0() {
let mixed = 3;
} _doctest_main_rust_kernel_static_assert_rs_90_0() }
        main();
    }
}

/// Generated `static_assert_rs_98_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_static_assert_rs_13(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_static_assert_rs_13", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 98, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_static_assert_rs_13", c"rust/kernel/static_assert.rs", __DOCTEST_ANCHOR - 98, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_static_assert_rs_13.location: rust/kernel/static_assert.rs:98\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_static_assert_rs_98_0() {
let odd_spacing = 5;
} _doctest_main_rust_kernel_static_assert_rs_98_0() }
        main();
    }
}

/// Generated `str_rs_146_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_str_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_str_rs_0", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 146, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_str_rs_0", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 146, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_str_rs_0.location: rust/kernel/str.rs:146\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_str_rs_146_0() {
use kernel::c_str;
let banner = r#"/// ```ignore
not a nested doc comment
```"#;
let comment = "/* not a comment */";
assert!(banner.contains("```"));
assert!(comment.starts_with("/*"));
let cstr = c_str!("foo");
assert_eq!(cstr.to_str(), Ok("foo"));
} _doctest_main_rust_kernel_str_rs_146_0() }
        main();
    }
}

/// Generated `str_rs_164_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_str_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_str_rs_1", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 164, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_str_rs_1", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 164, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_str_rs_1.location: rust/kernel/str.rs:164\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_str_rs_164_0() {
use kernel::c_str;
let c: char = 'a';
let upper = c.to_ascii_uppercase();
assert_eq!(upper, 'A');
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str { if x.len() > y.len() { x } else { y } }
assert_eq!(longest("ab", "c"), "ab");
let quote = '\'';
let escaped = '\u{1F980}';
let _ = (quote, escaped);
} _doctest_main_rust_kernel_str_rs_164_0() }
        main();
    }
}

/// Generated `str_rs_212_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_str_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_str_rs_2", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 212, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_str_rs_2", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 212, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_str_rs_2.location: rust/kernel/str.rs:212\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_str_rs_212_0() {
use kernel::str::CStr;
let lit: &'static str = "*/";
assert_eq!(lit.len(), 2);
} _doctest_main_rust_kernel_str_rs_212_0() }
        main();
    }
}

/// Generated `str_rs_234_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_str_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_str_rs_3", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 234, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_str_rs_3", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 234, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_str_rs_3.location: rust/kernel/str.rs:234\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_str_rs_234_0() {
use kernel::c_str;
use kernel::str::CStr;
const MY_CSTR: &CStr = c_str!("My awesome CStr!");
} _doctest_main_rust_kernel_str_rs_234_0() }
        main();
    }
}

/// Generated `str_rs_257_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_str_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_str_rs_4", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 257, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_str_rs_4", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 257, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_str_rs_4.location: rust/kernel/str.rs:257\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_str_rs_257_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::{str::CString, prelude::fmt};

let s = CString::try_from_fmt(fmt!("{}{}{}", "abc", 10, 20))?;
assert_eq!(s.to_bytes_with_nul(), "abc1020\0".as_bytes());

let tmp = "testing";
let s = CString::try_from_fmt(fmt!("{tmp}{}", 123))?;
assert_eq!(s.to_bytes_with_nul(), "testing123\0".as_bytes());

// This fails because it has an embedded `NUL` byte.
let s = CString::try_from_fmt(fmt!("a\0b{}", 123));
assert_eq!(s.is_ok(), false);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_str_rs_257_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `str_rs_39_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_str_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_str_rs_5", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 39, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_str_rs_5", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 39, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_str_rs_5.location: rust/kernel/str.rs:39\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_str_rs_39_0() {
use kernel::b_str;
assert_eq!(Some(b_str!("bar")), b_str!("foobar").strip_prefix(b_str!("foo")));
assert_eq!(None, b_str!("foobar").strip_prefix(b_str!("bar")));
assert_eq!(Some(b_str!("foobar")), b_str!("foobar").strip_prefix(b_str!("")));
assert_eq!(Some(b_str!("")), b_str!("foobar").strip_prefix(b_str!("foobar")));
} _doctest_main_rust_kernel_str_rs_39_0() }
        main();
    }
}

/// Generated `str_rs_56_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_str_rs_6(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_str_rs_6", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 56, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_str_rs_6", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 56, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_str_rs_6.location: rust/kernel/str.rs:56\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_str_rs_56_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::{prelude::fmt, b_str, str::{BStr, CString}};
let ascii = b_str!("Hello, BStr!");
let s = CString::try_from_fmt(fmt!("{ascii}"))?;
assert_eq!(s.to_bytes(), "Hello, BStr!".as_bytes());

let non_ascii = b_str!("🦀");
let s = CString::try_from_fmt(fmt!("{non_ascii}"))?;
assert_eq!(s.to_bytes(), "\\xf0\\x9f\\xa6\\x80".as_bytes());
Ok::<(), kernel::error::Error>(())
} let test_return_value = _doctest_main_rust_kernel_str_rs_56_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `str_rs_90_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_str_rs_7(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_str_rs_7", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 90, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_str_rs_7", c"rust/kernel/str.rs", __DOCTEST_ANCHOR - 90, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_str_rs_7.location: rust/kernel/str.rs:90\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_str_rs_90_0() {
use kernel::b_str;
use kernel::str::BStr;
const MY_BSTR: &BStr = b_str!("My awesome BStr!");
} _doctest_main_rust_kernel_str_rs_90_0() }
        main();
    }
}

/// Generated `sync_arc_rs_120_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_arc_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_arc_rs_0", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 120, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_arc_rs_0", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 120, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_arc_rs_0.location: rust/kernel/sync/arc.rs:120\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_120_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::Arc;
let a = Arc::new(5u32, GFP_KERNEL)?;
assert_eq!(*a, 5);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_arc_rs_120_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_arc_rs_172_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_arc_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_arc_rs_1", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 172, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_arc_rs_1", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 172, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_arc_rs_1.location: rust/kernel/sync/arc.rs:172\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_172_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::Arc;
let a = Arc::new(1, GFP_KERNEL)?;
let b = a.clone();
assert!(Arc::ptr_eq(&a, &b));
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_arc_rs_172_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_arc_rs_190_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_arc_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_arc_rs_2", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 190, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_arc_rs_2", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 190, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_arc_rs_2.location: rust/kernel/sync/arc.rs:190\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_190_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::{Arc, UniqueArc};

let arc = Arc::new(42, GFP_KERNEL)?;
let unique_arc = arc.into_unique_or_drop();

// The above conversion should succeed since refcount of `arc` is 1.
assert!(unique_arc.is_some());

assert_eq!(*(unique_arc.unwrap()), 42);

Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_arc_rs_190_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_arc_rs_204_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_arc_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_arc_rs_3", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 204, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_arc_rs_3", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 204, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_arc_rs_3.location: rust/kernel/sync/arc.rs:204\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_204_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::{Arc, UniqueArc};

let arc = Arc::new(42, GFP_KERNEL)?;
let another = arc.clone();

let another_unique = another.into_unique_or_drop();

// The above conversion should fail since refcount of `arc` is >1.
assert!(another_unique.is_none());

Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_arc_rs_204_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_arc_rs_256_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_arc_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_arc_rs_4", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 256, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_arc_rs_4", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 256, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_arc_rs_4.location: rust/kernel/sync/arc.rs:256\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_256_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::Arc;
let a = Arc::new([0u8; 16], GFP_KERNEL)?;
drop(a); // The last reference: the array is freed here.
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_arc_rs_256_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_arc_rs_295_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_arc_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_arc_rs_5", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 295, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_arc_rs_5", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 295, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_arc_rs_5.location: rust/kernel/sync/arc.rs:295\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_295_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::{Arc, ArcBorrow};

struct Example;

fn do_something(e: ArcBorrow<'_, Example>) -> Arc<Example> {
    e.into()
}

let obj = Arc::new(Example, GFP_KERNEL)?;
let cloned = do_something(obj.as_arc_borrow());

// Assert that both `obj` and `cloned` point to the same underlying object.
assert!(core::ptr::eq(&*obj, &*cloned));
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_arc_rs_295_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_arc_rs_319_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_arc_rs_6(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_arc_rs_6", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 319, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_arc_rs_6", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 319, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_arc_rs_6.location: rust/kernel/sync/arc.rs:319\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_319_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::{Arc, ArcBorrow};
let obj = Arc::new(7u8, GFP_KERNEL)?;
let again: Arc<u8> = obj.as_arc_borrow().into();
assert_eq!(*again, 7);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_arc_rs_319_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_arc_rs_338_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_arc_rs_7(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_arc_rs_7", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 338, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_arc_rs_7", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 338, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_arc_rs_7.location: rust/kernel/sync/arc.rs:338\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_338_0() {
use kernel::sync::{Arc, UniqueArc};

struct Example {
    a: u32,
    b: u32,
}

fn test() -> Result<Arc<Example>> {
    let mut x = UniqueArc::new(Example { a: 10, b: 20 }, GFP_KERNEL)?;
    x.a += 1;
    x.b += 1;
    Ok(x.into())
}

test().unwrap();
} _doctest_main_rust_kernel_sync_arc_rs_338_0() }
        main();
    }
}

/// Generated `sync_arc_rs_48_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_arc_rs_8(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_arc_rs_8", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 48, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_arc_rs_8", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 48, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_arc_rs_8.location: rust/kernel/sync/arc.rs:48\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_48_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::Arc;

struct Example {
    a: u32,
    b: u32,
}

// Create a refcounted instance of `Example`.
let obj = Arc::new(Example { a: 10, b: 20 }, GFP_KERNEL)?;

// Get a new pointer to `obj` and increment the refcount.
let cloned = obj.clone();

// Assert that both `obj` and `cloned` point to the same underlying object.
assert!(core::ptr::eq(&*obj, &*cloned));

// Destroy `obj` and decrement its refcount.
drop(obj);

// Check that the values are still accessible through `cloned`.
assert_eq!(cloned.a, 10);
assert_eq!(cloned.b, 20);

// The refcount drops to zero when `cloned` goes out of scope, and the memory is freed.
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_arc_rs_48_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_arc_rs_78_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_arc_rs_9(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_arc_rs_9", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 78, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_arc_rs_9", c"rust/kernel/sync/arc.rs", __DOCTEST_ANCHOR - 78, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_arc_rs_9.location: rust/kernel/sync/arc.rs:78\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_arc_rs_78_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::{Arc, ArcBorrow};

trait MyTrait {
    // Trait has a function whose `self` type is `Arc<Self>`.
    fn example1(self: Arc<Self>) {}

    // Trait has a function whose `self` type is `ArcBorrow<'_, Self>`.
    fn example2(self: ArcBorrow<'_, Self>) {}
}

struct Example;
impl MyTrait for Example {}

// `obj` has type `Arc<Example>`.
let obj: Arc<Example> = Arc::new(Example, GFP_KERNEL)?;

// `coerced` has type `Arc<dyn MyTrait>`.
let coerced: Arc<dyn MyTrait> = obj;
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_arc_rs_78_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_lock_mutex_rs_31_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_lock_mutex_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_lock_mutex_rs_0", c"rust/kernel/sync/lock/mutex.rs", __DOCTEST_ANCHOR - 31, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_lock_mutex_rs_0", c"rust/kernel/sync/lock/mutex.rs", __DOCTEST_ANCHOR - 31, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_lock_mutex_rs_0.location: rust/kernel/sync/lock/mutex.rs:31\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_lock_mutex_rs_31_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::{new_mutex, Mutex};

struct Inner {
    a: u32,
    b: u32,
}

#[pin_data]
struct Example {
    #[pin]
    c: Mutex<Inner>,
    #[pin]
    d: Mutex<Inner>,
}

impl Example {
    fn new() -> impl PinInit<Self> {
        pin_init!(Self {
            c <- new_mutex!(Inner { a: 0, b: 10 }),
            d <- new_mutex!(Inner { a: 20, b: 30 }),
        })
    }
}

// Allocate a boxed `Example`.
let e = KBox::pin_init(Example::new(), GFP_KERNEL)?;
assert_eq!(e.c.lock().a, 0);
assert_eq!(e.d.lock().a, 20);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_lock_mutex_rs_31_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_lock_rs_117_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_lock_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_lock_rs_0", c"rust/kernel/sync/lock.rs", __DOCTEST_ANCHOR - 117, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_lock_rs_0", c"rust/kernel/sync/lock.rs", __DOCTEST_ANCHOR - 117, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_lock_rs_0.location: rust/kernel/sync/lock.rs:117\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_lock_rs_117_0() {
use kernel::sync::{new_mutex, Mutex};
use pin_init::stack_pin_init;

stack_pin_init!(let m = new_mutex!(10u32));
let mut guard = m.lock();
*guard += 1;
assert_eq!(*guard, 11);
} _doctest_main_rust_kernel_sync_lock_rs_117_0() }
        main();
    }
}

/// Generated `sync_lock_rs_170_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_lock_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_lock_rs_1", c"rust/kernel/sync/lock.rs", __DOCTEST_ANCHOR - 170, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_lock_rs_1", c"rust/kernel/sync/lock.rs", __DOCTEST_ANCHOR - 170, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_lock_rs_1.location: rust/kernel/sync/lock.rs:170\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_lock_rs_170_0() {
use kernel::{new_spinlock, sync::lock::{Backend, Guard, Lock}};
use pin_init::stack_pin_init;

fn assert_held<T, B: Backend>(guard: &Guard<'_, T, B>, lock: &Lock<T, B>) {
    // Address-equal means the same lock.
    assert!(core::ptr::eq(guard.lock_ref(), lock));
}

// Creates a new lock on the stack.
stack_pin_init!{
    let l = new_spinlock!(42)
}

let g = l.lock();

// `g` originates from `l`.
assert_held(&g, &l);
} _doctest_main_rust_kernel_sync_lock_rs_170_0() }
        main();
    }
}

/// Generated `sync_lock_rs_45_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_lock_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_lock_rs_2", c"rust/kernel/sync/lock.rs", __DOCTEST_ANCHOR - 45, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_lock_rs_2", c"rust/kernel/sync/lock.rs", __DOCTEST_ANCHOR - 45, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_lock_rs_2.location: rust/kernel/sync/lock.rs:45\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_lock_rs_45_0() {
use kernel::sync::lock::{Backend, mutex::MutexBackend};
assert!(<MutexBackend as Backend>::MAY_SLEEP);
} _doctest_main_rust_kernel_sync_lock_rs_45_0() }
        main();
    }
}

/// Generated `sync_lock_spinlock_rs_21_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_lock_spinlock_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_lock_spinlock_rs_0", c"rust/kernel/sync/lock/spinlock.rs", __DOCTEST_ANCHOR - 21, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_lock_spinlock_rs_0", c"rust/kernel/sync/lock/spinlock.rs", __DOCTEST_ANCHOR - 21, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_lock_spinlock_rs_0.location: rust/kernel/sync/lock/spinlock.rs:21\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_lock_spinlock_rs_21_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::sync::{new_spinlock, SpinLock};

struct Inner {
    a: u32,
}

// Allocate a boxed `SpinLock`.
let e = KBox::pin_init(new_spinlock!(Inner { a: 1 }), GFP_KERNEL)?;
assert_eq!(e.lock().a, 1);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_lock_spinlock_rs_21_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_rs_120_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_rs_0", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 120, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_rs_0", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 120, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_rs_0.location: rust/kernel/sync.rs:120\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_rs_120_0() {
use kernel::sync::barrier::smp_mb;
smp_mb();
} _doctest_main_rust_kernel_sync_rs_120_0() }
        main();
    }
}

/// Generated `sync_rs_35_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_rs_1", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 35, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_rs_1", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 35, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_rs_1.location: rust/kernel/sync.rs:35\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_rs_35_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::c_str;
use kernel::alloc::KBox;
use kernel::types::ForeignOwnable;
use kernel::sync::{LockClassKey, SpinLock};
use pin_init::stack_pin_init;

let key = KBox::pin_init(LockClassKey::new_dynamic(), GFP_KERNEL)?;
let key_ptr = key.into_foreign();

{
    stack_pin_init!(let num: SpinLock<u32> = SpinLock::new(
        0,
        c_str!("my_spinlock"),
        // SAFETY: `key_ptr` is returned by the above `into_foreign()`, whose
        // `from_foreign()` has not yet been called.
        unsafe { <Pin<KBox<LockClassKey>> as ForeignOwnable>::borrow(key_ptr) }
    ));
}

// SAFETY: We dropped `num`, the only use of the key, so we can free it.
drop(unsafe { <Pin<KBox<LockClassKey>> as ForeignOwnable>::from_foreign(key_ptr) });

Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_sync_rs_35_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `sync_rs_74_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_rs_2", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 74, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_rs_2", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 74, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_rs_2.location: rust/kernel/sync.rs:74\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_rs_74_0() {
use kernel::static_lock_class;
let class = static_lock_class!();
let _ = class;
} _doctest_main_rust_kernel_sync_rs_74_0() }
        main();
    }
}

/// Generated `sync_rs_97_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_sync_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_sync_rs_3", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 99, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_sync_rs_3", c"rust/kernel/sync.rs", __DOCTEST_ANCHOR - 99, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_sync_rs_3.location: rust/kernel/sync.rs:99\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_sync_rs_97_0() {
use kernel::sync::barrier::smp_mb;
smp_mb();
} _doctest_main_rust_kernel_sync_rs_97_0() }
        main();
    }
}

/// Generated `task_rs_101_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_0", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 101, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_0", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 101, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_0.location: rust/kernel/task.rs:101\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_101_0() {
let unicode_escape = '🦀';
} _doctest_main_rust_kernel_task_rs_101_0() }
        main();
    }
}

/// Generated `task_rs_111_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_1", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 111, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_1", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 111, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_1.location: rust/kernel/task.rs:111\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_111_0() {
let mixed_fragments = 1;
} _doctest_main_rust_kernel_task_rs_111_0() }
        main();
    }
}

/// Generated `task_rs_119_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_2", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 119, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_2", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 119, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_2.location: rust/kernel/task.rs:119\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_119_0() {
let active_cfg_attr = 1;
} _doctest_main_rust_kernel_task_rs_119_0() }
        main();
    }
}

/// Generated `task_rs_127_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_3", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 128, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_3", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 128, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_3.location: rust/kernel/task.rs:128\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_127_0() {
let inactive_cfg_attr = 1;
} _doctest_main_rust_kernel_task_rs_127_0() }
        main();
    }
}

/// Generated `task_rs_135_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_4", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 135, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_4", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 135, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_4.location: rust/kernel/task.rs:135\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_135_0() {
let inactive_after = 1;
} _doctest_main_rust_kernel_task_rs_135_0() }
        main();
    }
}

/// Generated `task_rs_144_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_5", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 146, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_5", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 146, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_5.location: rust/kernel/task.rs:146\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_144_0() {
let doc_alias_and_hidden = 1;
} _doctest_main_rust_kernel_task_rs_144_0() }
        main();
    }
}

/// Generated `task_rs_163_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_6(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_6", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 163, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_6", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 163, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_6.location: rust/kernel/task.rs:163\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_163_0() {
let pid = current!().pid();
let _ = pid;
} _doctest_main_rust_kernel_task_rs_163_0() }
        main();
    }
}

/// Generated `task_rs_29_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_7(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_7", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 29, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_7", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 29, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_7.location: rust/kernel/task.rs:29\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_29_0() {
fn print_current_pid() {
    pr_info!("pid: {}\n", current!().pid());
}
} _doctest_main_rust_kernel_task_rs_29_0() }
        main();
    }
}

/// Generated `task_rs_51_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_8(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_8", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 51, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_8", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 51, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_8.location: rust/kernel/task.rs:51\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_51_0() {
let pid = current!().pid();
} _doctest_main_rust_kernel_task_rs_51_0() }
        main();
    }
}

/// Generated `task_rs_60_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_9(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_9", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 60, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_9", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 60, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_9.location: rust/kernel/task.rs:60\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_60_0() {
let multi_line_doc_string = "with \"escapes\"";
assert!(multi_line_doc_string.contains('"'));
} _doctest_main_rust_kernel_task_rs_60_0() }
        main();
    }
}

/// Generated `task_rs_69_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_10(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_10", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 69, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_10", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 69, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_10.location: rust/kernel/task.rs:69\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_69_0() {
let raw = r"C:\path\no\escapes";
assert_eq!(raw.len(), 18);
} _doctest_main_rust_kernel_task_rs_69_0() }
        main();
    }
}

/// Generated `task_rs_78_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_11(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_11", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 78, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_11", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 78, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_11.location: rust/kernel/task.rs:78\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_78_0() {
let hashes = "/* still code */";
let _ = hashes;
} _doctest_main_rust_kernel_task_rs_78_0() }
        main();
    }
}

/// Generated `task_rs_87_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_12(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_12", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 85, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_12", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 85, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_12.location: rust/kernel/task.rs:85\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_87_0() {
let escaped_newlines = 1;
} _doctest_main_rust_kernel_task_rs_87_0() }
        main();
    }
}

/// Generated `task_rs_92_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_task_rs_13(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_task_rs_13", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 93, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_task_rs_13", c"rust/kernel/task.rs", __DOCTEST_ANCHOR - 93, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_task_rs_13.location: rust/kernel/task.rs:93\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_task_rs_92_0() {
let after_continuation = 1;
} _doctest_main_rust_kernel_task_rs_92_0() }
        main();
    }
}

/// Generated `time_rs_106_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_time_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_time_rs_0", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 106, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_time_rs_0", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 106, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_time_rs_0.location: rust/kernel/time.rs:106\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_time_rs_106_0() {
use kernel::time::Ktime;
let t = Ktime::from_raw(3_000_000);
assert_eq!(t.to_ms(), 3);
} _doctest_main_rust_kernel_time_rs_106_0() }
        main();
    }
}

/// Generated `time_rs_119_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_time_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_time_rs_1", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 119, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_time_rs_1", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 119, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_time_rs_1.location: rust/kernel/time.rs:119\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_time_rs_119_0() {
use kernel::time::ClockId;
let id = ClockId::Monotonic;
assert_eq!(id as u32, 1);
} _doctest_main_rust_kernel_time_rs_119_0() }
        main();
    }
}

/// Generated `time_rs_129_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_time_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_time_rs_2", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 129, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_time_rs_2", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 129, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_time_rs_2.location: rust/kernel/time.rs:129\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_time_rs_129_0() {
use kernel::time::ClockId;
let rt = ClockId::RealTime;
let _ = rt;
} _doctest_main_rust_kernel_time_rs_129_0() }
        main();
    }
}

/// Generated `time_rs_146_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_time_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_time_rs_3", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 146, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_time_rs_3", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 146, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_time_rs_3.location: rust/kernel/time.rs:146\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_time_rs_146_0() {
use kernel::time::RawStamp;
let s = RawStamp { ns: 5 };
// SAFETY: Both fields are plain integers covering the same bytes.
let lo = unsafe { s.words[0] };
let _ = lo;
} _doctest_main_rust_kernel_time_rs_146_0() }
        main();
    }
}

/// Generated `time_rs_159_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_time_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_time_rs_4", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 159, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_time_rs_4", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 159, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_time_rs_4.location: rust/kernel/time.rs:159\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_time_rs_159_0() {
use kernel::time::RawStamp;
let s = RawStamp { words: [1, 2] };
let _ = s;
} _doctest_main_rust_kernel_time_rs_159_0() }
        main();
    }
}

/// Generated `time_rs_16_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_time_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_time_rs_5", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 16, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_time_rs_5", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 16, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_time_rs_5.location: rust/kernel/time.rs:16\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_time_rs_16_0() {
use kernel::time::{NSEC_PER_MSEC, NSEC_PER_USEC};
assert_eq!(NSEC_PER_MSEC, 1_000 * NSEC_PER_USEC);
} _doctest_main_rust_kernel_time_rs_16_0() }
        main();
    }
}

/// Generated `time_rs_187_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_time_rs_6(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_time_rs_6", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 187, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_time_rs_6", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 187, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_time_rs_6.location: rust/kernel/time.rs:187\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_time_rs_187_0() {
use kernel::time::Delta;
assert_eq!(Delta::ZERO.as_nanos(), 0);
} _doctest_main_rust_kernel_time_rs_187_0() }
        main();
    }
}

/// Generated `time_rs_33_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_time_rs_7(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_time_rs_7", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 33, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_time_rs_7", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 33, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_time_rs_7.location: rust/kernel/time.rs:33\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_time_rs_33_0() {
use kernel::time::JIFFIES_SNAPSHOT;
// SAFETY: Only read for display purposes.
let j = unsafe { JIFFIES_SNAPSHOT };
kernel::pr_info!("jiffies: {j}\n");
} _doctest_main_rust_kernel_time_rs_33_0() }
        main();
    }
}

/// Generated `time_rs_43_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_time_rs_8(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_time_rs_8", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 43, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_time_rs_8", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 43, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_time_rs_8.location: rust/kernel/time.rs:43\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_time_rs_43_0() {
use kernel::time::CLOCK_NAMES;
assert_eq!(CLOCK_NAMES[0], "monotonic");
} _doctest_main_rust_kernel_time_rs_43_0() }
        main();
    }
}

/// Generated `time_rs_59_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_time_rs_9(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_time_rs_9", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 59, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_time_rs_9", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 59, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_time_rs_9.location: rust/kernel/time.rs:59\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_time_rs_59_0() {
use kernel::time::Ktime;
let start = Ktime::ktime_get();
let end = Ktime::ktime_get();
assert!((end - start).to_ns() >= 0);
} _doctest_main_rust_kernel_time_rs_59_0() }
        main();
    }
}

/// Generated `time_rs_70_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_time_rs_10(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_time_rs_10", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 70, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_time_rs_10", c"rust/kernel/time.rs", __DOCTEST_ANCHOR - 70, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_time_rs_10.location: rust/kernel/time.rs:70\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_time_rs_70_0() {
use kernel::time::Ktime;
let zero = Ktime::from_ns(0);
assert_eq!(zero.to_ns(), 0);
} _doctest_main_rust_kernel_time_rs_70_0() }
        main();
    }
}

/// Generated `types_rs_104_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_0", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 106, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_0", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 106, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_0.location: rust/kernel/types.rs:104\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 7 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#![allow(unused_variables)]
#![allow(dead_code)]

#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_104_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::types::ScopeGuard;

#[derive(Debug)]
struct Tracked(u32);
#[derive(Clone)]
struct Other;
let indented_hidden = 1;
let guard = ScopeGuard::new_with_data(Tracked(1), |t| pr_info!("{:?}\n", t));
fn helper() {}
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_types_rs_104_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `types_rs_122_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_1", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 122, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_1", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 122, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_1.location: rust/kernel/types.rs:122\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_122_0() {
use kernel::types::ScopeGuard;
fn example2(arg: bool) {
    let log = ScopeGuard::new(|| pr_info!("example2 returned early\n"));

    if arg {
        return;
    }

    // (Other early returns...)

    log.dismiss();
    pr_info!("example2 no early return\n");
}

example2(false);
example2(true);
} _doctest_main_rust_kernel_types_rs_122_0() }
        main();
    }
}

/// Generated `types_rs_184_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_2", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 184, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_2", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 184, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_2.location: rust/kernel/types.rs:184\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_184_0() {
use kernel::types::{ARef, AlwaysRefCounted};
fn count<T: AlwaysRefCounted>(r: &ARef<T>) -> usize {
    core::mem::size_of_val(r)
}
} _doctest_main_rust_kernel_types_rs_184_0() }
        main();
    }
}

/// Generated `types_rs_214_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_3", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 214, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_3", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 214, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_3.location: rust/kernel/types.rs:214\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_214_0() {
use kernel::types::ARef;
fn name_len(task: &ARef<kernel::task::Task>) -> i32 {
    task.pid()
}
} _doctest_main_rust_kernel_types_rs_214_0() }
        main();
    }
}

/// Generated `types_rs_235_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_4", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 235, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_4", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 235, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_4.location: rust/kernel/types.rs:235\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_235_0() {
use kernel::types::Describe;
struct S;
impl Describe for S { fn describe(&self) -> &'static str { "s" } }
assert_eq!((&S).describe(), "s");
} _doctest_main_rust_kernel_types_rs_235_0() }
        main();
    }
}

/// Generated `types_rs_249_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_5", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 249, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_5", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 249, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_5.location: rust/kernel/types.rs:249\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_249_0() {
use kernel::types::Describe;
let mut buf = [0u8; 4];
assert_eq!((&mut buf[..]).describe(), "bytes");
} _doctest_main_rust_kernel_types_rs_249_0() }
        main();
    }
}

/// Generated `types_rs_262_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_6(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_6", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 262, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_6", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 262, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_6.location: rust/kernel/types.rs:262\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_262_0() {
use kernel::types::Describe;
struct S;
impl Describe for S { fn describe(&self) -> &'static str { "s" } }
let d: &(dyn Describe + Send) = &S;
assert_eq!(d.loud(), "S");
} _doctest_main_rust_kernel_types_rs_262_0() }
        main();
    }
}

/// Generated `types_rs_277_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_7(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_7", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 277, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_7", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 277, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_7.location: rust/kernel/types.rs:277\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_277_0() {
use kernel::types::Describe;
struct S;
impl Describe for S { fn describe(&self) -> &'static str { "s" } }
assert_eq!([S, S].describe(), "s");
} _doctest_main_rust_kernel_types_rs_277_0() }
        main();
    }
}

/// Generated `types_rs_291_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_8(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_8", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 291, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_8", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 291, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_8.location: rust/kernel/types.rs:291\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_291_0() {
use kernel::types::Describe;
fn id(x: u8) -> u8 { x }
assert_eq!((id as fn(u8) -> u8).describe(), "fn");
} _doctest_main_rust_kernel_types_rs_291_0() }
        main();
    }
}

/// Generated `types_rs_304_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_9(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_9", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 304, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_9", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 304, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_9.location: rust/kernel/types.rs:304\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_304_0() {
use kernel::types::Describe;
assert_eq!((1u8, 2u16).describe(), "pair");
} _doctest_main_rust_kernel_types_rs_304_0() }
        main();
    }
}

/// Generated `types_rs_36_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_10(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_10", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 36, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_10", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 36, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_10.location: rust/kernel/types.rs:36\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_36_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::types::ForeignOwnable;
let b = KBox::new(1u32, GFP_KERNEL)?;
let p = b.into_foreign();
// SAFETY: `p` was just returned by `into_foreign`.
let b = unsafe { KBox::<u32>::from_foreign(p) };
assert_eq!(*b, 1);
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_types_rs_36_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `types_rs_64_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_11(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_11", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 64, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_11", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 64, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_11.location: rust/kernel/types.rs:64\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_64_0() {
use kernel::types::ForeignOwnable;
let p = ().into_foreign();
assert!(!p.is_null());
} _doctest_main_rust_kernel_types_rs_64_0() }
        main();
    }
}

/// Generated `types_rs_85_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_types_rs_12(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_types_rs_12", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 85, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_types_rs_12", c"rust/kernel/types.rs", __DOCTEST_ANCHOR - 85, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_types_rs_12.location: rust/kernel/types.rs:85\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_types_rs_85_0() {
use kernel::types::ScopeGuard;
fn example1(arg: bool) {
    let _log = ScopeGuard::new(|| pr_info!("example1 completed\n"));

    if arg {
        return;
    }

    pr_info!("Do something...\n");
}

example1(false);
example1(true);
} _doctest_main_rust_kernel_types_rs_85_0() }
        main();
    }
}

/// Generated `uaccess_rs_106_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_uaccess_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_uaccess_rs_0", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 106, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_uaccess_rs_0", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 106, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_uaccess_rs_0.location: rust/kernel/uaccess.rs:106\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_uaccess_rs_106_0() {
use kernel::uaccess::PATTERNS;
assert_eq!(PATTERNS[0], b"/*");
} _doctest_main_rust_kernel_uaccess_rs_106_0() }
        main();
    }
}

/// Generated `uaccess_rs_115_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_uaccess_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_uaccess_rs_1", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 115, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_uaccess_rs_1", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 115, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_uaccess_rs_1.location: rust/kernel/uaccess.rs:115\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_uaccess_rs_115_0() {
let star_slash = concat!("*", "/");
assert_eq!(star_slash.len(), 2);
} _doctest_main_rust_kernel_uaccess_rs_115_0() }
        main();
    }
}

/// Generated `uaccess_rs_126_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_uaccess_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_uaccess_rs_2", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 127, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_uaccess_rs_2", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 127, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_uaccess_rs_2.location: rust/kernel/uaccess.rs:127\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_uaccess_rs_126_0() {
let after_empty_block_comments = 1;
} _doctest_main_rust_kernel_uaccess_rs_126_0() }
        main();
    }
}

/// Generated `uaccess_rs_135_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_uaccess_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_uaccess_rs_3", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 135, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_uaccess_rs_3", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 135, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_uaccess_rs_3.location: rust/kernel/uaccess.rs:135\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_uaccess_rs_135_0() {
let after_numbers = kernel::uaccess::NUMBERS.0 + 1;
} _doctest_main_rust_kernel_uaccess_rs_135_0() }
        main();
    }
}

/// Generated `uaccess_rs_31_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_uaccess_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_uaccess_rs_4", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 31, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_uaccess_rs_4", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 31, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_uaccess_rs_4.location: rust/kernel/uaccess.rs:31\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_uaccess_rs_31_0() {
use kernel::ffi::c_void;
use kernel::uaccess::{UserPtr, UserSlice};

fn bytes_add_one(uptr: UserPtr, len: usize) -> Result {
    let (read, mut write) = UserSlice::new(uptr, len).reader_writer();

    let mut buf = KVec::new();
    read.read_all(&mut buf, GFP_KERNEL)?;

    for b in &mut buf {
        *b = b.wrapping_add(1);
    }

    write.write_slice(&buf)?;
    Ok(())
}
} _doctest_main_rust_kernel_uaccess_rs_31_0() }
        main();
    }
}

/// Generated `uaccess_rs_73_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_uaccess_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_uaccess_rs_5", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 73, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_uaccess_rs_5", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 73, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_uaccess_rs_5.location: rust/kernel/uaccess.rs:73\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_uaccess_rs_73_0() {
use kernel::uaccess::is_separator;
assert_eq!(is_separator('a', "x"), "x");
} _doctest_main_rust_kernel_uaccess_rs_73_0() }
        main();
    }
}

/// Generated `uaccess_rs_92_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_uaccess_rs_6(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_uaccess_rs_6", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 92, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_uaccess_rs_6", c"rust/kernel/uaccess.rs", __DOCTEST_ANCHOR - 92, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_uaccess_rs_6.location: rust/kernel/uaccess.rs:92\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_uaccess_rs_92_0() {
use kernel::uaccess::strings;
assert_eq!(strings()[2], "\\");
} _doctest_main_rust_kernel_uaccess_rs_92_0() }
        main();
    }
}

/// Generated `workqueue_rs_108_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_0(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_0", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 108, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_0", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 108, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_0.location: rust/kernel/workqueue.rs:108\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_108_0() {
let indented_fence = 3;
  let more = 5;
} _doctest_main_rust_kernel_workqueue_rs_108_0() }
        main();
    }
}

/// Generated `workqueue_rs_115_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_1(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_1", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 114, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_1", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 114, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_1.location: rust/kernel/workqueue.rs:115\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_115_0() {
let indented = 4;
assert_eq!(indented, 4);
} _doctest_main_rust_kernel_workqueue_rs_115_0() }
        main();
    }
}

/// Generated `workqueue_rs_120_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_2(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_2", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 120, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_2", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 120, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_2.location: rust/kernel/workqueue.rs:120\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_120_0() {
let in_list = 1;
} _doctest_main_rust_kernel_workqueue_rs_120_0() }
        main();
    }
}

/// Generated `workqueue_rs_127_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_3(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_3", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 127, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_3", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 127, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_3.location: rust/kernel/workqueue.rs:127\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_127_0() {
let nested = 2;
} _doctest_main_rust_kernel_workqueue_rs_127_0() }
        main();
    }
}

/// Generated `workqueue_rs_133_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_4(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_4", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 133, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_4", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 133, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_4.location: rust/kernel/workqueue.rs:133\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_133_0() {
let quoted = 3;
} _doctest_main_rust_kernel_workqueue_rs_133_0() }
        main();
    }
}

/// Generated `workqueue_rs_138_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_5(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_5", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 138, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_5", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 138, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_5.location: rust/kernel/workqueue.rs:138\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_138_0() {
let after_quote = 4;
} _doctest_main_rust_kernel_workqueue_rs_138_0() }
        main();
    }
}

/// Generated `workqueue_rs_144_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_6(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_6", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 144, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_6", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 144, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_6.location: rust/kernel/workqueue.rs:144\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_144_0() {
let in_html = 5;
} _doctest_main_rust_kernel_workqueue_rs_144_0() }
        main();
    }
}

/// Generated `workqueue_rs_164_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_7(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_7", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 164, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_7", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 164, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_7.location: rust/kernel/workqueue.rs:164\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_164_0() {
let crab = "🦀"; // Ünïcödé
assert_eq!(crab.chars().count(), 1);
} _doctest_main_rust_kernel_workqueue_rs_164_0() }
        main();
    }
}

/// Generated `workqueue_rs_174_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_8(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_8", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 174, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_8", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 174, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_8.location: rust/kernel/workqueue.rs:174\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_174_0() {
let after_tab = 1;
} _doctest_main_rust_kernel_workqueue_rs_174_0() }
        main();
    }
}

/// Generated `workqueue_rs_178_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_9(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_9", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 177, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_9", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 177, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_9.location: rust/kernel/workqueue.rs:178\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_178_0() {
let tab_indented = 2;
} _doctest_main_rust_kernel_workqueue_rs_178_0() }
        main();
    }
}

/// Generated `workqueue_rs_182_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_10(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_10", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 181, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_10", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 181, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_10.location: rust/kernel/workqueue.rs:182\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_182_0() {
let two_tabs = 3;
} _doctest_main_rust_kernel_workqueue_rs_182_0() }
        main();
    }
}

/// Generated `workqueue_rs_195_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_11(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_11", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 195, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_11", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 195, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_11.location: rust/kernel/workqueue.rs:195\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_195_0() {
use kernel::workqueue;
use kernel::sync::Arc;
fn f(item: Arc<MyStruct>) {
let _ = workqueue::system().enqueue(item);
}
} _doctest_main_rust_kernel_workqueue_rs_195_0() }
        main();
    }
}

/// Generated `workqueue_rs_206_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_12(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_12", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 206, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_12", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 206, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_12.location: rust/kernel/workqueue.rs:206\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_206_0() {
let belongs_to_document = 6;
} _doctest_main_rust_kernel_workqueue_rs_206_0() }
        main();
    }
}

/// Generated `workqueue_rs_210_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_13(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_13", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 210, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_13", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 210, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_13.location: rust/kernel/workqueue.rs:210\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_210_0() {
let left_open = "the fence is never closed; the block runs to the end of the doc comment";
} _doctest_main_rust_kernel_workqueue_rs_210_0() }
        main();
    }
}

/// Generated `workqueue_rs_223_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_14(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_14", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 223, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_14", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 223, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_14.location: rust/kernel/workqueue.rs:223\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_223_0() -> core::result::Result<(), impl core::fmt::Debug> {
use kernel::workqueue;
workqueue::system().try_spawn(GFP_KERNEL, || pr_info!("spawned\n"))?;
Ok::<(), Error>(())
} let test_return_value = _doctest_main_rust_kernel_workqueue_rs_223_0(); assert!(test_return_value.is_ok()); }
        main();
    }
}

/// Generated `workqueue_rs_35_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_15(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_15", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 35, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_15", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 35, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_15.location: rust/kernel/workqueue.rs:35\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 4 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
#[allow(unused_extern_crates)]
extern crate r#kernel;
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_35_0() {
use kernel::sync::Arc;
use kernel::workqueue::{self, impl_has_work, new_work, Work, WorkItem};

#[pin_data]
struct MyStruct {
    value: i32,
    #[pin]
    work: Work<MyStruct>,
}

impl_has_work! {
    impl HasWork<Self> for MyStruct { self.work }
}

impl MyStruct {
    fn new(value: i32) -> Result<Arc<Self>> {
        Arc::pin_init(pin_init!(MyStruct {
            value,
            work <- new_work!("MyStruct::work"),
        }), GFP_KERNEL)
    }
}

impl WorkItem for MyStruct {
    type Pointer = Arc<MyStruct>;

    fn run(this: Arc<MyStruct>) {
        pr_info!("The value is: {}\n", this.value);
    }
}

/// This method will enqueue the struct for execution on the system workqueue, where its value
/// will be printed.
fn print_later(val: Arc<MyStruct>) {
    let _ = workqueue::system().enqueue(val);
}
print_later(MyStruct::new(42).unwrap());
} _doctest_main_rust_kernel_workqueue_rs_35_0() }
        main();
    }
}

/// Generated `workqueue_rs_85_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_16(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_16", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 85, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_16", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 85, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_16.location: rust/kernel/workqueue.rs:85\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_85_0() {
let tilde = 1;
} _doctest_main_rust_kernel_workqueue_rs_85_0() }
        main();
    }
}

/// Generated `workqueue_rs_91_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_17(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_17", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 91, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_17", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 91, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_17.location: rust/kernel/workqueue.rs:91\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_91_0() {
let s = r"
```
";
} _doctest_main_rust_kernel_workqueue_rs_91_0() }
        main();
    }
}

/// Generated `workqueue_rs_97_0` KUnit test case from a Rust documentation test.
#[no_mangle]
pub extern "C" fn rust_doctest_kernel_workqueue_rs_18(__kunit_test: *mut ::kernel::bindings::kunit) {
    /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert {
        ($cond:expr $(,)?) => {{
            ::kernel::kunit_assert!(
                "rust_doctest_kernel_workqueue_rs_18", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 97, $cond
            );
        }}
    }

    /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
    #[allow(unused)]
    macro_rules! assert_eq {
        ($left:expr, $right:expr $(,)?) => {{
            ::kernel::kunit_assert_eq!(
                "rust_doctest_kernel_workqueue_rs_18", c"rust/kernel/workqueue.rs", __DOCTEST_ANCHOR - 97, $left, $right
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
    ::kernel::kunit::info(fmt!("    # rust_doctest_kernel_workqueue_rs_18.location: rust/kernel/workqueue.rs:97\n"));

    /// The anchor where the test code body starts.
    #[allow(unused)]
    static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + 2 + 2;
    {
        #![allow(unreachable_pub, clippy::disallowed_names)]
        #![allow(unused)]
fn main() { #[allow(non_snake_case)] fn _doctest_main_rust_kernel_workqueue_rs_97_0() {
let tilde_with_info = "
~~~
";
} _doctest_main_rust_kernel_workqueue_rs_97_0() }
        main();
    }
}
