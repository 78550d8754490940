/**
 * Requirements on the HA stack (models/hastack).
 *
 * - `single-primary`: at most one live DRBD Primary (lifted from properties/drbd.ts).
 * - `no-split-brain`: the DRBD nodes never both start new data generations (lifted).
 * - `vip-holder-serves`: within k ticks after the last fault, some node holds the VIP and
 *   every holder serves (NFS on its DRBD Primary, or DNS) — unless no node could (every host
 *   down, keepalived stopped everywhere, or, for DNS, no daemon running where keepalived runs).
 * - `clients-keep-access`: within k ticks after the last fault, a client that mounted the
 *   export is served by the VIP holder, which knows its mount (S4).
 * - `no-needless-failback`: the VIP never leaves a sole holder that was serving, in a step that
 *   is not a fault (preemption after a restart, a flapping check).
 * - `single-master`: properties/vrrp.ts `single-master` on the stack's VRRP instance.
 * - `single-vip-holder`: at most one live host has the VIP configured — what clients see: a
 *   killed keepalived leaves its address in place, so two hosts answer ARP for it once the
 *   peer takes over although only one is MASTER (issue 12 item 7). Like `single-master` it
 *   says nothing while the LAN is partitioned and allows one advert interval after a heal.
 */
import { always, within, type Property } from '../src/core/property.js';
import type { HaStackConfig } from '../models/hastack/config.js';
import { eligible, serves, vipHolders, type HaState } from '../models/hastack/state.js';
import { noSplitBrain as drbdNoSplitBrain, singlePrimary as drbdSinglePrimary } from './drbd.js';
import { TICKS_PER_ADVERT } from '../models/vrrp/config.js';
import { singleMaster as vrrpSingleMaster } from './vrrp.js';

/** Names of the stack's properties, with one-line descriptions. */
export const HASTACK_PROPERTY_NAMES = {
  'single-primary': 'at most one node is DRBD Primary at any time',
  'no-split-brain': 'the DRBD nodes never start new data generations independently (split brain)',
  'vip-holder-serves': 'within the bound (or `seconds`) after the last fault, the VIP holder serves (NFS on the DRBD Primary, or DNS)',
  'clients-keep-access': 'within the bound (or `seconds`) after the last fault, a mounted NFS client is served and known by the VIP holder',
  'no-needless-failback': 'the VIP never leaves a sole holder that was serving, except through a fault',
  'single-master': 'at most one VRRP MASTER on a LAN that joins them (one advert interval of grace after a heal)',
  'single-vip-holder': 'at most one live host has the VIP configured (answers ARP for it) on a LAN that joins them (one advert interval of grace after a heal)',
} as const;

/** A stack property name. */
export type HaStackPropertyName = keyof typeof HASTACK_PROPERTY_NAMES;

/**
 * The default bound in ticks: the longest Master_Down_Interval plus one advert interval (a
 * takeover), plus the slowest tracker's detection (interval × fall; a tracked interface is
 * seen at once) and a supervisor's restart delay.
 */
export function defaultServeBound(config: HaStackConfig): number {
  const vc = config.vrrpWidest;
  const detect = Math.max(0, ...config.trackers.map((t, k) => config.trackerTicksList[k]! * t.fall));
  return vc.maxDownTicks + vc.maxAdvertTicks + detect + (config.restartTicks ?? 0);
}

/** `ticks` of the stack's clock in seconds, for descriptions (`4.5 s`). */
export function seconds(config: HaStackConfig, ticks: number): string {
  return `${Number(((ticks * config.vrrpWidest.gcdCs) / TICKS_PER_ADVERT / 100).toFixed(2))} s`;
}

/** Some node holds the VIP and every holder serves, or no node could. */
export function holderServes(config: HaStackConfig, s: HaState): boolean {
  const holders = vipHolders(s);
  if (holders.length === 0) return !([0, 1] as const).some((i) => eligible(config, s, i));
  return holders.every((i) => serves(config, s, i));
}

/** `vip-holder-serves` with a bound in ticks. */
export function vipHolderServes(config: HaStackConfig, bound = defaultServeBound(config)): Property<HaState> {
  return within('vip-holder-serves', bound, (s) => holderServes(config, s), {
    description: `within ${bound} ticks (${seconds(config, bound)}) after the last fault, the VIP holder serves ${config.service.toUpperCase()}`,
  });
}

/** The mounted client is served by a VIP holder that knows its mount. */
export function clientServed(config: HaStackConfig, s: HaState): boolean {
  if (!s.client) return true;
  return vipHolders(s).some((i) => {
    if (!serves(config, s, i)) return false;
    if (config.nfsClients === 'local') return s.nodes[i].knows;
    if (config.nfsClients === 'replicated') return s.onVolume;
    return true;
  });
}

/** `clients-keep-access` with a bound in ticks. */
export function clientsKeepAccess(config: HaStackConfig, bound = defaultServeBound(config)): Property<HaState> {
  return within('clients-keep-access', bound, (s) => clientServed(config, s), {
    description: `within ${bound} ticks (${seconds(config, bound)}) after the last fault, the mounted NFS client is served and known by the VIP holder`,
  });
}

/** At most one live DRBD Primary. */
export function singlePrimary(): Property<HaState> {
  const p = drbdSinglePrimary();
  return always(p.name, (s) => s.drbd === null || p.holds(s.drbd), { description: HASTACK_PROPERTY_NAMES['single-primary'] });
}

/** No DRBD split brain. */
export function noSplitBrain(): Property<HaState> {
  const p = drbdNoSplitBrain();
  return always(p.name, (s) => s.drbd === null || p.holds(s.drbd), { description: HASTACK_PROPERTY_NAMES['no-split-brain'] });
}

/** At most one VRRP MASTER while the LAN joins the nodes. */
export function haSingleMaster(): Property<HaState> {
  const p = vrrpSingleMaster();
  return always('single-master', (s) => p.holds(s.vrrp), { description: HASTACK_PROPERTY_NAMES['single-master'] });
}

/** At most one live host with the VIP configured while the LAN joins the nodes. */
export function singleVipHolder(): Property<HaState> {
  return always('single-vip-holder', (s) => s.vrrp.lan !== 'connected' || s.vrrp.grace > 0 || vipHolders(s).length <= 1, {
    description: HASTACK_PROPERTY_NAMES['single-vip-holder'],
  });
}

/** No needless failback. */
export function noNeedlessFailback(): Property<HaState> {
  return always('no-needless-failback', (s) => !s.failback, { description: HASTACK_PROPERTY_NAMES['no-needless-failback'] });
}
