// SPDX-License-Identifier: GPL-2.0

#include <linux/sched/task.h>

__rust_helper struct task_struct *rust_helper_get_current(void)
{
	return current;
}

#ifdef CONFIG_PREEMPT_RT
__rust_helper void rust_helper_might_resched(void)
{
	might_resched();
}
#else
__rust_helper void rust_helper_might_resched(void)
{
}
#endif
