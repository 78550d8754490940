/**
 * The HA stack's parameters (two nodes: keepalived VRRP, optional DRBD, an NFS or DNS
 * service) and their resolution: one VRRP configuration per combination of tracker
 * adjustments (a tracker with a weight changes the priority an instance advertises), ticks
 * for every timer (a tick is a quarter advert interval, docs/decisions/0003).
 */
import { type DrbdConfig, type DrbdParams, resolveDrbdConfig } from '../drbd/config.js';
import { effectivePriority, type InterfaceTrackerParams, type KeepalivedParams, type NotifyEffect, type NotifyScript, type TrackerParams } from '../keepalived/config.js';
import { resolveVrrpConfig, TICKS_PER_ADVERT, type VrrpConfig, type VrrpParams } from '../vrrp/config.js';

/** Fault kinds of the stack (names used under `faults.kinds`). */
export const HASTACK_FAULT_KINDS = ['crash', 'stop', 'kill', 'daemon', 'link', 'partition', 'nic', 'script'] as const;
/**
 * `crash`: a host crashes / restarts; `stop`: keepalived is stopped (`systemctl stop`) / started;
 * `kill`: keepalived dies (SIGKILL, OOM, segfault) — no advert, no notify; `daemon`: the DNS or
 * NFS daemon stops / is started again by hand; `link`: the DRBD replication link is cut /
 * reconnected; `partition`: the VRRP LAN splits / heals; `nic`: a node's service NIC (the one
 * carrying the VIP; adverts use a separate heartbeat interface) goes down / comes back;
 * `script`: a node's check scripts can no longer be executed (deleted, their disk failed) / can
 * again.
 */
export type HaStackFaultKind = (typeof HASTACK_FAULT_KINDS)[number];

/** Where NFS keeps its client (mount) table (SCENARIOS.md S4). */
export type NfsClientState = 'local' | 'replicated' | 'nfsd-fs';

/** The whole stack as configured. */
export interface HaStackParams {
  readonly service: 'nfs' | 'dns';
  /** The VRRP instance on the two nodes (router names are the node names). */
  readonly vrrp: Omit<VrrpParams, 'faultKinds'>;
  readonly keepalived: KeepalivedParams;
  /** The DRBD resource under the NFS export (node names must match); absent for DNS. */
  readonly drbd?: Omit<DrbdParams, 'faultKinds' | 'nodes'>;
  /** NFS client table location; when set, one client mounts the export through the VIP. */
  readonly nfsClients?: NfsClientState;
  readonly faultKinds?: readonly HaStackFaultKind[];
}

/** The resolved stack. */
export interface HaStackConfig {
  readonly service: 'nfs' | 'dns';
  readonly names: readonly [string, string];
  /** VRRP configurations by the effective priorities of the two nodes, key `p0,p1` (vrrpFor). */
  readonly vrrpByPriority: ReadonlyMap<string, VrrpConfig>;
  /** A configuration whose counters are wide enough for every one of them (for the layout). */
  readonly vrrpWidest: VrrpConfig;
  /** Every `vrrp_script` the instance tracks, in order. */
  readonly trackers: readonly TrackerParams[];
  /** Run interval in ticks of each tracker. */
  readonly trackerTicksList: readonly number[];
  /** The first tracker and its interval in ticks (0 without one). */
  readonly tracker: TrackerParams | undefined;
  readonly trackerTicks: number;
  /** `track_interface` on the service NIC, if any. */
  readonly trackInterface: InterfaceTrackerParams | undefined;
  readonly notify: Readonly<Record<NotifyScript, readonly NotifyEffect[]>>;
  /** Supervisor restart delay in ticks, or null without a supervisor. */
  readonly restartTicks: number | null;
  readonly drbd: DrbdConfig | null;
  readonly nfsClients: NfsClientState | null;
  readonly faultKinds: ReadonlySet<HaStackFaultKind>;
}

/** Seconds to ticks of `config` (a quarter of the advert interval), rounded to the nearest tick. */
export function ticksOf(config: VrrpConfig, seconds: number): number {
  return Math.round((seconds * 100 * TICKS_PER_ADVERT) / config.gcdCs);
}

/** Resolves the stack; throws RangeError on parameters outside their ranges (the design kind reports FL26x first). */
export function resolveHaStackConfig(params: HaStackParams): HaStackConfig {
  const routers = params.vrrp.routers;
  if (routers.length !== 2) throw new RangeError('the HA stack has exactly 2 nodes');
  const names: [string, string] = [routers[0]!.name, routers[1]!.name];
  const ka = params.keepalived;
  const trackers = [...(ka.tracker ? [ka.tracker] : []), ...(ka.trackers ?? [])];
  const weights = [...trackers.map((t) => t.weight), ka.trackInterface?.weight ?? 0].filter((w) => w !== 0);
  const sums = subsetSums(weights);
  const byPriority = new Map<string, VrrpConfig>();
  const priorities = routers.map((r) => [...new Set(sums.map((sum) => effectivePriority(r.priority, sum)))]);
  for (const p0 of priorities[0]!) {
    for (const p1 of priorities[1]!) {
      const ps = [p0, p1];
      byPriority.set(`${p0},${p1}`, resolveVrrpConfig({ ...params.vrrp, routers: routers.map((r, i) => ({ ...r, priority: ps[i]! })), faultKinds: ['crash', 'stop', 'partition'] }));
    }
  }
  const configs = [...byPriority.values()];
  const base = byPriority.get(`${routers[0]!.priority},${routers[1]!.priority}`)!;
  const widest: VrrpConfig = {
    ...base,
    maxDownTicks: Math.max(...configs.map((c) => c.maxDownTicks)),
    maxAdvertTicks: Math.max(...configs.map((c) => c.maxAdvertTicks)),
    maxPreemptDelayTicks: Math.max(...configs.map((c) => c.maxPreemptDelayTicks)),
  };
  // A track_process reacts to process events: modelled as a check every tick.
  const trackerTicksList = trackers.map((t) => (t.process ? 1 : Math.max(1, ticksOf(base, t.interval))));
  const supervisor = params.keepalived.supervisor;
  const notify = params.keepalived.notify ?? {};
  return {
    service: params.service,
    names,
    vrrpByPriority: byPriority,
    vrrpWidest: widest,
    trackers,
    trackerTicksList,
    tracker: trackers[0],
    trackerTicks: trackerTicksList[0] ?? 0,
    trackInterface: ka.trackInterface,
    notify: { master: notify.master ?? [], backup: notify.backup ?? [], fault: notify.fault ?? [], stop: notify.stop ?? [] },
    restartTicks: supervisor ? Math.max(0, ticksOf(base, supervisor.restart)) : null,
    drbd: params.drbd ? resolveDrbdConfig({ ...params.drbd, nodes: names, faultKinds: ['crash', 'link'] }) : null,
    nfsClients: params.nfsClients ?? null,
    faultKinds: new Set(params.faultKinds ?? HASTACK_FAULT_KINDS),
  };
}

/** The VRRP configuration in which the nodes advertise effective priorities `p0` and `p1`. */
export function vrrpFor(config: HaStackConfig, p0: number, p1: number): VrrpConfig {
  const found = config.vrrpByPriority.get(`${p0},${p1}`);
  if (!found) throw new RangeError(`no VRRP configuration for priorities ${p0}, ${p1}`);
  return found;
}

/** Every sum of a subset of `weights` (0 for the empty one), without repeats. */
function subsetSums(weights: readonly number[]): number[] {
  let sums = [0];
  for (const w of weights) sums = [...new Set([...sums, ...sums.map((x) => x + w)])];
  return sums;
}
