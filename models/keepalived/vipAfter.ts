/**
 * keepalived's virtual addresses across one change of an instance's state, shared by the VRRP
 * model (models/vrrp/notify.ts) and the HA stack (models/hastack/keepalivedProcess.ts).
 *
 * keepalived adds the virtual addresses on entering MASTER (`vrrp.c: vrrp_state_become_master`)
 * and deletes them on leaving it — for BACKUP, FAULT, or a graceful stop
 * (`vrrp_restore_interface`; PROTOCOLS.md §1.2 "On stop"). A killed keepalived (SIGKILL, the
 * OOM killer) runs none of this: the address stays on the interface until keepalived starts
 * again and removes it (keepalived 2.2.7, issue 12 item 7), so callers never pass a kill here.
 */
import type { RouterStatus } from '../vrrp/state.js';

/** Whether the VIP is configured after the instance went from `before` to `after` (it was `configured`). */
export function vipAfter(before: RouterStatus, after: RouterStatus, configured: boolean): boolean {
  if (before === after || (before !== 'MASTER' && after !== 'MASTER')) return configured;
  return after === 'MASTER';
}
