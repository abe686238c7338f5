// SPDX-License-Identifier: GPL-2.0

#include <linux/mutex.h>

#ifndef __rust_helper
#define __rust_helper
#endif

void __rust_helper rust_helper_mutex_lock(struct mutex *lock)
{
	mutex_lock(lock);
}

static __rust_helper void rust_helper_mutex_unlock(struct mutex *lock)
{
	mutex_unlock(lock);
}

__rust_helper static int mutex_count(struct mutex *lock)
{
	return 0;
}
