import type { DesignKind } from './designKind.js';
import { dnsKind } from './kinds/dns.js';
import { drbdKind } from './kinds/drbd.js';
import { hastackKind } from './kinds/hastack.js';
import { lacpKind } from './kinds/lacp.js';
import { lvsKind } from './kinds/lvs.js';
import { mclagKind } from './kinds/mclag.js';
import { rstpKind } from './kinds/rstp.js';
import { siteKind } from './kinds/site.js';
import { topologyKind } from './kinds/topology.js';
import { vrrpKind } from './kinds/vrrp.js';

/** Every design kind faultline knows, in the order `faultline list` shows them. */
export const designKinds: readonly DesignKind[] = [vrrpKind, topologyKind, dnsKind, drbdKind, mclagKind, lacpKind, rstpKind, hastackKind, lvsKind, siteKind];
