/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A stand-in for the kernel's <kunit/test.h>, enough to syntax-check the C file kunitgen
 * generates (`cc -fsyntax-only -I Fixtures/kunit`). The declarations follow
 * include/kunit/test.h: `struct kunit_case` (run_case, name), `KUNIT_CASE`, `struct kunit_suite`
 * with a fixed-size name, `kunit_test_suite`, and `MODULE_LICENSE` from <linux/module.h>.
 */
#ifndef _KUNIT_TEST_H
#define _KUNIT_TEST_H

struct kunit;

struct kunit_case {
	void (*run_case)(struct kunit *test);
	const char *name;
	const void *(*generate_params)(const void *prev, char *desc);
};

#define KUNIT_CASE(test_name) { .run_case = test_name, .name = #test_name }

struct kunit_suite {
	const char name[256];
	int (*suite_init)(struct kunit_suite *suite);
	void (*suite_exit)(struct kunit_suite *suite);
	int (*init)(struct kunit *test);
	void (*exit)(struct kunit *test);
	struct kunit_case *test_cases;
};

#define kunit_test_suites(__suites...)						\
	static struct kunit_suite *__kunit_suites_list[]			\
		__attribute__((used, section(".kunit_test_suites"))) = { __suites }

#define kunit_test_suite(suite) kunit_test_suites(&suite)

#define MODULE_LICENSE(_license) \
	static const char __module_license[] __attribute__((used)) = "license=" _license

#endif /* _KUNIT_TEST_H */
