/// The built-in dialect, for a tree without `scripts/rustdoc_test_gen.rs` (a tree of sources only,
/// such as `Fixtures/rust-src`): the templates of Linux 7.1's script, in its own `format!` syntax.
extension KernelDialect {
    public static let builtin: KernelDialect = {
        let source = ##"""
        write!(rust_tests, r#"/// Generated `{name}` KUnit test case from a Rust documentation test.
        #[no_mangle]
        pub extern "C" fn {kunit_name}(__kunit_test: *mut ::kernel::bindings::kunit) {{
            /// Overrides the usual [`assert!`] macro with one that calls KUnit instead.
            #[allow(unused)]
            macro_rules! assert {{
                ($cond:expr $(,)?) => {{{{
                    ::kernel::kunit_assert!(
                        "{kunit_name}", c"{real_path}", __DOCTEST_ANCHOR - {line}, $cond
                    );
                }}}}
            }}
        
            /// Overrides the usual [`assert_eq!`] macro with one that calls KUnit instead.
            #[allow(unused)]
            macro_rules! assert_eq {{
                ($left:expr, $right:expr $(,)?) => {{{{
                    ::kernel::kunit_assert_eq!(
                        "{kunit_name}", c"{real_path}", __DOCTEST_ANCHOR - {line}, $left, $right
                    );
                }}}}
            }}
        
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
            ::kernel::kunit::info(fmt!("    # {kunit_name}.location: {real_path}:{line}\n"));
        
            /// The anchor where the test code body starts.
            #[allow(unused)]
            static __DOCTEST_ANCHOR: i32 = ::core::line!() as i32 + {body_offset} + 2;
            {{
                #![allow(unreachable_pub, clippy::disallowed_names)]
                {body}
                main();
            }}
        }}
        
        "#);
        write!(c_test_declarations, "void {kunit_name}(struct kunit *);\n");
        write!(c_test_cases, "    KUNIT_CASE({kunit_name}),\n");
        write!(rust_file, r#"//! `kernel` crate documentation tests.
        
        const __LOG_PREFIX: &[u8] = b"rust_doctests_kernel\0";
        
        {rust_tests}
        "#);
        write!(c_file, r#"/*
         * `kernel` crate documentation tests.
         */
        
        #include <kunit/test.h>
        
        {c_test_declarations}
        
        static struct kunit_case test_cases[] = {{
            {c_test_cases}
            {{ }}
        }};
        
        static struct kunit_suite test_suite = {{
            .name = "rust_doctests_kernel",
            .test_cases = test_cases,
        }};
        
        kunit_test_suite(test_suite);
        
        MODULE_LICENSE("GPL");
        "#);
        """##
        // The text above is fixed and checked by the tests: parsing it cannot fail at run time.
        guard let dialect = try? KernelDialect.parse(source, origin: "built-in (Linux 7.1 layout)") else {
            fatalError("the built-in doctest dialect does not parse")
        }
        return dialect
    }()
}
