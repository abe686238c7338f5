// SPDX-License-Identifier: GPL-2.0

__rust_helper void rust_helper_broken(int a
{
	if (a) {
		do_something();
}
