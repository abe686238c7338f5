/*
 * `kernel` crate documentation tests.
 */

#include <kunit/test.h>

void rust_doctest_kernel_alloc_kbox_rs_0(struct kunit *);
void rust_doctest_kernel_alloc_kbox_rs_2(struct kunit *);
void rust_doctest_kernel_alloc_kbox_rs_3(struct kunit *);
void rust_doctest_kernel_alloc_kbox_rs_4(struct kunit *);
void rust_doctest_kernel_alloc_kbox_rs_5(struct kunit *);
void rust_doctest_kernel_alloc_kvec_rs_0(struct kunit *);
void rust_doctest_kernel_alloc_kvec_rs_1(struct kunit *);
void rust_doctest_kernel_alloc_kvec_rs_2(struct kunit *);
void rust_doctest_kernel_alloc_kvec_rs_3(struct kunit *);
void rust_doctest_kernel_alloc_kvec_rs_4(struct kunit *);
void rust_doctest_kernel_alloc_kvec_rs_6(struct kunit *);
void rust_doctest_kernel_alloc_kvec_rs_7(struct kunit *);
void rust_doctest_kernel_alloc_rs_0(struct kunit *);
void rust_doctest_kernel_alloc_rs_1(struct kunit *);
void rust_doctest_kernel_alloc_rs_2(struct kunit *);
void rust_doctest_kernel_build_assert_rs_0(struct kunit *);
void rust_doctest_kernel_build_assert_rs_1(struct kunit *);
void rust_doctest_kernel_debugfs_rs_0(struct kunit *);
void rust_doctest_kernel_debugfs_rs_1(struct kunit *);
void rust_doctest_kernel_debugfs_rs_2(struct kunit *);
void rust_doctest_kernel_debugfs_rs_3(struct kunit *);
void rust_doctest_kernel_debugfs_rs_4(struct kunit *);
void rust_doctest_kernel_debugfs_rs_5(struct kunit *);
void rust_doctest_kernel_device_rs_0(struct kunit *);
void rust_doctest_kernel_device_rs_1(struct kunit *);
void rust_doctest_kernel_error_rs_0(struct kunit *);
void rust_doctest_kernel_error_rs_1(struct kunit *);
void rust_doctest_kernel_error_rs_2(struct kunit *);
void rust_doctest_kernel_error_rs_3(struct kunit *);
void rust_doctest_kernel_error_rs_4(struct kunit *);
void rust_doctest_kernel_error_rs_5(struct kunit *);
void rust_doctest_kernel_error_rs_6(struct kunit *);
void rust_doctest_kernel_error_rs_7(struct kunit *);
void rust_doctest_kernel_error_rs_8(struct kunit *);
void rust_doctest_kernel_error_rs_9(struct kunit *);
void rust_doctest_kernel_error_rs_10(struct kunit *);
void rust_doctest_kernel_error_rs_11(struct kunit *);
void rust_doctest_kernel_init_rs_0(struct kunit *);
void rust_doctest_kernel_init_rs_1(struct kunit *);
void rust_doctest_kernel_kunit_rs_0(struct kunit *);
void rust_doctest_kernel_kunit_rs_2(struct kunit *);
void rust_doctest_kernel_kunit_rs_3(struct kunit *);
void rust_doctest_kernel_kunit_rs_4(struct kunit *);
void rust_doctest_kernel_kunit_rs_5(struct kunit *);
void rust_doctest_kernel_lib_rs_0(struct kunit *);
void rust_doctest_kernel_lib_rs_1(struct kunit *);
void rust_doctest_kernel_lib_rs_2(struct kunit *);
void rust_doctest_kernel_lib_rs_3(struct kunit *);
void rust_doctest_kernel_lib_rs_4(struct kunit *);
void rust_doctest_kernel_list_rs_0(struct kunit *);
void rust_doctest_kernel_list_rs_1(struct kunit *);
void rust_doctest_kernel_list_rs_2(struct kunit *);
void rust_doctest_kernel_list_rs_3(struct kunit *);
void rust_doctest_kernel_list_rs_4(struct kunit *);
void rust_doctest_kernel_list_rs_5(struct kunit *);
void rust_doctest_kernel_page_rs_0(struct kunit *);
void rust_doctest_kernel_page_rs_1(struct kunit *);
void rust_doctest_kernel_page_rs_2(struct kunit *);
void rust_doctest_kernel_page_rs_3(struct kunit *);
void rust_doctest_kernel_page_rs_4(struct kunit *);
void rust_doctest_kernel_page_rs_5(struct kunit *);
void rust_doctest_kernel_page_rs_6(struct kunit *);
void rust_doctest_kernel_page_rs_7(struct kunit *);
void rust_doctest_kernel_prelude_rs_0(struct kunit *);
void rust_doctest_kernel_print_rs_0(struct kunit *);
void rust_doctest_kernel_print_rs_1(struct kunit *);
void rust_doctest_kernel_print_rs_2(struct kunit *);
void rust_doctest_kernel_print_rs_3(struct kunit *);
void rust_doctest_kernel_static_assert_rs_0(struct kunit *);
void rust_doctest_kernel_static_assert_rs_1(struct kunit *);
void rust_doctest_kernel_static_assert_rs_2(struct kunit *);
void rust_doctest_kernel_static_assert_rs_3(struct kunit *);
void rust_doctest_kernel_static_assert_rs_4(struct kunit *);
void rust_doctest_kernel_static_assert_rs_5(struct kunit *);
void rust_doctest_kernel_static_assert_rs_6(struct kunit *);
void rust_doctest_kernel_static_assert_rs_7(struct kunit *);
void rust_doctest_kernel_static_assert_rs_8(struct kunit *);
void rust_doctest_kernel_static_assert_rs_10(struct kunit *);
void rust_doctest_kernel_static_assert_rs_11(struct kunit *);
void rust_doctest_kernel_static_assert_rs_12(struct kunit *);
void rust_doctest_kernel_static_assert_rs_13(struct kunit *);
void rust_doctest_kernel_str_rs_0(struct kunit *);
void rust_doctest_kernel_str_rs_1(struct kunit *);
void rust_doctest_kernel_str_rs_2(struct kunit *);
void rust_doctest_kernel_str_rs_3(struct kunit *);
void rust_doctest_kernel_str_rs_4(struct kunit *);
void rust_doctest_kernel_str_rs_5(struct kunit *);
void rust_doctest_kernel_str_rs_6(struct kunit *);
void rust_doctest_kernel_str_rs_7(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_0(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_1(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_2(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_3(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_4(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_5(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_6(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_7(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_8(struct kunit *);
void rust_doctest_kernel_sync_arc_rs_9(struct kunit *);
void rust_doctest_kernel_sync_lock_mutex_rs_0(struct kunit *);
void rust_doctest_kernel_sync_lock_rs_0(struct kunit *);
void rust_doctest_kernel_sync_lock_rs_1(struct kunit *);
void rust_doctest_kernel_sync_lock_rs_2(struct kunit *);
void rust_doctest_kernel_sync_lock_spinlock_rs_0(struct kunit *);
void rust_doctest_kernel_sync_rs_0(struct kunit *);
void rust_doctest_kernel_sync_rs_1(struct kunit *);
void rust_doctest_kernel_sync_rs_2(struct kunit *);
void rust_doctest_kernel_sync_rs_3(struct kunit *);
void rust_doctest_kernel_task_rs_0(struct kunit *);
void rust_doctest_kernel_task_rs_1(struct kunit *);
void rust_doctest_kernel_task_rs_2(struct kunit *);
void rust_doctest_kernel_task_rs_3(struct kunit *);
void rust_doctest_kernel_task_rs_4(struct kunit *);
void rust_doctest_kernel_task_rs_5(struct kunit *);
void rust_doctest_kernel_task_rs_6(struct kunit *);
void rust_doctest_kernel_task_rs_7(struct kunit *);
void rust_doctest_kernel_task_rs_8(struct kunit *);
void rust_doctest_kernel_task_rs_9(struct kunit *);
void rust_doctest_kernel_task_rs_10(struct kunit *);
void rust_doctest_kernel_task_rs_11(struct kunit *);
void rust_doctest_kernel_task_rs_12(struct kunit *);
void rust_doctest_kernel_task_rs_13(struct kunit *);
void rust_doctest_kernel_time_rs_0(struct kunit *);
void rust_doctest_kernel_time_rs_1(struct kunit *);
void rust_doctest_kernel_time_rs_2(struct kunit *);
void rust_doctest_kernel_time_rs_3(struct kunit *);
void rust_doctest_kernel_time_rs_4(struct kunit *);
void rust_doctest_kernel_time_rs_5(struct kunit *);
void rust_doctest_kernel_time_rs_6(struct kunit *);
void rust_doctest_kernel_time_rs_7(struct kunit *);
void rust_doctest_kernel_time_rs_8(struct kunit *);
void rust_doctest_kernel_time_rs_9(struct kunit *);
void rust_doctest_kernel_time_rs_10(struct kunit *);
void rust_doctest_kernel_types_rs_0(struct kunit *);
void rust_doctest_kernel_types_rs_1(struct kunit *);
void rust_doctest_kernel_types_rs_2(struct kunit *);
void rust_doctest_kernel_types_rs_3(struct kunit *);
void rust_doctest_kernel_types_rs_4(struct kunit *);
void rust_doctest_kernel_types_rs_5(struct kunit *);
void rust_doctest_kernel_types_rs_6(struct kunit *);
void rust_doctest_kernel_types_rs_7(struct kunit *);
void rust_doctest_kernel_types_rs_8(struct kunit *);
void rust_doctest_kernel_types_rs_9(struct kunit *);
void rust_doctest_kernel_types_rs_10(struct kunit *);
void rust_doctest_kernel_types_rs_11(struct kunit *);
void rust_doctest_kernel_types_rs_12(struct kunit *);
void rust_doctest_kernel_uaccess_rs_0(struct kunit *);
void rust_doctest_kernel_uaccess_rs_1(struct kunit *);
void rust_doctest_kernel_uaccess_rs_2(struct kunit *);
void rust_doctest_kernel_uaccess_rs_3(struct kunit *);
void rust_doctest_kernel_uaccess_rs_4(struct kunit *);
void rust_doctest_kernel_uaccess_rs_5(struct kunit *);
void rust_doctest_kernel_uaccess_rs_6(struct kunit *);
void rust_doctest_kernel_workqueue_rs_0(struct kunit *);
void rust_doctest_kernel_workqueue_rs_1(struct kunit *);
void rust_doctest_kernel_workqueue_rs_2(struct kunit *);
void rust_doctest_kernel_workqueue_rs_3(struct kunit *);
void rust_doctest_kernel_workqueue_rs_4(struct kunit *);
void rust_doctest_kernel_workqueue_rs_5(struct kunit *);
void rust_doctest_kernel_workqueue_rs_6(struct kunit *);
void rust_doctest_kernel_workqueue_rs_7(struct kunit *);
void rust_doctest_kernel_workqueue_rs_8(struct kunit *);
void rust_doctest_kernel_workqueue_rs_9(struct kunit *);
void rust_doctest_kernel_workqueue_rs_10(struct kunit *);
void rust_doctest_kernel_workqueue_rs_11(struct kunit *);
void rust_doctest_kernel_workqueue_rs_12(struct kunit *);
void rust_doctest_kernel_workqueue_rs_13(struct kunit *);
void rust_doctest_kernel_workqueue_rs_14(struct kunit *);
void rust_doctest_kernel_workqueue_rs_15(struct kunit *);
void rust_doctest_kernel_workqueue_rs_16(struct kunit *);
void rust_doctest_kernel_workqueue_rs_17(struct kunit *);
void rust_doctest_kernel_workqueue_rs_18(struct kunit *);

static struct kunit_case test_cases[] = {
    KUNIT_CASE(rust_doctest_kernel_alloc_kbox_rs_0),
    KUNIT_CASE(rust_doctest_kernel_alloc_kbox_rs_2),
    KUNIT_CASE(rust_doctest_kernel_alloc_kbox_rs_3),
    KUNIT_CASE(rust_doctest_kernel_alloc_kbox_rs_4),
    KUNIT_CASE(rust_doctest_kernel_alloc_kbox_rs_5),
    KUNIT_CASE(rust_doctest_kernel_alloc_kvec_rs_0),
    KUNIT_CASE(rust_doctest_kernel_alloc_kvec_rs_1),
    KUNIT_CASE(rust_doctest_kernel_alloc_kvec_rs_2),
    KUNIT_CASE(rust_doctest_kernel_alloc_kvec_rs_3),
    KUNIT_CASE(rust_doctest_kernel_alloc_kvec_rs_4),
    KUNIT_CASE(rust_doctest_kernel_alloc_kvec_rs_6),
    KUNIT_CASE(rust_doctest_kernel_alloc_kvec_rs_7),
    KUNIT_CASE(rust_doctest_kernel_alloc_rs_0),
    KUNIT_CASE(rust_doctest_kernel_alloc_rs_1),
    KUNIT_CASE(rust_doctest_kernel_alloc_rs_2),
    KUNIT_CASE(rust_doctest_kernel_build_assert_rs_0),
    KUNIT_CASE(rust_doctest_kernel_build_assert_rs_1),
    KUNIT_CASE(rust_doctest_kernel_debugfs_rs_0),
    KUNIT_CASE(rust_doctest_kernel_debugfs_rs_1),
    KUNIT_CASE(rust_doctest_kernel_debugfs_rs_2),
    KUNIT_CASE(rust_doctest_kernel_debugfs_rs_3),
    KUNIT_CASE(rust_doctest_kernel_debugfs_rs_4),
    KUNIT_CASE(rust_doctest_kernel_debugfs_rs_5),
    KUNIT_CASE(rust_doctest_kernel_device_rs_0),
    KUNIT_CASE(rust_doctest_kernel_device_rs_1),
    KUNIT_CASE(rust_doctest_kernel_error_rs_0),
    KUNIT_CASE(rust_doctest_kernel_error_rs_1),
    KUNIT_CASE(rust_doctest_kernel_error_rs_2),
    KUNIT_CASE(rust_doctest_kernel_error_rs_3),
    KUNIT_CASE(rust_doctest_kernel_error_rs_4),
    KUNIT_CASE(rust_doctest_kernel_error_rs_5),
    KUNIT_CASE(rust_doctest_kernel_error_rs_6),
    KUNIT_CASE(rust_doctest_kernel_error_rs_7),
    KUNIT_CASE(rust_doctest_kernel_error_rs_8),
    KUNIT_CASE(rust_doctest_kernel_error_rs_9),
    KUNIT_CASE(rust_doctest_kernel_error_rs_10),
    KUNIT_CASE(rust_doctest_kernel_error_rs_11),
    KUNIT_CASE(rust_doctest_kernel_init_rs_0),
    KUNIT_CASE(rust_doctest_kernel_init_rs_1),
    KUNIT_CASE(rust_doctest_kernel_kunit_rs_0),
    KUNIT_CASE(rust_doctest_kernel_kunit_rs_2),
    KUNIT_CASE(rust_doctest_kernel_kunit_rs_3),
    KUNIT_CASE(rust_doctest_kernel_kunit_rs_4),
    KUNIT_CASE(rust_doctest_kernel_kunit_rs_5),
    KUNIT_CASE(rust_doctest_kernel_lib_rs_0),
    KUNIT_CASE(rust_doctest_kernel_lib_rs_1),
    KUNIT_CASE(rust_doctest_kernel_lib_rs_2),
    KUNIT_CASE(rust_doctest_kernel_lib_rs_3),
    KUNIT_CASE(rust_doctest_kernel_lib_rs_4),
    KUNIT_CASE(rust_doctest_kernel_list_rs_0),
    KUNIT_CASE(rust_doctest_kernel_list_rs_1),
    KUNIT_CASE(rust_doctest_kernel_list_rs_2),
    KUNIT_CASE(rust_doctest_kernel_list_rs_3),
    KUNIT_CASE(rust_doctest_kernel_list_rs_4),
    KUNIT_CASE(rust_doctest_kernel_list_rs_5),
    KUNIT_CASE(rust_doctest_kernel_page_rs_0),
    KUNIT_CASE(rust_doctest_kernel_page_rs_1),
    KUNIT_CASE(rust_doctest_kernel_page_rs_2),
    KUNIT_CASE(rust_doctest_kernel_page_rs_3),
    KUNIT_CASE(rust_doctest_kernel_page_rs_4),
    KUNIT_CASE(rust_doctest_kernel_page_rs_5),
    KUNIT_CASE(rust_doctest_kernel_page_rs_6),
    KUNIT_CASE(rust_doctest_kernel_page_rs_7),
    KUNIT_CASE(rust_doctest_kernel_prelude_rs_0),
    KUNIT_CASE(rust_doctest_kernel_print_rs_0),
    KUNIT_CASE(rust_doctest_kernel_print_rs_1),
    KUNIT_CASE(rust_doctest_kernel_print_rs_2),
    KUNIT_CASE(rust_doctest_kernel_print_rs_3),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_0),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_1),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_2),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_3),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_4),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_5),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_6),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_7),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_8),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_10),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_11),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_12),
    KUNIT_CASE(rust_doctest_kernel_static_assert_rs_13),
    KUNIT_CASE(rust_doctest_kernel_str_rs_0),
    KUNIT_CASE(rust_doctest_kernel_str_rs_1),
    KUNIT_CASE(rust_doctest_kernel_str_rs_2),
    KUNIT_CASE(rust_doctest_kernel_str_rs_3),
    KUNIT_CASE(rust_doctest_kernel_str_rs_4),
    KUNIT_CASE(rust_doctest_kernel_str_rs_5),
    KUNIT_CASE(rust_doctest_kernel_str_rs_6),
    KUNIT_CASE(rust_doctest_kernel_str_rs_7),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_0),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_1),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_2),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_3),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_4),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_5),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_6),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_7),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_8),
    KUNIT_CASE(rust_doctest_kernel_sync_arc_rs_9),
    KUNIT_CASE(rust_doctest_kernel_sync_lock_mutex_rs_0),
    KUNIT_CASE(rust_doctest_kernel_sync_lock_rs_0),
    KUNIT_CASE(rust_doctest_kernel_sync_lock_rs_1),
    KUNIT_CASE(rust_doctest_kernel_sync_lock_rs_2),
    KUNIT_CASE(rust_doctest_kernel_sync_lock_spinlock_rs_0),
    KUNIT_CASE(rust_doctest_kernel_sync_rs_0),
    KUNIT_CASE(rust_doctest_kernel_sync_rs_1),
    KUNIT_CASE(rust_doctest_kernel_sync_rs_2),
    KUNIT_CASE(rust_doctest_kernel_sync_rs_3),
    KUNIT_CASE(rust_doctest_kernel_task_rs_0),
    KUNIT_CASE(rust_doctest_kernel_task_rs_1),
    KUNIT_CASE(rust_doctest_kernel_task_rs_2),
    KUNIT_CASE(rust_doctest_kernel_task_rs_3),
    KUNIT_CASE(rust_doctest_kernel_task_rs_4),
    KUNIT_CASE(rust_doctest_kernel_task_rs_5),
    KUNIT_CASE(rust_doctest_kernel_task_rs_6),
    KUNIT_CASE(rust_doctest_kernel_task_rs_7),
    KUNIT_CASE(rust_doctest_kernel_task_rs_8),
    KUNIT_CASE(rust_doctest_kernel_task_rs_9),
    KUNIT_CASE(rust_doctest_kernel_task_rs_10),
    KUNIT_CASE(rust_doctest_kernel_task_rs_11),
    KUNIT_CASE(rust_doctest_kernel_task_rs_12),
    KUNIT_CASE(rust_doctest_kernel_task_rs_13),
    KUNIT_CASE(rust_doctest_kernel_time_rs_0),
    KUNIT_CASE(rust_doctest_kernel_time_rs_1),
    KUNIT_CASE(rust_doctest_kernel_time_rs_2),
    KUNIT_CASE(rust_doctest_kernel_time_rs_3),
    KUNIT_CASE(rust_doctest_kernel_time_rs_4),
    KUNIT_CASE(rust_doctest_kernel_time_rs_5),
    KUNIT_CASE(rust_doctest_kernel_time_rs_6),
    KUNIT_CASE(rust_doctest_kernel_time_rs_7),
    KUNIT_CASE(rust_doctest_kernel_time_rs_8),
    KUNIT_CASE(rust_doctest_kernel_time_rs_9),
    KUNIT_CASE(rust_doctest_kernel_time_rs_10),
    KUNIT_CASE(rust_doctest_kernel_types_rs_0),
    KUNIT_CASE(rust_doctest_kernel_types_rs_1),
    KUNIT_CASE(rust_doctest_kernel_types_rs_2),
    KUNIT_CASE(rust_doctest_kernel_types_rs_3),
    KUNIT_CASE(rust_doctest_kernel_types_rs_4),
    KUNIT_CASE(rust_doctest_kernel_types_rs_5),
    KUNIT_CASE(rust_doctest_kernel_types_rs_6),
    KUNIT_CASE(rust_doctest_kernel_types_rs_7),
    KUNIT_CASE(rust_doctest_kernel_types_rs_8),
    KUNIT_CASE(rust_doctest_kernel_types_rs_9),
    KUNIT_CASE(rust_doctest_kernel_types_rs_10),
    KUNIT_CASE(rust_doctest_kernel_types_rs_11),
    KUNIT_CASE(rust_doctest_kernel_types_rs_12),
    KUNIT_CASE(rust_doctest_kernel_uaccess_rs_0),
    KUNIT_CASE(rust_doctest_kernel_uaccess_rs_1),
    KUNIT_CASE(rust_doctest_kernel_uaccess_rs_2),
    KUNIT_CASE(rust_doctest_kernel_uaccess_rs_3),
    KUNIT_CASE(rust_doctest_kernel_uaccess_rs_4),
    KUNIT_CASE(rust_doctest_kernel_uaccess_rs_5),
    KUNIT_CASE(rust_doctest_kernel_uaccess_rs_6),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_0),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_1),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_2),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_3),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_4),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_5),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_6),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_7),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_8),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_9),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_10),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_11),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_12),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_13),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_14),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_15),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_16),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_17),
    KUNIT_CASE(rust_doctest_kernel_workqueue_rs_18),
    { }
};

static struct kunit_suite test_suite = {
    .name = "rust_doctests_kernel",
    .test_cases = test_cases,
};

kunit_test_suite(test_suite);

MODULE_LICENSE("GPL");
