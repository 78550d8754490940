/**
 * The HA stack's parameters (two nodes: keepalived VRRP, optional DRBD, an NFS or DNS
 * service) and their resolution: one VRRP configuration per combination of tracker
 * adjustments (a tracker with a weight changes the priority an instance advertises), ticks
 * for every timer (a tick is a quarter advert interval, docs/decisions/0003).
 */
import { type DrbdConfig, type DrbdParams, resolveDrbdConfig } from '../drbd/config.js';
import { effectivePriority, type KeepalivedParams, type NotifyEffect, type NotifyScript, type TrackerParams } from '../keepalived/config.js';
import { resolveVrrpConfig, TICKS_PER_ADVERT, type VrrpConfig, type VrrpParams } from '../vrrp/config.js';

/** Fault kinds of the stack (names used under `faults.kinds`). */
export const HASTACK_FAULT_KINDS = ['crash', 'stop', 'kill', 'daemon', 'link', 'partition'] as const;
/**
 * `crash`: a host crashes / restarts; `stop`: keepalived is stopped (`systemctl stop`) / started;
 * `kill`: keepalived dies (SIGKILL, OOM, segfault) — no advert, no notify; `daemon`: the DNS or
 * NFS daemon stops / is started again by hand; `link`: the DRBD replication link is cut /
 * reconnected; `partition`: the VRRP LAN splits / heals.
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
  /** VRRP configurations indexed by `adjusted(0) + 2 × adjusted(1)`. */
  readonly vrrpByAdjustment: readonly [VrrpConfig, VrrpConfig, VrrpConfig, VrrpConfig];
  /** A configuration whose counters are wide enough for every one of them (for the layout). */
  readonly vrrpWidest: VrrpConfig;
  readonly tracker: TrackerParams | undefined;
  readonly trackerTicks: number;
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
  const weight = params.keepalived.tracker?.weight ?? 0;
  const variant = (mask: number): VrrpConfig =>
    resolveVrrpConfig({
      ...params.vrrp,
      routers: routers.map((r, i) => ({ ...r, priority: (mask >> i) & 1 ? effectivePriority(r.priority, weight) : r.priority })),
      faultKinds: ['crash', 'stop', 'partition'],
    });
  const configs = [variant(0), variant(1), variant(2), variant(3)] as const;
  const widest: VrrpConfig = {
    ...configs[0],
    maxDownTicks: Math.max(...configs.map((c) => c.maxDownTicks)),
    maxAdvertTicks: Math.max(...configs.map((c) => c.maxAdvertTicks)),
    maxPreemptDelayTicks: Math.max(...configs.map((c) => c.maxPreemptDelayTicks)),
  };
  const tracker = params.keepalived.tracker;
  const trackerTicks = tracker ? Math.max(1, ticksOf(configs[0], tracker.interval)) : 0;
  const supervisor = params.keepalived.supervisor;
  const notify = params.keepalived.notify ?? {};
  return {
    service: params.service,
    names,
    vrrpByAdjustment: configs,
    vrrpWidest: widest,
    tracker,
    trackerTicks,
    notify: { master: notify.master ?? [], backup: notify.backup ?? [], fault: notify.fault ?? [], stop: notify.stop ?? [] },
    restartTicks: supervisor ? Math.max(0, ticksOf(configs[0], supervisor.restart)) : null,
    drbd: params.drbd ? resolveDrbdConfig({ ...params.drbd, nodes: names, faultKinds: ['crash', 'link'] }) : null,
    nfsClients: params.nfsClients ?? null,
    faultKinds: new Set(params.faultKinds ?? HASTACK_FAULT_KINDS),
  };
}
