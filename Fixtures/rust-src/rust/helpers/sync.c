// SPDX-License-Identifier: GPL-2.0

#include <linux/lockdep.h>

#define RUST_HELPER_LOCKDEP_KEY(op)					\
	__rust_helper void rust_helper_lockdep_##op##_key(struct lock_class_key *k) \
	{								\
		lockdep_##op##_key(k);					\
	}

RUST_HELPER_LOCKDEP_KEY(register)
RUST_HELPER_LOCKDEP_KEY(unregister)

__rust_helper struct lock_class_key *rust_helper_lockdep_static_key(void)
{
	static struct lock_class_key key;
	return &key;
}
