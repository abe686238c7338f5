// SPDX-License-Identifier: GPL-2.0

#include <linux/mutex.h>

void rust_helper_mutex_unlock(struct mutex *lock)
{
	mutex_unlock(lock);
}
