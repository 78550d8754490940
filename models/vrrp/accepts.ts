/**
 * Which adverts a router processes once they reach it: keepalived's receive checks, in the
 * order it makes them (acassen/keepalived@9cbce3e; PROTOCOLS.md §1.2).
 *
 * 1. VRID: `vrrp_scheduler.c: vrrp_dispatcher_read` looks the advert's VRID up among the
 *    instances on the socket; none → "Unknown VRID(%d) received on interface(%s). ignoring...".
 * 2. VRRPv2 authentication (`vrrp.c: vrrp_check_packet`): a different auth type → "received a
 *    %d auth from %s, expecting %d!"; PASS with another password → "received an invalid passwd";
 *    AH whose ICV fails with another key → auth_failure; each returns VRRP_PACKET_KO (ignored).
 * 3. VRRPv2 advert interval: different from the local `advert_int` → "advertisement interval
 *    mismatch" and VRRP_PACKET_DROP. VRRPv3 only logs it and learns the Master's interval.
 * 4. Virtual IP set: up to keepalived 2.3.2 a different count ("received an invalid ip number
 *    count") or an address missing ("ip address associated with VRID %d not present in MASTER
 *    advert") returns VRRP_PACKET_KO; from 2.3.3 (commit af103930, RFC 9568) it is only logged.
 *
 * `skip_check_adv_addr` (keepalived.conf(5): skip the address check when the advert comes from
 * the same master as the previous one) changes none of this: `vrrp.c` checks the addresses
 * whenever `master_change || !skip_check_adv_addr`, and the master's address is recorded only
 * once an advert passes the checks; an advert whose set differs from a static configuration never
 * does, so every one is a master change and is checked (acassen/keepalived@9cbce3e, vrrp.c
 * `vrrp_state_backup`). It helps only when a master's set changes under a reload, which the
 * model does not have (decision 0040).
 *
 * A router that ignores every advert of its peer runs its Master_Down_Timer out and becomes
 * MASTER beside it: each mismatch above gives two MASTERs on a connected LAN.
 */
import type { VrrpRouter } from './config.js';

/** Why router `receiver` ignores adverts from `sender`, or undefined when it processes them. */
export function rejection(sender: VrrpRouter, receiver: VrrpRouter, version: 2 | 3, vipMismatchDrops: boolean): string | undefined {
  if (sender.vrid !== receiver.vrid) return `unknown VRID ${sender.vrid} (it runs VRID ${receiver.vrid})`;
  if (version === 2 && !sameAuth(sender.auth, receiver.auth)) return 'authentication fails';
  if (version === 2 && sender.advertCs !== receiver.advertCs) return 'advertisement interval mismatch';
  if (vipMismatchDrops && !sameList(sender.vips, receiver.vips)) return 'virtual IP addresses differ';
  return undefined;
}

/** `accepts[a * n + b]`: router b processes adverts from router a (a ≠ b). */
export function acceptsOf(routers: readonly VrrpRouter[], version: 2 | 3, vipMismatchDrops: boolean): boolean[] {
  return routers.flatMap((a) => routers.map((b) => a === b || rejection(a, b, version, vipMismatchDrops) === undefined));
}

function sameAuth(a: VrrpRouter['auth'], b: VrrpRouter['auth']): boolean {
  if (a.type === 'none' || b.type === 'none') return a.type === b.type;
  return a.type === b.type && a.key === b.key;
}

/** Two sorted lists hold the same entries. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
