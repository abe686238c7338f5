// SPDX-License-Identifier: GPL-2.0

#include <linux/refcount.h>

void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}
