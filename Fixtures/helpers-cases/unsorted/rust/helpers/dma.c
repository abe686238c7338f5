// SPDX-License-Identifier: GPL-2.0

__rust_helper int rust_helper_dma_nop(void)
{
	return 0;
}
