/**
 * A host going down and coming back: every component on it at once — the VRRP router (a crash
 * sends no priority-0 advert), the DRBD node (memory lost, the peer loses its connection),
 * the mount, NFS and DNS (the service NIC keeps its state: a cable or switch port does not heal
 * with a reboot). At boot DRBD is Secondary, the DNS daemon starts (enabled), NFS and
 * the mount wait for keepalived's notify scripts, and keepalived starts.
 */
import { applyFault as applyDrbdFault } from '../drbd/faults.js';
import { applyFault as applyVrrpFault } from '../vrrp/faults.js';
import { OFF } from '../vrrp/state.js';
import type { HaStackConfig } from './config.js';
import { startKeepalived, vrrpConfigOf } from './keepalivedProcess.js';
import { idleTrackers, NODE_AT_BOOT, NODE_DOWN, withNode, type HaState } from './state.js';

type Node = 0 | 1;

/** Node `i`'s host crashes (or is powered off by a fence). */
export function crashHost(config: HaStackConfig, s: HaState, i: Node): HaState {
  const vrrp = { ...applyVrrpFault(vrrpConfigOf(config, s), s.vrrp, { type: 'crash', router: i }), failback: false };
  const drbd = s.drbd === null ? null : applyDrbdFault(config.drbd!, s.drbd, { type: 'crash', node: i });
  return withNode({ ...s, vrrp, drbd }, i, { ...idleTrackers(config, NODE_DOWN), nic: s.nodes[i].nic, exec: s.nodes[i].exec });
}

/** Node `i`'s host boots. */
export function restartHost(config: HaStackConfig, s: HaState, i: Node): HaState {
  const routers = [...s.vrrp.routers];
  routers[i] = OFF;
  const drbd = s.drbd === null ? null : applyDrbdFault(config.drbd!, s.drbd, { type: 'restart', node: i });
  return startKeepalived(config, withNode({ ...s, vrrp: { ...s.vrrp, routers }, drbd }, i, { ...idleTrackers(config, NODE_AT_BOOT), nic: s.nodes[i].nic, exec: s.nodes[i].exec }), i);
}
