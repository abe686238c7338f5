// SPDX-License-Identifier: GPL-2.0

#include <linux/cpumask.h>

__rust_helper void rust_helper_cpumask_set_cpu(unsigned int cpu, struct cpumask *dstp)
{
	cpumask_set_cpu(cpu, dstp);
}

#ifndef CONFIG_CPUMASK_OFFSTACK
__rust_helper bool rust_helper_alloc_cpumask_var(cpumask_var_t *mask, gfp_t flags)
{
	return alloc_cpumask_var(mask, flags);
}
#else
bool rust_helper_alloc_cpumask_var(cpumask_var_t *mask, gfp_t flags)
{
	return alloc_cpumask_var(mask, flags);
}
#endif

#if IS_ENABLED(CONFIG_DEBUG_PER_CPU_MAPS)
__rust_helper void rust_helper_cpumask_check(unsigned int cpu)
{
	cpumask_check(cpu);
}
#elif defined(CONFIG_SMP)
__rust_helper void rust_helper_cpumask_check(unsigned int cpu)
{
}
#endif
