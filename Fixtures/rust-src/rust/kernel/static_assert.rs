// SPDX-License-Identifier: GPL-2.0

//! Static assert.
//!
//! Every info string a kernel doc example may carry, in one place.

/// Static assert (i.e. compile-time assert).
///
/// Similar to C11 [`_Static_assert`] and C++11 [`static_assert`].
///
/// The feature may be added to Rust in the future: see [RFC 2790].
///
/// [`_Static_assert`]: https://en.cppreference.com/w/c/language/_Static_assert
/// [`static_assert`]: https://en.cppreference.com/w/cpp/language/static_assert
/// [RFC 2790]: https://github.com/rust-lang/rfcs/issues/2790
///
/// # Examples
///
/// ```rust
/// static_assert!(42 > 24);
/// static_assert!(core::mem::size_of::<u8>() == 1);
///
/// const X: &[u8] = b"bar";
/// static_assert!(X[1] == b'a');
///
/// const fn f(x: i32) -> i32 {
///     x + 2
/// }
/// static_assert!(f(40) == 42);
/// static_assert!(f(40) == 42, "f(x) must add 2 to the given input.");
/// ```
#[macro_export]
macro_rules! static_assert {
    ($condition:expr $(,$arg:literal)?) => {
        const _: () = ::core::assert!($condition $(,$arg)?);
    };
}

/// Info strings that select targets, run modes and editions.
///
/// ```ignore-x86_64
/// // Not run on x86_64.
/// let arch_specific = 1;
/// ```
///
/// ```ignore-arm,ignore-riscv64
/// let two_targets = 2;
/// ```
///
/// ```rust,ignore
/// let rust_then_ignore = 3;
/// ```
///
/// ```ignore,no_run
/// let both = 4;
/// ```
///
/// ```no_run
/// loop {}
/// ```
///
/// ```edition2018
/// let old = async { 1 };
/// # let _ = old;
/// ```
///
/// ```edition2024
/// let new = 5;
/// ```
///
/// ```rust,edition2021
/// let explicit = 6;
/// ```
///
/// ```should_panic,no_run
/// panic!("only compiled");
/// ```
pub struct RunModes;

/// Info strings with classes and unknown words.
///
/// ```{.rust .kernel-example}
/// let braced_classes = 1;
/// ```
///
/// ```{class=fancy}
/// let braced_key_value = 2;
/// ```
///
/// ```rust,{.extra}
/// let mixed = 3;
/// ```
///
/// ```unknown-word
/// let unknown = 4;
/// ```
///
/// ```rust, allow_fail ,  whatever
/// let odd_spacing = 5;
/// ```
///
/// ```RUST
/// let upper_case_is_unknown = 6;
/// ```
///
/// ```should-panic
/// // A typo: rustdoc treats this as an unknown word, not `should_panic`.
/// let typo = 7;
/// ```
///
/// ```   rust   
/// let padded_info = 8;
/// ```
///
/// ```class=bare
/// let bare_key_value_outside_braces = 9;
/// ```
///
/// ```rust,class=bare
/// let rust_then_bare_key_value = 10;
/// ```
///
/// ```{.a} {.b}
/// let two_brace_groups = 11;
/// ```
///
/// ```{unterminated
/// let unterminated_brace = 12;
/// ```
pub struct ClassesAndUnknown;

/// Info strings that are not Rust: these are not doctests.
///
/// ```text
/// $ insmod rust_minimal.ko
/// ```
///
/// ```c
/// static int __init rust_minimal_init(void) { return 0; }
/// ```
///
/// ```sh
/// make LLVM=1 rustavailable
/// ```
///
/// ```console
/// $ dmesg | tail
/// ```
///
/// ```text,rust
/// let text_wins = 1;
/// ```
///
/// ```rust,text
/// let text_still_wins = 2;
/// ```
///
/// ```json
/// {"not": "rust"}
/// ```
///
/// ```custom,rust
/// let custom_word_plus_rust = 3;
/// ```
pub struct NotRust;
