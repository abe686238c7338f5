// SPDX-License-Identifier: GPL-2.0
/*
 * Non-trivial C macros cannot be used in Rust. Similarly, inlined C functions
 * cannot be called either. This file explicitly creates functions ("helpers")
 * that wrap those so that they can be called from Rust.
 *
 * Sorted alphabetically.
 */

#include <linux/compiler_types.h>

#ifdef __BINDGEN__
// Omit `inline` for bindgen as it ignores inline functions.
#define __rust_helper
#else
// The helper functions are all inline functions.
#define __rust_helper __always_inline
#endif

#include "atomic.c"
#include "blk.c"
#include "bug.c"
#include "build_bug.c"
#include "cpufreq.c"
#include "cpumask.c"
#include "err.c"
#include "kunit.c"
#include "mutex.c"
#include "net/genetlink.c"
#include "refcount.c"
#include "spinlock.c"
#include "sync.c"
#include "uaccess.c"
#include "vmalloc.c"
#include "wait.c"
#include "workqueue.c"
