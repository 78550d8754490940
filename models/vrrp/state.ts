/**
 * The VRRP model's state and its byte layout.
 *
 * Per router, one enum covers both the host and keepalived: `DOWN` (host crashed), `STOPPED`
 * (host up, keepalived stopped — the RFC's Initialize state), `BACKUP`, `MASTER`. Timers are
 * bounded countdowns in ticks and are kept at 0 when they do not run, so equal situations
 * encode to equal bytes.
 */
import { array, bool, constant, enumOf, int, intOrNone, record, type Layout } from '../../src/core/layout.js';
import type { VrrpConfig } from './config.js';

/**
 * Router states; `STOPPED` is RFC 5798 §6.4.1 Initialize with keepalived not running; `FAULT`
 * is keepalived's FAULT state (its tracked interface is down: no advert sent, none processed,
 * no VIP; decision 0040).
 */
export const ROUTER_STATES = ['DOWN', 'STOPPED', 'BACKUP', 'MASTER', 'FAULT'] as const;
export type RouterStatus = (typeof ROUTER_STATES)[number];

/** One router. */
export type RouterState = {
  readonly st: RouterStatus;
  /** Master_Down_Timer, ticks left (BACKUP only; else 0). */
  readonly down: number;
  /** Adver_Timer, ticks left (MASTER only; else 0). */
  readonly adv: number;
  /**
   * keepalived preempt delay (BACKUP only): -1 none pending, k > 0 ticks left while
   * lower-priority adverts are still accepted, 0 expired (they are discarded now).
   */
  readonly pd: number;
  /**
   * Ticks until the host's LAN port passes frames after a reboot (a switch port in STP
   * listening/learning, link negotiation): 0 = ready. Adverts neither leave nor reach a
   * router whose link is not ready (issue 12 item 2).
   */
  readonly boot: number;
  /** keepalived `vrrp_startup_delay`: −1 none pending, k > 0 ticks until the instance starts, 0 due. */
  readonly wait: number;
  /** Next timed GARP burst while MASTER (second burst, refresh; arp.ts): −1 none, k > 0 ticks left, 0 due. */
  readonly garp: number;
  /**
   * The router's only LAN NIC has carrier (false after the `nic` fault: a cable pull). While it
   * is false no advert leaves or reaches the router; plugged back, the link passes frames after
   * `boot` ticks (decision 0040).
   */
  readonly nic: boolean;
  /**
   * The virtual IP is configured on the host, so it answers ARP for it: added on entering
   * MASTER, removed on leaving MASTER and when keepalived starts; a killed keepalived leaves it
   * (models/keepalived/vipAfter.ts); a crash clears it.
   */
  readonly vip: boolean;
  /** The service the notify scripts start and stop runs on the host. */
  readonly svc: boolean;
  /** Supervisor: −1 idle, k > 0 ticks until it starts a killed keepalived again, 0 due. */
  readonly respawn: number;
};

/** The whole instance. */
export type VrrpState = {
  readonly routers: readonly RouterState[];
  /**
   * `partitioned`: no frame crosses between the LAN's segments (every router is its own segment
   * when the design declares none: then no advert crosses the LAN at all).
   */
  readonly lan: 'connected' | 'partitioned';
  /** `lossy[a * n + b]`: adverts from router a to router b are lost (one-way loss). */
  readonly lossy: readonly boolean[];
  /**
   * Ticks left of the dual-master grace that follows a heal or a loss repair (see
   * properties/vrrp.ts `single-master`); 0 outside a grace window.
   */
  readonly grace: number;
  /** True when the step into this state moved mastership from a sole MASTER without a fault. */
  readonly failback: boolean;
  /** `hosts[k]`: the router host k's traffic to the VIP goes to, −1 not resolved yet (arp.ts). */
  readonly hosts: readonly number[];
  /** Ticks left before `traffic-reaches-master` is required again after a fault (0: required). */
  readonly calm: number;
};

/** The dual-master grace armed by a heal or repair: one advert interval, inclusive. */
export function graceTicks(config: VrrpConfig): number {
  return config.maxAdvertTicks + 1;
}

/** The byte layout of a state of this configuration. */
export function vrrpLayout(config: VrrpConfig): Layout<VrrpState> {
  const n = config.routers.length;
  const router = record<RouterState>({
    st: enumOf(ROUTER_STATES),
    down: int(0, config.maxDownTicks),
    adv: int(0, config.maxAdvertTicks),
    pd: int(-1, config.maxPreemptDelayTicks),
    boot: int(0, Math.max(config.maxLinkReadyTicks, config.faultKinds.has('nic') ? 1 : 0)),
    wait: int(-1, config.maxStartupDelayTicks),
    garp: config.arp.maxGarpTicks > 0 ? int(-1, config.arp.maxGarpTicks) : intOrNone(-1, -1),
    nic: config.faultKinds.has('nic') ? bool() : constant(true),
    vip: keepsHosts(config) ? bool() : constant(false),
    svc: Object.keys(config.notify).length > 0 ? bool() : constant(false),
    respawn: intOrNone(-1, config.restartTicks ?? -1),
  });
  return record<VrrpState>({
    routers: array(router, n),
    lan: enumOf(['connected', 'partitioned'] as const),
    lossy: array(bool(), n * n),
    grace: int(0, graceTicks(config)),
    failback: bool(),
    hosts: array(int(-1, n - 1), config.arp.hosts.length),
    calm: intOrNone(0, config.arp.settleTicks),
  });
}

/** A router that does not take part in the protocol. */
export const OFF: RouterState = { st: 'STOPPED', down: 0, adv: 0, pd: -1, boot: 0, wait: -1, nic: true, vip: false, svc: false, respawn: -1, garp: -1 };

/**
 * Whether the model keeps each host's VIP as state of its own: under kills, a supervisor or
 * notify scripts. Otherwise the VIP is configured exactly while the router is MASTER (a stop
 * removes it, a crash takes it), and `vipConfigured` says so without a byte of state.
 */
export function keepsHosts(config: Pick<VrrpConfig, 'faultKinds' | 'restartTicks' | 'notify'>): boolean {
  return config.faultKinds.has('kill') || config.restartTicks !== null || Object.keys(config.notify).length > 0;
}

/** Whether router `r`'s host has the virtual IP configured. */
export function vipConfigured(config: Pick<VrrpConfig, 'faultKinds' | 'restartTicks' | 'notify'>, r: RouterState): boolean {
  return keepsHosts(config) ? r.vip : r.st === 'MASTER';
}

/** Whether the router's link passes frames: carrier on its NIC, and the port ready (decision 0040, issue 12 item 2). */
export function linkPasses(r: RouterState): boolean {
  return r.nic && r.boot === 0;
}

/** Whether routers `a` and `b` share a side of the LAN: no partition, or one segment (decision 0040). */
export function joined(config: Pick<VrrpConfig, 'segmentOf'>, s: VrrpState, a: number, b: number): boolean {
  return s.lan === 'connected' || config.segmentOf[a] === config.segmentOf[b];
}

/** Whether adverts from `from` reach `to` (both indices; the LAN's sides and that direction). */
export function delivers(config: Pick<VrrpConfig, 'segmentOf'>, s: VrrpState, from: number, to: number): boolean {
  return joined(config, s, from, to) && !s.lossy[from * s.routers.length + to];
}

/** Whether every direction delivers (no partition, no lossy direction). */
export function fullyConnected(s: VrrpState): boolean {
  return s.lan === 'connected' && !s.lossy.includes(true);
}

/** Whether the router is MASTER and hosts can see it (its link passes frames). */
export function visibleMaster(r: RouterState): boolean {
  return r.st === 'MASTER' && linkPasses(r);
}

/** Whether the router runs keepalived on a live host. */
export function running(r: RouterState): boolean {
  return r.st === 'BACKUP' || r.st === 'MASTER';
}
