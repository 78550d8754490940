/** Actions of the LACP model: protocol steps, time, faults and repairs. */
import type { LacpConfig } from './config.js';

export type LacpStep =
  /** A switch with fallback configured lets its members forward without LACP. */
  | { readonly type: 'fallback'; readonly switch: number }
  /** The PXE ROM got its DHCP answer through a forwarding member: the install starts. */
  | { readonly type: 'pxeBoot' }
  /** The installed OS is up and its bond starts LACP. */
  | { readonly type: 'osUp' }
  | { readonly type: 'tick' };

export type LacpFault =
  | { readonly type: 'memberDown'; readonly member: number }
  | { readonly type: 'memberUp'; readonly member: number }
  /** The server reboots into PXE; with the link kept up (NC-SI, warm reboot) the switch keeps stale partner info. */
  | { readonly type: 'reboot' };

export type LacpAction = LacpStep | LacpFault;

/** Whether an action is a fault or repair. */
export function isLacpFault(a: LacpAction): a is LacpFault {
  return a.type === 'memberDown' || a.type === 'memberUp' || a.type === 'reboot';
}

/** `fallback(leaf1)`, `memberDown(eth0)`, `reboot(srv1)`, `tick`. */
export function formatLacpAction(config: LacpConfig, a: LacpAction): string {
  switch (a.type) {
    case 'fallback':
      return `fallback(${config.switches[a.switch]?.name ?? a.switch})`;
    case 'memberDown':
    case 'memberUp':
      return `${a.type}(${config.members[a.member]?.name ?? a.member})`;
    case 'reboot':
      return `reboot(${config.server.name})`;
    default:
      return a.type;
  }
}
