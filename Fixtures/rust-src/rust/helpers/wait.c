// SPDX-License-Identifier: GPL-2.0

#include <linux/wait.h>

#define RUST_WAIT_HELPER(name, type)					\
	void rust_helper_##name(type *wq)				\
	{								\
		name(wq);						\
	}

RUST_WAIT_HELPER(init_wait, struct wait_queue_entry)
