// SPDX-License-Identifier: GPL-2.0

#include <net/genetlink.h>

#ifdef CONFIG_NET

__rust_helper struct sk_buff *rust_helper_genlmsg_new(size_t payload, gfp_t flags)
{
	return genlmsg_new(payload, flags);
}

__rust_helper
int rust_helper_genl_has_listeners(const struct genl_family *family,
				   struct net *net, unsigned int group)
{
	return genl_has_listeners(family, net, group);
}

#endif
