// SPDX-License-Identifier: GPL-2.0

#include <linux/errname.h>

/* Not a helper: a constant bindgen reads. Must not be mistaken for a function. */
const gfp_t RUST_CONST_HELPER_GFP_KERNEL = GFP_KERNEL;

static const struct {
	int value;
} rust_helper_table[] = { { 1 }, { 2 } };

__rust_helper const char *rust_helper_errname(int err)
{
	return errname(err);
}
