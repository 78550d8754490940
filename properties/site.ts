/**
 * Requirements on a site (models/site): the HA stack's properties lifted to the site, and the
 * ones that need both layers.
 *
 * - `clients-served`: within the bound after the last fault, every client reaches (both ways)
 *   a VIP holder, and every holder it reaches serves (NFS on its mounted DRBD Primary, or DNS)
 *   — unless no node could hold the VIP at all (hosts down, keepalived stopped).
 * - `single-master-seen`: no host other than the two nodes reaches two VIP holders at once
 *   (two routers answering ARP for the VIP on one segment), outside the one advert interval of
 *   grace that follows a repaired advert direction.
 * - `replicated-within`: within the bound after the last fault, DRBD is Connected whenever
 *   both nodes are up with a disk: the data is on two machines again.
 * - `no-acked-write-lost`: every write acknowledged to the application is in what any DRBD
 *   Primary serves (properties/drbd.ts).
 * - and the stack's own: `single-primary`, `no-split-brain`, `vip-holder-serves`,
 *   `clients-keep-access`, `no-needless-failback` (properties/hastack.ts).
 */
import { always, within, type Property } from '../src/core/property.js';
import type { HaStackConfig } from '../models/hastack/config.js';
import { eligible, hostUp, serves, vipHolders, type HaState } from '../models/hastack/state.js';
import type { SiteModel } from '../models/site/model.js';
import type { SiteState } from '../models/site/state.js';
import { noAckedWriteLost as drbdNoAckedWriteLost } from './drbd.js';
import { HASTACK_PROPERTY_NAMES } from './hastack.js';

/** The site's own property names, with one-line descriptions. */
export const SITE_OWN_PROPERTY_NAMES = {
  'clients-served': 'within the bound (or `seconds`) after the last fault, every client reaches a VIP holder and every holder it reaches serves',
  'single-master-seen': 'no other host reaches two VIP holders at once (outside one advert interval after a repair)',
  'replicated-within': 'within the bound (or `seconds`) after the last fault, DRBD is Connected whenever both nodes are up with a disk',
  'no-acked-write-lost': 'every acknowledged write is in the data served by whichever node is DRBD Primary',
} as const;

/** Every property a site checks. */
export const SITE_PROPERTY_NAMES = { ...HASTACK_PROPERTY_NAMES, ...SITE_OWN_PROPERTY_NAMES } as const;

/** A site property name. */
export type SitePropertyName = keyof typeof SITE_PROPERTY_NAMES;

/** `p` of the stack, read on the site's stack state. */
export function lifted(p: Property<HaState>): Property<SiteState> {
  const holds = (s: SiteState): boolean => p.holds(s.ha);
  if (p.kind === 'within') return within(p.name, p.bound, holds, p.description === undefined ? {} : { description: p.description });
  return { ...p, holds } as Property<SiteState>;
}

function anyEligible(config: HaStackConfig, s: HaState): boolean {
  return ([0, 1] as const).some((i) => eligible(config, s, i));
}

/** Every client reaches a VIP holder and each holder it reaches serves; or no node could hold it. */
export function clientsServedIn(model: SiteModel, s: SiteState): boolean {
  const config = model.config.ha;
  if (!anyEligible(config, s.ha)) return true;
  const holders = vipHolders(s.ha);
  const links = model.links(s);
  return links.client.every((reach) => {
    const seen = holders.filter((i) => reach[i]);
    return seen.length > 0 && seen.every((i) => serves(config, s.ha, i));
  });
}

/** `clients-served` with a bound in ticks. */
export function clientsServed(model: SiteModel, bound: number, seconds: string): Property<SiteState> {
  return within('clients-served', bound, (s) => clientsServedIn(model, s), {
    description: `within ${bound} ticks (${seconds}) after the last fault, every client (${model.config.clients.join(', ')}) reaches a VIP holder that serves ${model.config.ha.service.toUpperCase()}`,
  });
}

/** No other host reaches two VIP holders, outside the grace after a repaired advert direction. */
export function singleMasterSeen(model: SiteModel): Property<SiteState> {
  return always(
    'single-master-seen',
    (s) => {
      if (s.ha.vrrp.grace > 0) return true;
      const holders = vipHolders(s.ha);
      if (holders.length < 2) return true;
      return model.links(s).observer.every((reach) => !(reach[0] && reach[1]));
    },
    { description: SITE_OWN_PROPERTY_NAMES['single-master-seen'] },
  );
}

/** DRBD Connected whenever both nodes are up with a disk. */
export function replicatedIn(s: SiteState): boolean {
  const d = s.ha.drbd;
  if (d === null) return true;
  const bothUp = ([0, 1] as const).every((i) => hostUp(s.ha, i) && d.nodes[i].up && d.nodes[i].disk !== 'Diskless');
  return !bothUp || d.nodes.every((n) => n.conn === 'Connected');
}

/** `replicated-within` with a bound in ticks. */
export function replicatedWithin(bound: number, seconds: string): Property<SiteState> {
  return within('replicated-within', bound, replicatedIn, {
    description: `within ${bound} ticks (${seconds}) after the last fault, DRBD is Connected whenever both nodes are up with a disk`,
  });
}

/** No acknowledged write lost (DRBD's property on the stack's resource). */
export function noAckedWriteLost(): Property<SiteState> {
  const p = drbdNoAckedWriteLost();
  return always(p.name, (s) => s.ha.drbd === null || p.holds(s.ha.drbd), { description: SITE_OWN_PROPERTY_NAMES['no-acked-write-lost'] });
}
