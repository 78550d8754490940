/**
 * Requirements on a VRRP instance, as properties of the VRRP model (models/vrrp).
 *
 * - `single-master`: at most one MASTER while the LAN joins them (not partitioned), outside
 *   the grace window that follows a heal or a loss repair. A lost advert direction does not
 *   split the LAN: hosts on it still see both MASTERs answer for the virtual IP.
 * - `master-within-bound`: within k time units after the last fault, some MASTER exists
 *   whenever some router could be one.
 * - `no-failback-under-nopreempt`: with nopreempt configured, a sole MASTER never hands over
 *   to another router in a step that is not a fault.
 * - `consistent-config`: the routers of the group agree on VRID, advert_int, authentication and
 *   virtual IP set — a static finding, violated in the initial state (no fault, no step).
 * - `traffic-reaches-master`: once a fault has settled (a bound after it), every host's traffic to
 *   the virtual IP reaches a MASTER — its ARP entry, or with use_vmac its switch, points at the
 *   router holding the VIP (models/vrrp/arp.ts, decision 0041).
 */
import { always, within, type Property } from '../src/core/property.js';
import { TICKS_PER_ADVERT, type VrrpConfig } from '../models/vrrp/config.js';
import { hostReachesMaster } from '../models/vrrp/arp.js';
import { configMismatches, formatMismatch } from '../models/vrrp/configMismatches.js';
import { linkPasses, running, vipConfigured, visibleMaster, type RouterState, type VrrpState } from '../models/vrrp/state.js';

/** Names of the VRRP properties, with one-line descriptions. */
export const VRRP_PROPERTY_NAMES = {
  'single-master': 'at most one MASTER on a LAN that joins them, lost advert directions included (one advert interval of grace after a heal or repair)',
  'master-within-bound':
    'within 3 × advert_int + skew + advert_int (or `seconds`) after the last fault, a running router is MASTER',
  'no-failback-under-nopreempt': 'with nopreempt configured, a sole MASTER never hands over without a fault',
  'consistent-config':
    'the routers of the group agree on virtual_router_id, advert_int, authentication and virtual_ipaddress (a static finding: violated from the start, no fault needed)',
  'master-per-segment':
    'within the bound of master-within-bound (or `seconds`) after the last fault, the hosts of every segment see a MASTER on their side of a partition, unless no router runs at all',
  'traffic-reaches-master':
    "from the master-within-bound bound (or `seconds`, under 8 s) after the last fault on, every host's traffic to the virtual IP reaches a MASTER: its ARP entry (with use_vmac, its switch) points at the router holding the VIP",
  'single-vip-holder':
    'at most one host the hosts can reach has the virtual IP configured (per side of a partition; one advert interval of grace after a heal or repair): a killed keepalived leaves it in place',
  'single-service': 'the service the notify scripts start runs on at most one host the hosts can reach (per side of a partition; one advert interval of grace after a heal or repair)',
} as const;

/** A VRRP property name. */
export type VrrpPropertyName = keyof typeof VRRP_PROPERTY_NAMES;

/** MASTERs hosts can see: a rebooted router whose link passes no frames yet is invisible. */
function masters(s: VrrpState): number {
  return s.routers.filter(visibleMaster).length;
}

/** Where the routers are cabled: the declared segments and each router's (config.ts). */
export type Cabling = Pick<VrrpConfig, 'segments' | 'segmentOf'>;

/** No declared segments: every router on its own, as the model is without `segments`. */
const ISOLATED: Cabling = { segments: [], segmentOf: [] };

/** Router i's segment (its own index without declared segments). */
function segmentOf(cabling: Cabling, i: number): number {
  return cabling.segments.length > 0 ? cabling.segmentOf[i]! : i;
}

/**
 * The sides of the LAN hosts can be on, as sets of segment indices: the whole LAN while it is
 * connected, each segment on its own while a partition cuts them apart (decision 0040).
 */
function sides(cabling: Cabling, s: VrrpState): number[][] {
  const count = cabling.segments.length > 0 ? cabling.segments.length : s.routers.length;
  const all = Array.from({ length: count }, (_, k) => k);
  return s.lan === 'connected' ? [all] : all.map((k) => [k]);
}

/** Visible MASTERs cabled to one of `side`'s segments. */
function mastersOn(cabling: Cabling, s: VrrpState, side: readonly number[]): number {
  return s.routers.filter((r, i) => visibleMaster(r) && side.includes(segmentOf(cabling, i))).length;
}

/**
 * At most one MASTER while the LAN joins the routers — defined by what hosts see: two MASTERs
 * on one segment both answer ARP for the virtual IP (RFC 5798 §6.4.3: a MASTER "MUST respond
 * to ARP requests for the IPvX address(es) associated with the virtual router"), so a host
 * sees two routers claim it. Adverts lost in one or both directions (a filter, a one-way
 * fault) leave the segment carrying traffic: two MASTERs then are a violation, which is what
 * hosts suffer (issue 12, item 1). Only a partition — no frame crosses between the routers —
 * puts them on different segments, where each host sees one MASTER.
 *
 * Allowed exception: after a heal or a loss repair, two MASTERs that were each legitimate while
 * cut off keep their role until one hears the other's advert — PROTOCOLS.md §1.1 model note:
 * the dual-Master window "ends when either receives the other's advert". Every MASTER sends
 * within one advert interval, so the model allows two MASTERs for one (largest) advert
 * interval after the heal or repair, inclusive of adverts due at its last instant
 * (`grace` = advert ticks + 1, counted down by `tick`). While a partition is in force the
 * MASTERs are counted per side: each segment's hosts see the MASTERs of their own segment only
 * (decision 0040), so two MASTERs on one side of a cut are a violation and one on each side is
 * not. Without declared segments every router is its own side and a partition leaves nothing
 * to count.
 */
export function singleMaster(config: Cabling = ISOLATED): Property<VrrpState> {
  return always('single-master', (s) => s.grace > 0 || sides(config, s).every((side) => mastersOn(config, s, side) <= 1), {
    description: VRRP_PROPERTY_NAMES['single-master'],
  });
}

/**
 * A router that could be a MASTER hosts see: keepalived running on a live host whose NIC has
 * carrier (a cable pulled from every router leaves the hosts without a gateway whatever the
 * configuration: the fault budget spent on the routers themselves).
 */
function couldServe(r: RouterState): boolean {
  return running(r) && r.nic;
}

/** Hosts the hosts of `side` reach (the link passes frames) for which `has` holds. */
function countOn(cabling: Cabling, s: VrrpState, side: readonly number[], has: (r: RouterState) => boolean): number {
  return s.routers.filter((r, i) => r.st !== 'DOWN' && linkPasses(r) && has(r) && side.includes(segmentOf(cabling, i))).length;
}

/**
 * At most one host the hosts can reach has the virtual IP configured, per side of a partition,
 * outside the grace that follows a heal or repair (decision 0040). A host with the address
 * answers ARP for it whether or not keepalived still runs there: a killed keepalived leaves
 * the address until it starts again, while another router becomes MASTER and adds it too
 * (issue 12 item 7; the cluster kind's property of the same name for two nodes).
 */
export function singleVipHolder(config: Cabling & Pick<VrrpConfig, 'faultKinds' | 'restartTicks' | 'notify'>): Property<VrrpState> {
  return always('single-vip-holder', (s) => s.grace > 0 || sides(config, s).every((side) => countOn(config, s, side, (r) => vipConfigured(config, r)) <= 1), {
    description: VRRP_PROPERTY_NAMES['single-vip-holder'],
  });
}

/**
 * The service notify_master starts (and notify_backup / notify_fault / notify_stop stop, as the
 * design declares) runs on at most one host the hosts can reach, per side of a partition,
 * outside the grace after a heal or repair (decision 0040). A killed keepalived runs no notify
 * script, so the service stays up where it was while another router becomes MASTER and starts
 * it again.
 */
export function singleService(config: Cabling = ISOLATED): Property<VrrpState> {
  return always('single-service', (s) => s.grace > 0 || sides(config, s).every((side) => countOn(config, s, side, (r) => r.svc) <= 1), {
    description: VRRP_PROPERTY_NAMES['single-service'],
  });
}

/** The default bound of `master-within-bound` in ticks: the longest Master_Down_Interval plus one advert interval. */
export function defaultMasterBound(config: VrrpConfig): number {
  return config.maxDownTicks + config.maxAdvertTicks;
}

/** Seconds to ticks, rounded down (a requirement of 4 s allows at most 4 s). */
export function secondsToTicks(config: VrrpConfig, seconds: number): number {
  return Math.floor((seconds * 100 * TICKS_PER_ADVERT) / config.gcdCs);
}

/**
 * Within `bound` ticks after the last fault (and after start), some router is MASTER — or no
 * router could be (every host down, keepalived stopped or every NIC's cable pulled).
 */
export function masterWithinBound(config: VrrpConfig, bound = defaultMasterBound(config)): Property<VrrpState> {
  return within('master-within-bound', bound, (s) => masters(s) > 0 || !s.routers.some(couldServe), {
    description: `within ${bound} ticks (${((bound * config.gcdCs) / TICKS_PER_ADVERT / 100).toFixed(2)} s) after the last fault, a running router is MASTER`,
  });
}

/**
 * Within `bound` ticks after the last fault (and after start), the hosts of every segment see
 * a MASTER on their side of the LAN — while it is connected, anywhere; while a partition cuts
 * the segments apart, one cabled to their own segment (decision 0040). The only exception is a
 * group with no router running at all (every host down or keepalived stopped: the fault budget
 * spent on the routers themselves). A segment with hosts and no router of its own loses its
 * gateway whenever the cut isolates it. Without declared segments it is `master-within-bound`.
 */
export function masterPerSegment(config: VrrpConfig, bound = defaultMasterBound(config)): Property<VrrpState> {
  const segmented = config.segments.length > 0;
  const served = (s: VrrpState): boolean => (segmented ? sides(config, s).every((side) => mastersOn(config, s, side) > 0) : masters(s) > 0);
  return within('master-per-segment', bound, (s) => !s.routers.some(couldServe) || served(s), {
    description: `within ${bound} ticks (${((bound * config.gcdCs) / TICKS_PER_ADVERT / 100).toFixed(2)} s) after the last fault, the hosts of every segment see a MASTER on their side of the LAN`,
  });
}

/**
 * No failback: while the LAN is fully connected, a step that is not a fault never takes the
 * MASTER role from a sole MASTER (the model's `failback` history flag). Configuring
 * nopreempt anywhere in the instance declares that intent (keepalived: it must sit on the
 * higher-priority router, PROTOCOLS.md §1.2 / keepalived issue 1457). Pass the *configured*
 * flag: keepalived silently clears nopreempt on a router with `state MASTER`, and that is one
 * of the pitfalls this property catches. Without any nopreempt the design asks for preemption
 * and the property holds trivially.
 */
export function noFailbackUnderNopreempt(configuredNopreempt: boolean): Property<VrrpState> {
  return always('no-failback-under-nopreempt', (s) => !configuredNopreempt || !s.failback, {
    description: VRRP_PROPERTY_NAMES['no-failback-under-nopreempt'],
  });
}

/**
 * The routers of the group share VRID, advert_int, authentication and virtual IP set. The
 * configuration does not change along a run, so this is a static finding reported the way
 * every property is: violated in the initial state, a trace of no step and no fault whose state
 * names each mismatch (`mismatch.gw-a/gw-b.advert_int`); the description names both routers,
 * the setting and what keepalived does about it (models/vrrp/configMismatches.ts). What the
 * mismatch leads to — two MASTERs where keepalived ignores the adverts — is for the explorer to
 * find under `single-master`.
 */
export function consistentConfig(config: VrrpConfig): Property<VrrpState> {
  const mismatches = configMismatches(config);
  const description = mismatches.length === 0 ? VRRP_PROPERTY_NAMES['consistent-config'] : `the routers of the group disagree: ${mismatches.map(formatMismatch).join('; ')}`;
  return always('consistent-config', () => mismatches.length === 0, { description });
}

/** Below this many seconds after a fault a Linux host cannot have re-resolved the VIP by itself (decision 0041). */
export const ARP_RERESOLVE_SECONDS = 8;

/**
 * From `config.arp.settleTicks` after each fault (and after start) on, as long as no further
 * fault happens, every host's traffic to the VIP reaches a MASTER on its side (or no router on
 * its side runs). The model counts the settling time down in the state (`calm`), so the
 * requirement holds in every later state, not only once: a host the winner of a heal never
 * tells keeps sending to the router that stepped down (decision 0041).
 */
export function trafficReachesMaster(config: VrrpConfig): Property<VrrpState> {
  const ticks = config.arp.settleTicks;
  const seconds = ((ticks * config.gcdCs) / TICKS_PER_ADVERT / 100).toFixed(2);
  return always('traffic-reaches-master', (s) => s.calm > 0 || config.arp.hosts.every((_, k) => hostReachesMaster(config, s, k)), {
    description: `from ${ticks} ticks (${seconds} s) after the last fault on, every host's traffic to the virtual IP reaches a MASTER (${config.arp.vmac ? 'use_vmac: where its switch learned the virtual MAC' : "the router whose MAC its ARP entry holds"})`,
  });
}

/** The three properties with their defaults. */
export function vrrpProperties(config: VrrpConfig, configuredNopreempt: boolean): Property<VrrpState>[] {
  return [singleMaster(config), masterWithinBound(config), noFailbackUnderNopreempt(configuredNopreempt)];
}
