// SPDX-License-Identifier: GPL-2.0
/*
 * Sorted alphabetically.
 */

#include <linux/compiler_types.h>

#ifdef __BINDGEN__
#define __rust_helper
#else
#define __rust_helper __always_inline
#endif

#include "broken.c"
#include "mutex.c"
