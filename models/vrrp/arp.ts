/**
 * Where hosts' traffic to the virtual IP goes: gratuitous ARP from keepalived, the hosts' ARP
 * caches and, with `use_vmac`, the switches' MAC tables (issue 12; decision 0041).
 *
 * Facts (sources in decision 0041):
 * - keepalived without `use_vmac` (the default) answers for the VIP with the router's own MAC,
 *   so a host's ARP entry for the VIP names one router's MAC: whichever sent the last
 *   gratuitous ARP the host heard (keepalived.conf(5) `use_vmac`; RFC 5798 §7.3 names the
 *   virtual MAC, keepalived only uses it on request).
 * - keepalived sends GARPs (`vrrp.c: vrrp_state_become_master`, `vrrp_state_master_rx`,
 *   `vrrp_scheduler.c: vrrp_gratuitous_arp*_thread`; acassen/keepalived@9cbce3e):
 *   on becoming MASTER a burst of `garp_master_repeat` (default 5); a second burst
 *   `garp_master_delay` later (default 5 s, 0 = none); then every `garp_master_refresh`
 *   seconds (default 0 = never); and, as MASTER receiving a lower-priority advert, a burst of
 *   `garp_lower_prio_repeat` (default: `garp_master_repeat`, so 5; 0 under `vrrp_strict`).
 *   `vrrp_send_link_update` sends nothing unless the instance holds its VIPs (MASTER).
 * - `higher_prio_send_advert` (default off): a MASTER that hears a higher-priority advert
 *   first sends one advert of its own, so the other MASTER hears a lower priority and sends
 *   its `garp_lower_prio_repeat` burst ("the last GARP messages seen were from us",
 *   keepalived.conf(5)).
 * - A Linux host updates an *existing* neighbour entry from a gratuitous ARP at once
 *   (`net/ipv4/arp.c: arp_process`: `is_garp` overrides the locktime); with `arp_accept` 0
 *   (default) a GARP creates no entry. A host that sends to the VIP resolves it by an ARP
 *   request, answered by the MASTER(s).
 * - With `use_vmac` every router answers with the virtual MAC 00-00-5E-00-01-{VRID}: the
 *   hosts' entries never change, and the switches send the frames where they last learned
 *   the virtual MAC — from the GARPs and, unless `vmac_xmit_base` (forced with unicast
 *   peers), from every advert, which a MASTER sends from the virtual MAC.
 *
 * Model: each host records the router its traffic to the VIP goes to (`-1`: not resolved
 * yet — the host asks and a MASTER on its side answers). A GARP burst is one event (bursts
 * are sent back to back, `vrrp_garp_interval` 0); it reaches the hosts joined to the sender
 * (no partition between the host's segment and the sender's, the sender's link passing frames). Hosts are active clients:
 * their entry exists once a MASTER has answered, so the first GARP sets it.
 * Abstracted away (decision 0041): ARP re-resolution (a Linux host notices a dead entry after
 * delay_first_probe_time 5 s + 3 unicast probes of 1 s at the earliest, so the property's
 * bound must stay below 8 s); the `garp_lower_prio_delay` second burst; refresh timers of
 * earlier terms as MASTER (keepalived does not cancel them); per-switch MAC tables (a host
 * follows the last virtual-MAC frame that reached its side, exact for two segments).
 */
import type { VrrpConfig, VrrpRouter } from './config.js';
import { joined, linkPasses, visibleMaster, type RouterState, type VrrpState } from './state.js';

/** keepalived's GARP options of one router, as written (seconds, counts). */
export interface VrrpGarpParams {
  /** `garp_master_delay`, seconds until the second burst (default 5; 0 = none). */
  readonly masterDelay?: number;
  /** `garp_master_repeat`, GARPs a burst (default 5; at least 1). */
  readonly masterRepeat?: number;
  /** `garp_master_refresh`, seconds between refresh bursts while MASTER (default 0 = none). */
  readonly masterRefresh?: number;
  /** `garp_lower_prio_repeat`, GARPs sent when a lower-priority advert arrives (default `masterRepeat`). */
  readonly lowerPrioRepeat?: number;
  /** `higher_prio_send_advert` (default false). */
  readonly higherPrioSendAdvert?: boolean;
}

/** One host on the LAN that sends traffic to the virtual IP. */
export interface VrrpHostParams {
  readonly name: string;
  /** The router whose side of any partition the host is on (same switch: its segment, when the design declares segments). */
  readonly near: string;
}

/** A router's GARP behaviour in ticks. */
export interface RouterGarp {
  /** Ticks from becoming MASTER to the second burst (0 = none). */
  readonly delayTicks: number;
  /** Ticks between refresh bursts (0 = none). */
  readonly refreshTicks: number;
  /** Whether a lower-priority advert makes this MASTER send a burst (`garp_lower_prio_repeat` > 0). */
  readonly lowerPrio: boolean;
  /** `higher_prio_send_advert`. */
  readonly higherPrioSendAdvert: boolean;
}

/** The hosts and the MAC the VIP resolves to. */
export interface ArpConfig {
  readonly hosts: readonly { readonly name: string; readonly near: number }[];
  /** `use_vmac`: the VIP resolves to the virtual MAC; switches decide where frames go. */
  readonly vmac: boolean;
  /** `vmacAdverts[i]`: router i's adverts carry the virtual MAC as source (vmac without `vmac_xmit_base`, multicast). */
  readonly vmacAdverts: readonly boolean[];
  /** Ticks after a fault before `traffic-reaches-master` is required (0: property not asked). */
  readonly settleTicks: number;
  /** Largest GARP timer, ticks. */
  readonly maxGarpTicks: number;
}

/** keepalived's defaults (`include/vrrp.h`: VRRP_GARP_DELAY 5 s, VRRP_GARP_REP 5, VRRP_GARP_REFRESH 0). */
export const GARP_DEFAULTS = { masterDelay: 5, masterRepeat: 5, masterRefresh: 0 } as const;

/** Seconds to ticks for a configuration whose tick is a quarter of `gcdCs`. */
type ToTicks = (seconds: number) => number;

/** A router's GARP behaviour from its options. */
export function routerGarp(p: VrrpGarpParams | undefined, toTicks: ToTicks): RouterGarp {
  const repeat = p?.masterRepeat ?? GARP_DEFAULTS.masterRepeat;
  return {
    delayTicks: toTicks(p?.masterDelay ?? GARP_DEFAULTS.masterDelay),
    refreshTicks: toTicks(p?.masterRefresh ?? GARP_DEFAULTS.masterRefresh),
    lowerPrio: (p?.lowerPrioRepeat ?? repeat) > 0,
    higherPrioSendAdvert: p?.higherPrioSendAdvert ?? false,
  };
}

/** A frame that can move hosts' traffic: a GARP burst, or an advert (it carries the virtual MAC with vmac). */
export interface L2Frame {
  readonly sender: number;
  readonly kind: 'garp' | 'advert';
}

/** Whether the hosts model is on (hosts declared or the property asked). */
export function arpOn(config: VrrpConfig): boolean {
  return config.arp.hosts.length > 0;
}

/** The GARP timer a router arms when it becomes MASTER: the second burst, else the first refresh, else none. */
export function garpTimerOnMaster(config: VrrpConfig, self: VrrpRouter): number {
  if (!arpOn(config)) return -1;
  if (self.garp.delayTicks > 0) return self.garp.delayTicks;
  return self.garp.refreshTicks > 0 ? self.garp.refreshTicks : -1;
}

/** The GARP timer after a timed burst: the next refresh, or none. */
export function garpTimerAfterBurst(self: VrrpRouter): number {
  return self.garp.refreshTicks > 0 ? self.garp.refreshTicks : -1;
}

/** Hosts after `frames` were sent, in order (routers as they are after the step). */
export function deliverFrames(config: VrrpConfig, s: VrrpState, routers: readonly RouterState[], frames: readonly L2Frame[]): readonly number[] {
  if (!arpOn(config) || frames.length === 0) return s.hosts;
  const hosts = [...s.hosts];
  for (const f of frames) {
    if (!linkPasses(routers[f.sender]!)) continue;
    if (f.kind === 'advert' && !config.arp.vmacAdverts[f.sender]) continue;
    config.arp.hosts.forEach((h, k) => {
      if (joined(config, s, h.near, f.sender)) hosts[k] = f.sender;
    });
  }
  return hosts;
}

/**
 * Whether host `k`'s traffic to the VIP reaches a MASTER on its side, or no router on its side
 * runs (nothing could answer). Without vmac the frames go to the router whose MAC the host
 * holds, wherever it is; with vmac a switch floods a virtual MAC it has no (live) port for,
 * so a host whose router is gone or cut off reaches any MASTER on its side.
 */
export function hostReachesMaster(config: VrrpConfig, s: VrrpState, k: number): boolean {
  const near = config.arp.hosts[k]!.near;
  const side = s.routers.flatMap((r, i) => (joined(config, s, near, i) ? [{ r, i }] : []));
  if (!side.some(({ r }) => (r.st === 'MASTER' || r.st === 'BACKUP') && r.nic)) return true;
  const isMaster = (i: number): boolean => visibleMaster(s.routers[i]!);
  const to = s.hosts[k]!;
  const flooded = to === -1 || (config.arp.vmac && (s.routers[to]!.st === 'DOWN' || !joined(config, s, near, to)));
  if (flooded) return side.some(({ i }) => isMaster(i));
  return joined(config, s, near, to) && isMaster(to);
}
