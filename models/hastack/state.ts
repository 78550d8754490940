/**
 * The HA stack's state: the VRRP instance (models/vrrp state), the DRBD resource (models/drbd
 * state, or null without one) and, per node, keepalived's process state, its tracker, the
 * notify script running, and the service (mount, NFS server, DNS daemon, NFS client table).
 *
 * The host is up unless the VRRP router is `DOWN`. keepalived `running` means the VRRP router
 * is BACKUP or MASTER; `fault` (held by a weight-0 tracker) and `stopped` keep the router in
 * the VRRP model's not-participating state. Everything of a down host sits at rest values.
 */
import { array, bool, enumOf, int, optional, record, type Layout } from '../../src/core/layout.js';
import { drbdLayout, type DrbdState } from '../drbd/state.js';
import { NOTIFY_SCRIPTS, type NotifyScript } from '../keepalived/config.js';
import { TRACKER_IDLE, TRACKER_STATUSES, type TrackerState } from '../keepalived/tracker.js';
import { vrrpLayout, type VrrpState } from '../vrrp/state.js';
import type { HaStackConfig } from './config.js';

/** keepalived on a live host. */
export const KEEPALIVED_STATES = ['running', 'fault', 'stopped'] as const;
export type KeepalivedStatus = (typeof KEEPALIVED_STATES)[number];

/** One node beyond its VRRP router and DRBD node. */
export type NodeState = {
  /** One state per `vrrp_script` (config.trackers order). */
  readonly trks: readonly TrackerState[];
  readonly kd: KeepalivedStatus;
  /** Supervisor: −1 idle, else ticks until it restarts keepalived (0 = due). */
  readonly svc: number;
  /** The notify script running, or `none`; `pc` is the index of its next effect. */
  readonly script: NotifyScript | 'none';
  readonly pc: number;
  readonly mounted: boolean;
  /** NFS server running. */
  readonly nfs: boolean;
  /** DNS daemon running. */
  readonly dns: boolean;
  /** This node's local /var/lib/nfs knows the client. */
  readonly knows: boolean;
  /** The service NIC (carrying the VIP) is up. */
  readonly nic: boolean;
  /**
   * The node's check scripts can be executed (false after the `script` fault: the file is
   * gone or the disk holding it failed). keepalived counts a failed exec as a success and
   * disables a script it cannot find when it starts (models/keepalived/config.ts).
   */
  readonly exec: boolean;
  /**
   * The virtual IP is configured on this host's service interface, so the kernel answers ARP
   * for it (issue 12 item 7). keepalived adds it on entering MASTER and removes it on leaving
   * MASTER, on FAULT and on a graceful stop; a killed keepalived leaves it in place until
   * keepalived starts again; a crash or reboot clears it.
   */
  readonly vip: boolean;
};

/** The whole stack. */
export type HaState = {
  readonly vrrp: VrrpState;
  readonly drbd: DrbdState | null;
  readonly nodes: readonly [NodeState, NodeState];
  /** The NFS client has mounted the export through the VIP. */
  readonly client: boolean;
  /** The client table on the replicated volume knows the client. */
  readonly onVolume: boolean;
  /** The step into this state moved the VIP away from a sole holder that was serving, without a fault. */
  readonly failback: boolean;
};

/** A node whose host just booted: keepalived not yet started, services stopped except the DNS daemon (enabled at boot). */
export const NODE_AT_BOOT: NodeState = { trks: [], kd: 'stopped', svc: -1, script: 'none', pc: 0, mounted: false, nfs: false, dns: true, knows: false, nic: true, vip: false, exec: true };

/** `node` with every tracker idle (keepalived not running or just started). */
export function idleTrackers(config: HaStackConfig, node: NodeState): NodeState {
  return { ...node, trks: config.trackers.map(() => TRACKER_IDLE) };
}

/** A node whose host is down. */
export const NODE_DOWN: NodeState = { ...NODE_AT_BOOT, dns: false };

/** The byte layout of a state of this configuration. */
export function haLayout(config: HaStackConfig): Layout<HaState> {
  const longest = Math.max(1, ...Object.values(config.notify).map((l) => l.length));
  const tracker = record<TrackerState>({
    trk: enumOf(TRACKER_STATUSES),
    streak: int(0, Math.max(1, ...config.trackers.flatMap((t) => [t.fall, t.rise]))),
    next: int(0, Math.max(0, ...config.trackerTicksList)),
  });
  const node = record<NodeState>({
    trks: array(tracker, config.trackers.length),
    kd: enumOf(KEEPALIVED_STATES),
    svc: int(-1, config.restartTicks ?? 0),
    script: enumOf(['none', ...NOTIFY_SCRIPTS] as const),
    pc: int(0, longest),
    mounted: bool(),
    nfs: bool(),
    dns: bool(),
    knows: bool(),
    nic: bool(),
    vip: bool(),
    exec: bool(),
  });
  const drbd = config.drbd ? optional(drbdLayout(config.drbd)) : (optional(int(0, 0)) as unknown as Layout<DrbdState | null>);
  return record<HaState>({
    vrrp: vrrpLayout(config.vrrpWidest),
    drbd,
    nodes: array(node, 2) as unknown as Layout<readonly [NodeState, NodeState]>,
    client: bool(),
    onVolume: bool(),
    failback: bool(),
  });
}

/** The other node. */
export function peerOf(i: 0 | 1): 0 | 1 {
  return i === 0 ? 1 : 0;
}

/** Whether node `i`'s host is up. */
export function hostUp(s: HaState, i: 0 | 1): boolean {
  return s.vrrp.routers[i]!.st !== 'DOWN';
}

/** Replaces node `i`. */
export function withNode(s: HaState, i: 0 | 1, node: NodeState): HaState {
  const nodes: [NodeState, NodeState] = [s.nodes[0], s.nodes[1]];
  nodes[i] = node;
  return { ...s, nodes };
}

/**
 * The nodes holding the VIP: host up with the address configured (`NodeState.vip`). This is
 * the VRRP MASTER, and also a node whose keepalived was killed as MASTER and has not started
 * again (it keeps answering ARP for the address).
 */
export function vipHolders(s: HaState): (0 | 1)[] {
  return ([0, 1] as const).filter((i) => hostUp(s, i) && s.nodes[i].vip);
}

/** The nodes whose VRRP instance is MASTER. */
export function vrrpMasters(s: HaState): (0 | 1)[] {
  return ([0, 1] as const).filter((i) => s.vrrp.routers[i]!.st === 'MASTER');
}

/** Whether node `i` serves the service: NFS on its mounted DRBD Primary, or its DNS daemon. */
export function serves(config: HaStackConfig, s: HaState, i: 0 | 1): boolean {
  if (!hostUp(s, i)) return false;
  const n = s.nodes[i];
  if (!n.nic) return false;
  if (config.service === 'dns') return n.dns;
  const d = s.drbd?.nodes[i];
  return n.nfs && n.mounted && (d === undefined || (d.up && d.role === 'Primary'));
}

/** Whether node `i` could hold the VIP and serve: host up, keepalived not stopped, the service NIC up, the DNS daemon running (DNS). */
export function eligible(config: HaStackConfig, s: HaState, i: 0 | 1): boolean {
  return hostUp(s, i) && s.nodes[i].kd !== 'stopped' && s.nodes[i].nic && (config.service !== 'dns' || s.nodes[i].dns);
}
