/*
 * `kernel` crate documentation tests.
 */

#include <kunit/test.h>

void rust_doctest_kernel_alloc_mod_rs_0(struct kunit *);
void rust_doctest_kernel_lib_rs_0(struct kunit *);
void rust_doctest_kernel_lib_rs_1(struct kunit *);
void rust_doctest_kernel_lib_rs_2(struct kunit *);
void rust_doctest_kernel_quirky_br_ace__rs_0(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_0(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_2(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_5(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_6(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_7(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_8(struct kunit *);
void rust_doctest_kernel_sync_rs_0(struct kunit *);
void rust_doctest_kernel_sync_rs_1(struct kunit *);

static struct kunit_case test_cases[] = {
    KUNIT_CASE(rust_doctest_kernel_alloc_mod_rs_0),
    KUNIT_CASE(rust_doctest_kernel_lib_rs_0),
    KUNIT_CASE(rust_doctest_kernel_lib_rs_1),
    KUNIT_CASE(rust_doctest_kernel_lib_rs_2),
    KUNIT_CASE(rust_doctest_kernel_quirky_br_ace__rs_0),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_0),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_2),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_5),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_6),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_7),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_8),
    KUNIT_CASE(rust_doctest_kernel_sync_rs_0),
    KUNIT_CASE(rust_doctest_kernel_sync_rs_1),
    { }
};

static struct kunit_suite test_suite = {
    .name = "rust_doctests_kernel",
    .test_cases = test_cases,
};

kunit_test_suite(test_suite);

MODULE_LICENSE("GPL");
