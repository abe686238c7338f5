/*
 * `kernel` crate documentation tests.
 */

#include <kunit/test.h>

void rust_doctest_kernel_alloc__Flags_0(struct kunit *);
void rust_doctest_kernel_inline__double_0(struct kunit *);
void rust_doctest_kernel_kunit_only_0(struct kunit *);
void rust_doctest_kernel_crate_0(struct kunit *);
void rust_doctest_kernel_brace__brace_0(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_1(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_T__new_1(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_T__get_0(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_T__get_1(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_T__get_2(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_0(struct kunit *);
void rust_doctest_kernel_sync__Lock_1(struct kunit *);
void rust_doctest_kernel_sync__Lock_0(struct kunit *);

static struct kunit_case test_cases[] = {
    KUNIT_CASE(rust_doctest_kernel_alloc__Flags_0),
    KUNIT_CASE(rust_doctest_kernel_inline__double_0),
    KUNIT_CASE(rust_doctest_kernel_kunit_only_0),
    KUNIT_CASE(rust_doctest_kernel_crate_0),
    KUNIT_CASE(rust_doctest_kernel_brace__brace_0),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_1),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_T__new_1),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_T__get_0),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_T__get_1),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_T__get_2),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_0),
    KUNIT_CASE(rust_doctest_kernel_sync__Lock_1),
    KUNIT_CASE(rust_doctest_kernel_sync__Lock_0),
    { }
};

static struct kunit_suite test_suite = {
    .name = "rust_doctests_kernel",
    .test_cases = test_cases,
};

kunit_test_suite(test_suite);

MODULE_LICENSE("GPL");
