/*
 * `kernel` crate documentation tests.
 */

#include <kunit/test.h>

void rust_doctest_kernel_alloc__kbox__Box_MaybeUninit_T_A__write_0(struct kunit *);
void rust_doctest_kernel_alloc__kbox__Box_0(struct kunit *);
void rust_doctest_kernel_alloc__kbox__Box_1(struct kunit *);
void rust_doctest_kernel_alloc__kbox__KBox_0(struct kunit *);
void rust_doctest_kernel_alloc__kbox__Box_T_A__into_raw_0(struct kunit *);
void rust_doctest_kernel_alloc__kvec__VVec_0(struct kunit *);
void rust_doctest_kernel_alloc__kvec__Vec_T_A__push_0(struct kunit *);
void rust_doctest_kernel_alloc__kvec__Vec_T_A__pop_0(struct kunit *);
void rust_doctest_kernel_alloc__kvec__Vec_T_A__reserve_0(struct kunit *);
void rust_doctest_kernel_alloc__kvec__Vec_T_A__extend_with_0(struct kunit *);
void rust_doctest_kernel_alloc__kvec__kvec_0(struct kunit *);
void rust_doctest_kernel_alloc__kvec__KVec_0(struct kunit *);
void rust_doctest_kernel_alloc__Allocator__alloc_0(struct kunit *);
void rust_doctest_kernel_alloc__Flags_0(struct kunit *);
void rust_doctest_kernel_alloc__flags__GFP_KERNEL_0(struct kunit *);
void rust_doctest_kernel_build_assert__build_error_0(struct kunit *);
void rust_doctest_kernel_build_assert__build_assert_0(struct kunit *);
void rust_doctest_kernel_debugfs__documented_only_0(struct kunit *);
void rust_doctest_kernel_debugfs__doctest_only_0(struct kunit *);
void rust_doctest_kernel_debugfs__gated_text_0(struct kunit *);
void rust_doctest_kernel_debugfs__nested_0(struct kunit *);
void rust_doctest_kernel_debugfs__Dir_0(struct kunit *);
void rust_doctest_kernel_debugfs__Dir__subdir_0(struct kunit *);
void rust_doctest_kernel_device__Device_Ctx__pr_err_0(struct kunit *);
void rust_doctest_kernel_device__dev_err_0(struct kunit *);
void rust_doctest_kernel_error__Error__name_0(struct kunit *);
void rust_doctest_kernel_error__Result_0(struct kunit *);
void rust_doctest_kernel_error__Result_1(struct kunit *);
void rust_doctest_kernel_error__code__EPERM_0(struct kunit *);
void rust_doctest_kernel_error__code__ENOENT_0(struct kunit *);
void rust_doctest_kernel_error__code__ESRCH_0(struct kunit *);
void rust_doctest_kernel_error__code__EINTR_0(struct kunit *);
void rust_doctest_kernel_error__code__EIO_0(struct kunit *);
void rust_doctest_kernel_error__code__ENOMEM_0(struct kunit *);
void rust_doctest_kernel_error__code__EINVAL_0(struct kunit *);
void rust_doctest_kernel_error__code__ERANGE_0(struct kunit *);
void rust_doctest_kernel_error__Error__from_errno_0(struct kunit *);
void rust_doctest_kernel_init__InPlaceInit__pin_init_0(struct kunit *);
void rust_doctest_kernel_init__try_init_0(struct kunit *);
void rust_doctest_kernel_kunit__in_kunit_test_0(struct kunit *);
void rust_doctest_kernel_kunit__harness_examples_1(struct kunit *);
void rust_doctest_kernel_kunit__harness_examples_2(struct kunit *);
void rust_doctest_kernel_kunit__tests__helper_0(struct kunit *);
void rust_doctest_kernel_kunit__kunit_assert_0(struct kunit *);
void rust_doctest_kernel_Module_0(struct kunit *);
void rust_doctest_kernel_crate_0(struct kunit *);
void rust_doctest_kernel_container_of_0(struct kunit *);
void rust_doctest_kernel_asm_0(struct kunit *);
void rust_doctest_kernel_crate_1(struct kunit *);
void rust_doctest_kernel_list__List_T_ID__is_empty_0(struct kunit *);
void rust_doctest_kernel_list__List_T_ID__push_back_0(struct kunit *);
void rust_doctest_kernel_list__Iter_a_T_ID__next_0(struct kunit *);
void rust_doctest_kernel_list__List_0(struct kunit *);
void rust_doctest_kernel_list_0(struct kunit *);
void rust_doctest_kernel_list__ListItem_0(struct kunit *);
void rust_doctest_kernel_page____0(struct kunit *);
void rust_doctest_kernel_page_______0(struct kunit *);
void rust_doctest_kernel_page_____gr_e_0(struct kunit *);
void rust_doctest_kernel_page__PAGE_SIZE_0(struct kunit *);
void rust_doctest_kernel_page__page_align_0(struct kunit *);
void rust_doctest_kernel_page__Page__alloc_page_0(struct kunit *);
void rust_doctest_kernel_page__Page__alloc_page_1(struct kunit *);
void rust_doctest_kernel_page__Gr_e_0(struct kunit *);
void rust_doctest_kernel_prelude_0(struct kunit *);
void rust_doctest_kernel_print__pr_debug_0(struct kunit *);
void rust_doctest_kernel_print__net_printk_0(struct kunit *);
void rust_doctest_kernel_print__pr_emerg_0(struct kunit *);
void rust_doctest_kernel_print__pr_info_0(struct kunit *);
void rust_doctest_kernel_static_assert__ClassesAndUnknown_4(struct kunit *);
void rust_doctest_kernel_static_assert__ClassesAndUnknown_5(struct kunit *);
void rust_doctest_kernel_static_assert__NotRust_0(struct kunit *);
void rust_doctest_kernel_static_assert__NotRust_1(struct kunit *);
void rust_doctest_kernel_static_assert__static_assert_0(struct kunit *);
void rust_doctest_kernel_static_assert__RunModes_0(struct kunit *);
void rust_doctest_kernel_static_assert__RunModes_1(struct kunit *);
void rust_doctest_kernel_static_assert__RunModes_2(struct kunit *);
void rust_doctest_kernel_static_assert__RunModes_3(struct kunit *);
void rust_doctest_kernel_static_assert__ClassesAndUnknown_0(struct kunit *);
void rust_doctest_kernel_static_assert__ClassesAndUnknown_1(struct kunit *);
void rust_doctest_kernel_static_assert__ClassesAndUnknown_2(struct kunit *);
void rust_doctest_kernel_static_assert__ClassesAndUnknown_3(struct kunit *);
void rust_doctest_kernel_str__CStr__to_str_0(struct kunit *);
void rust_doctest_kernel_str__CStr__to_ascii_uppercase_0(struct kunit *);
void rust_doctest_kernel_str__after_traps_0(struct kunit *);
void rust_doctest_kernel_str__c_str_0(struct kunit *);
void rust_doctest_kernel_str__CString_0(struct kunit *);
void rust_doctest_kernel_str__BStr__strip_prefix_0(struct kunit *);
void rust_doctest_kernel_str__BStr__fmt_0(struct kunit *);
void rust_doctest_kernel_str__b_str_0(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_T__new_0(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_T__ptr_eq_0(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_T__into_unique_or_drop_0(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_T__into_unique_or_drop_1(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_T__drop_0(struct kunit *);
void rust_doctest_kernel_sync__arc__ArcBorrow_0(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_T__from_0(struct kunit *);
void rust_doctest_kernel_sync__arc__UniqueArc_0(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_0(struct kunit *);
void rust_doctest_kernel_sync__arc__Arc_1(struct kunit *);
void rust_doctest_kernel_sync__lock__mutex__Mutex_0(struct kunit *);
void rust_doctest_kernel_sync__lock__Lock_T_B__lock_0(struct kunit *);
void rust_doctest_kernel_sync__lock__Guard_a_T_B__lock_ref_0(struct kunit *);
void rust_doctest_kernel_sync__lock__Backend__MAY_SLEEP_0(struct kunit *);
void rust_doctest_kernel_sync__lock__spinlock__SpinLock_0(struct kunit *);
void rust_doctest_kernel_sync__barrier__smp_mb_0(struct kunit *);
void rust_doctest_kernel_sync__LockClassKey__new_dynamic_0(struct kunit *);
void rust_doctest_kernel_sync__static_lock_class_0(struct kunit *);
void rust_doctest_kernel_sync__barrier_0(struct kunit *);
void rust_doctest_kernel_task__Nice_0(struct kunit *);
void rust_doctest_kernel_task__Policy_0(struct kunit *);
void rust_doctest_kernel_task__Priority_0(struct kunit *);
void rust_doctest_kernel_task__SchedStats_0(struct kunit *);
void rust_doctest_kernel_task__SchedInfo_0(struct kunit *);
void rust_doctest_kernel_task__Hidden_0(struct kunit *);
void rust_doctest_kernel_task__Task__pid_0(struct kunit *);
void rust_doctest_kernel_task__current_0(struct kunit *);
void rust_doctest_kernel_task__Task_0(struct kunit *);
void rust_doctest_kernel_task__CurrentTask_0(struct kunit *);
void rust_doctest_kernel_task__Pid_0(struct kunit *);
void rust_doctest_kernel_task__Kuid_0(struct kunit *);
void rust_doctest_kernel_task__Tgid_0(struct kunit *);
void rust_doctest_kernel_task__Session_0(struct kunit *);
void rust_doctest_kernel_time__Ktime__to_ms_0(struct kunit *);
void rust_doctest_kernel_time__ClockId_0(struct kunit *);
void rust_doctest_kernel_time__ClockId__RealTime_0(struct kunit *);
void rust_doctest_kernel_time__RawStamp_0(struct kunit *);
void rust_doctest_kernel_time__RawStamp__words_0(struct kunit *);
void rust_doctest_kernel_time__NSEC_PER_MSEC_0(struct kunit *);
void rust_doctest_kernel_time__Delta__ZERO_0(struct kunit *);
void rust_doctest_kernel_time__JIFFIES_SNAPSHOT_0(struct kunit *);
void rust_doctest_kernel_time__CLOCK_NAMES_0(struct kunit *);
void rust_doctest_kernel_time__Ktime_0(struct kunit *);
void rust_doctest_kernel_time__Ktime__inner_0(struct kunit *);
void rust_doctest_kernel_types__ScopeGuard_1(struct kunit *);
void rust_doctest_kernel_types__ScopeGuard_2(struct kunit *);
void rust_doctest_kernel_types__AlwaysRefCounted_0(struct kunit *);
void rust_doctest_kernel_types__ARef_T__deref_0(struct kunit *);
void rust_doctest_kernel_types__aT__describe_0(struct kunit *);
void rust_doctest_kernel_types__amut_u8__describe_0(struct kunit *);
void rust_doctest_kernel_types__dynDescribe_Send__loud_0(struct kunit *);
void rust_doctest_kernel_types__T_2__describe_0(struct kunit *);
void rust_doctest_kernel_types__fn_F_F__describe_0(struct kunit *);
void rust_doctest_kernel_types__u8_u16__describe_0(struct kunit *);
void rust_doctest_kernel_types__ForeignOwnable__into_foreign_0(struct kunit *);
void rust_doctest_kernel_types_____into_foreign_0(struct kunit *);
void rust_doctest_kernel_types__ScopeGuard_0(struct kunit *);
void rust_doctest_kernel_uaccess__after_byte_strings_0(struct kunit *);
void rust_doctest_kernel_uaccess__star_slash_0(struct kunit *);
void rust_doctest_kernel_uaccess__empty_block_comments_0(struct kunit *);
void rust_doctest_kernel_uaccess__after_numbers_0(struct kunit *);
void rust_doctest_kernel_uaccess__UserSlice_0(struct kunit *);
void rust_doctest_kernel_uaccess__after_lifetimes_0(struct kunit *);
void rust_doctest_kernel_uaccess__after_strings_0(struct kunit *);
void rust_doctest_kernel_workqueue__Queue_3(struct kunit *);
void rust_doctest_kernel_workqueue__Queue_4(struct kunit *);
void rust_doctest_kernel_workqueue__Queue_5(struct kunit *);
void rust_doctest_kernel_workqueue__Queue_6(struct kunit *);
void rust_doctest_kernel_workqueue__Queue_7(struct kunit *);
void rust_doctest_kernel_workqueue__Queue_8(struct kunit *);
void rust_doctest_kernel_workqueue__Queue_9(struct kunit *);
void rust_doctest_kernel_workqueue__Queue_10(struct kunit *);
void rust_doctest_kernel_workqueue__Work_0(struct kunit *);
void rust_doctest_kernel_workqueue__Work_1(struct kunit *);
void rust_doctest_kernel_workqueue__Work_2(struct kunit *);
void rust_doctest_kernel_workqueue__Queue__enqueue_0(struct kunit *);
void rust_doctest_kernel_workqueue__Queue__enqueue_1(struct kunit *);
void rust_doctest_kernel_workqueue__Queue__enqueue_2(struct kunit *);
void rust_doctest_kernel_workqueue__Queue__try_spawn_0(struct kunit *);
void rust_doctest_kernel_workqueue_0(struct kunit *);
void rust_doctest_kernel_workqueue__Queue_0(struct kunit *);
void rust_doctest_kernel_workqueue__Queue_1(struct kunit *);
void rust_doctest_kernel_workqueue__Queue_2(struct kunit *);

static struct kunit_case test_cases[] = {
    KUNIT_CASE(rust_doctest_kernel_alloc__kbox__Box_MaybeUninit_T_A__write_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__kbox__Box_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__kbox__Box_1),
    KUNIT_CASE(rust_doctest_kernel_alloc__kbox__KBox_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__kbox__Box_T_A__into_raw_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__kvec__VVec_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__kvec__Vec_T_A__push_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__kvec__Vec_T_A__pop_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__kvec__Vec_T_A__reserve_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__kvec__Vec_T_A__extend_with_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__kvec__kvec_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__kvec__KVec_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__Allocator__alloc_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__Flags_0),
    KUNIT_CASE(rust_doctest_kernel_alloc__flags__GFP_KERNEL_0),
    KUNIT_CASE(rust_doctest_kernel_build_assert__build_error_0),
    KUNIT_CASE(rust_doctest_kernel_build_assert__build_assert_0),
    KUNIT_CASE(rust_doctest_kernel_debugfs__documented_only_0),
    KUNIT_CASE(rust_doctest_kernel_debugfs__doctest_only_0),
    KUNIT_CASE(rust_doctest_kernel_debugfs__gated_text_0),
    KUNIT_CASE(rust_doctest_kernel_debugfs__nested_0),
    KUNIT_CASE(rust_doctest_kernel_debugfs__Dir_0),
    KUNIT_CASE(rust_doctest_kernel_debugfs__Dir__subdir_0),
    KUNIT_CASE(rust_doctest_kernel_device__Device_Ctx__pr_err_0),
    KUNIT_CASE(rust_doctest_kernel_device__dev_err_0),
    KUNIT_CASE(rust_doctest_kernel_error__Error__name_0),
    KUNIT_CASE(rust_doctest_kernel_error__Result_0),
    KUNIT_CASE(rust_doctest_kernel_error__Result_1),
    KUNIT_CASE(rust_doctest_kernel_error__code__EPERM_0),
    KUNIT_CASE(rust_doctest_kernel_error__code__ENOENT_0),
    KUNIT_CASE(rust_doctest_kernel_error__code__ESRCH_0),
    KUNIT_CASE(rust_doctest_kernel_error__code__EINTR_0),
    KUNIT_CASE(rust_doctest_kernel_error__code__EIO_0),
    KUNIT_CASE(rust_doctest_kernel_error__code__ENOMEM_0),
    KUNIT_CASE(rust_doctest_kernel_error__code__EINVAL_0),
    KUNIT_CASE(rust_doctest_kernel_error__code__ERANGE_0),
    KUNIT_CASE(rust_doctest_kernel_error__Error__from_errno_0),
    KUNIT_CASE(rust_doctest_kernel_init__InPlaceInit__pin_init_0),
    KUNIT_CASE(rust_doctest_kernel_init__try_init_0),
    KUNIT_CASE(rust_doctest_kernel_kunit__in_kunit_test_0),
    KUNIT_CASE(rust_doctest_kernel_kunit__harness_examples_1),
    KUNIT_CASE(rust_doctest_kernel_kunit__harness_examples_2),
    KUNIT_CASE(rust_doctest_kernel_kunit__tests__helper_0),
    KUNIT_CASE(rust_doctest_kernel_kunit__kunit_assert_0),
    KUNIT_CASE(rust_doctest_kernel_Module_0),
    KUNIT_CASE(rust_doctest_kernel_crate_0),
    KUNIT_CASE(rust_doctest_kernel_container_of_0),
    KUNIT_CASE(rust_doctest_kernel_asm_0),
    KUNIT_CASE(rust_doctest_kernel_crate_1),
    KUNIT_CASE(rust_doctest_kernel_list__List_T_ID__is_empty_0),
    KUNIT_CASE(rust_doctest_kernel_list__List_T_ID__push_back_0),
    KUNIT_CASE(rust_doctest_kernel_list__Iter_a_T_ID__next_0),
    KUNIT_CASE(rust_doctest_kernel_list__List_0),
    KUNIT_CASE(rust_doctest_kernel_list_0),
    KUNIT_CASE(rust_doctest_kernel_list__ListItem_0),
    KUNIT_CASE(rust_doctest_kernel_page____0),
    KUNIT_CASE(rust_doctest_kernel_page_______0),
    KUNIT_CASE(rust_doctest_kernel_page_____gr_e_0),
    KUNIT_CASE(rust_doctest_kernel_page__PAGE_SIZE_0),
    KUNIT_CASE(rust_doctest_kernel_page__page_align_0),
    KUNIT_CASE(rust_doctest_kernel_page__Page__alloc_page_0),
    KUNIT_CASE(rust_doctest_kernel_page__Page__alloc_page_1),
    KUNIT_CASE(rust_doctest_kernel_page__Gr_e_0),
    KUNIT_CASE(rust_doctest_kernel_prelude_0),
    KUNIT_CASE(rust_doctest_kernel_print__pr_debug_0),
    KUNIT_CASE(rust_doctest_kernel_print__net_printk_0),
    KUNIT_CASE(rust_doctest_kernel_print__pr_emerg_0),
    KUNIT_CASE(rust_doctest_kernel_print__pr_info_0),
    KUNIT_CASE(rust_doctest_kernel_static_assert__ClassesAndUnknown_4),
    KUNIT_CASE(rust_doctest_kernel_static_assert__ClassesAndUnknown_5),
    KUNIT_CASE(rust_doctest_kernel_static_assert__NotRust_0),
    KUNIT_CASE(rust_doctest_kernel_static_assert__NotRust_1),
    KUNIT_CASE(rust_doctest_kernel_static_assert__static_assert_0),
    KUNIT_CASE(rust_doctest_kernel_static_assert__RunModes_0),
    KUNIT_CASE(rust_doctest_kernel_static_assert__RunModes_1),
    KUNIT_CASE(rust_doctest_kernel_static_assert__RunModes_2),
    KUNIT_CASE(rust_doctest_kernel_static_assert__RunModes_3),
    KUNIT_CASE(rust_doctest_kernel_static_assert__ClassesAndUnknown_0),
    KUNIT_CASE(rust_doctest_kernel_static_assert__ClassesAndUnknown_1),
    KUNIT_CASE(rust_doctest_kernel_static_assert__ClassesAndUnknown_2),
    KUNIT_CASE(rust_doctest_kernel_static_assert__ClassesAndUnknown_3),
    KUNIT_CASE(rust_doctest_kernel_str__CStr__to_str_0),
    KUNIT_CASE(rust_doctest_kernel_str__CStr__to_ascii_uppercase_0),
    KUNIT_CASE(rust_doctest_kernel_str__after_traps_0),
    KUNIT_CASE(rust_doctest_kernel_str__c_str_0),
    KUNIT_CASE(rust_doctest_kernel_str__CString_0),
    KUNIT_CASE(rust_doctest_kernel_str__BStr__strip_prefix_0),
    KUNIT_CASE(rust_doctest_kernel_str__BStr__fmt_0),
    KUNIT_CASE(rust_doctest_kernel_str__b_str_0),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_T__new_0),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_T__ptr_eq_0),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_T__into_unique_or_drop_0),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_T__into_unique_or_drop_1),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_T__drop_0),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__ArcBorrow_0),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_T__from_0),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__UniqueArc_0),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_0),
    KUNIT_CASE(rust_doctest_kernel_sync__arc__Arc_1),
    KUNIT_CASE(rust_doctest_kernel_sync__lock__mutex__Mutex_0),
    KUNIT_CASE(rust_doctest_kernel_sync__lock__Lock_T_B__lock_0),
    KUNIT_CASE(rust_doctest_kernel_sync__lock__Guard_a_T_B__lock_ref_0),
    KUNIT_CASE(rust_doctest_kernel_sync__lock__Backend__MAY_SLEEP_0),
    KUNIT_CASE(rust_doctest_kernel_sync__lock__spinlock__SpinLock_0),
    KUNIT_CASE(rust_doctest_kernel_sync__barrier__smp_mb_0),
    KUNIT_CASE(rust_doctest_kernel_sync__LockClassKey__new_dynamic_0),
    KUNIT_CASE(rust_doctest_kernel_sync__static_lock_class_0),
    KUNIT_CASE(rust_doctest_kernel_sync__barrier_0),
    KUNIT_CASE(rust_doctest_kernel_task__Nice_0),
    KUNIT_CASE(rust_doctest_kernel_task__Policy_0),
    KUNIT_CASE(rust_doctest_kernel_task__Priority_0),
    KUNIT_CASE(rust_doctest_kernel_task__SchedStats_0),
    KUNIT_CASE(rust_doctest_kernel_task__SchedInfo_0),
    KUNIT_CASE(rust_doctest_kernel_task__Hidden_0),
    KUNIT_CASE(rust_doctest_kernel_task__Task__pid_0),
    KUNIT_CASE(rust_doctest_kernel_task__current_0),
    KUNIT_CASE(rust_doctest_kernel_task__Task_0),
    KUNIT_CASE(rust_doctest_kernel_task__CurrentTask_0),
    KUNIT_CASE(rust_doctest_kernel_task__Pid_0),
    KUNIT_CASE(rust_doctest_kernel_task__Kuid_0),
    KUNIT_CASE(rust_doctest_kernel_task__Tgid_0),
    KUNIT_CASE(rust_doctest_kernel_task__Session_0),
    KUNIT_CASE(rust_doctest_kernel_time__Ktime__to_ms_0),
    KUNIT_CASE(rust_doctest_kernel_time__ClockId_0),
    KUNIT_CASE(rust_doctest_kernel_time__ClockId__RealTime_0),
    KUNIT_CASE(rust_doctest_kernel_time__RawStamp_0),
    KUNIT_CASE(rust_doctest_kernel_time__RawStamp__words_0),
    KUNIT_CASE(rust_doctest_kernel_time__NSEC_PER_MSEC_0),
    KUNIT_CASE(rust_doctest_kernel_time__Delta__ZERO_0),
    KUNIT_CASE(rust_doctest_kernel_time__JIFFIES_SNAPSHOT_0),
    KUNIT_CASE(rust_doctest_kernel_time__CLOCK_NAMES_0),
    KUNIT_CASE(rust_doctest_kernel_time__Ktime_0),
    KUNIT_CASE(rust_doctest_kernel_time__Ktime__inner_0),
    KUNIT_CASE(rust_doctest_kernel_types__ScopeGuard_1),
    KUNIT_CASE(rust_doctest_kernel_types__ScopeGuard_2),
    KUNIT_CASE(rust_doctest_kernel_types__AlwaysRefCounted_0),
    KUNIT_CASE(rust_doctest_kernel_types__ARef_T__deref_0),
    KUNIT_CASE(rust_doctest_kernel_types__aT__describe_0),
    KUNIT_CASE(rust_doctest_kernel_types__amut_u8__describe_0),
    KUNIT_CASE(rust_doctest_kernel_types__dynDescribe_Send__loud_0),
    KUNIT_CASE(rust_doctest_kernel_types__T_2__describe_0),
    KUNIT_CASE(rust_doctest_kernel_types__fn_F_F__describe_0),
    KUNIT_CASE(rust_doctest_kernel_types__u8_u16__describe_0),
    KUNIT_CASE(rust_doctest_kernel_types__ForeignOwnable__into_foreign_0),
    KUNIT_CASE(rust_doctest_kernel_types_____into_foreign_0),
    KUNIT_CASE(rust_doctest_kernel_types__ScopeGuard_0),
    KUNIT_CASE(rust_doctest_kernel_uaccess__after_byte_strings_0),
    KUNIT_CASE(rust_doctest_kernel_uaccess__star_slash_0),
    KUNIT_CASE(rust_doctest_kernel_uaccess__empty_block_comments_0),
    KUNIT_CASE(rust_doctest_kernel_uaccess__after_numbers_0),
    KUNIT_CASE(rust_doctest_kernel_uaccess__UserSlice_0),
    KUNIT_CASE(rust_doctest_kernel_uaccess__after_lifetimes_0),
    KUNIT_CASE(rust_doctest_kernel_uaccess__after_strings_0),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue_3),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue_4),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue_5),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue_6),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue_7),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue_8),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue_9),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue_10),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Work_0),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Work_1),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Work_2),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue__enqueue_0),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue__enqueue_1),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue__enqueue_2),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue__try_spawn_0),
    KUNIT_CASE(rust_doctest_kernel_workqueue_0),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue_0),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue_1),
    KUNIT_CASE(rust_doctest_kernel_workqueue__Queue_2),
    { }
};

static struct kunit_suite test_suite = {
    .name = "rust_doctests_kernel",
    .test_cases = test_cases,
};

kunit_test_suite(test_suite);

MODULE_LICENSE("GPL");
