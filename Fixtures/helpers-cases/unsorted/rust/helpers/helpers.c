// SPDX-License-Identifier: GPL-2.0
/*
 * Sorted alphabetically.
 */

#define __rust_helper __always_inline

#include "dma.c"
#include "dma-resv.c"
#include "err.c"
#include "irq.c"
#include "fs.c"
#include "io.c"
