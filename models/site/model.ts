/**
 * The site model: the converged layer-2 network and the HA stack, composed through
 * connectivity (docs/decisions/0017-site-composition.md).
 *
 * What is modelled
 * - Network faults are the topology kind's fault elements (cables, NICs, switch ports,
 *   switches, routers, gray and one-way links, MC-LAG peer-links and keepalives): each fails
 *   one element or repairs it, and each counts against the fault budget, as the HA stack's
 *   repairs do. After one, the network converges at once (models/l2: spanning tree, bond
 *   monitors, LAGs, MC-LAG) and the HA layer sees the result through {@link SiteLinks}:
 *   keepalived adverts between the heartbeat interfaces (each direction on its own), the DRBD
 *   connection between the replication interfaces (both directions), the carrier of each
 *   node's VIP interface (`track_interface`), and which clients reach which node's VIP
 *   interface. A partition is what network faults produce, never an input.
 * - Service faults are the HA stack's own (models/hastack): host crash and restart,
 *   keepalived stop/start and kill, the NFS or DNS daemon stopping. The stack's abstract
 *   `partition`, DRBD `link` and `nic` faults are replaced by the network.
 * - The NFS client of the stack (`nfs.client_state`) mounts only through a node some site
 *   client reaches.
 *
 * Abstracted away: convergence time (spanning tree, bond failover and LACP settle within the
 * step of the fault: RSTP and miimon act in well under a keepalived advert interval, a tick);
 * the hosts' ARP caches and the switches' MAC tables (a client reaches a node's VIP interface
 * when frames can pass both ways); a crashed cluster host still answers ARP monitors of
 * others' bonds (targets should be routers or gateways); cluster hosts and clients are not
 * network fault elements (a cluster host's crash is the stack's `crash`; a client that dies is
 * not a failure of the service). Everything models/l2 and models/hastack abstract.
 *
 * Sources: DESIGN.md "Sites", PROTOCOLS.md §1 (VRRP and keepalived), §2 (DRBD), §3
 * (bonding), §6 (spanning tree); models/l2 and models/hastack headers.
 */
import { codecOf } from '../../src/core/layout.js';
import type { Model } from '../../src/core/model.js';
import type { HaAction } from '../hastack/actions.js';
import { createHaStackModel } from '../hastack/model.js';
import type { HaState } from '../hastack/state.js';
import { l2Model, type L2Action, type L2Model } from '../l2/l2Model.js';
import type { SiteConfig } from './config.js';
import { linksKey, siteLinksOf, type SiteLinks } from './links.js';
import { failedOf, siteLayout, type SiteState } from './state.js';
import { syncLinks } from './syncLinks.js';
import { siteView } from './view.js';

/** A step or fault of the site: the stack's, or a network element failing or coming back. */
export type SiteAction = HaAction | L2Action;

/** The site model plus what properties, views and sweeps need. */
export interface SiteModel extends Model<SiteState, SiteAction> {
  readonly config: SiteConfig;
  readonly network: L2Model;
  /** Endpoints other than the two nodes, watched for "one master as seen from every host". */
  readonly observers: readonly string[];
  /** What the HA layer sees of the network in `s` (cached per fault set). */
  links(s: SiteState | readonly number[]): SiteLinks;
}

const LINK_CACHE = 1 << 16;

function isNetwork(a: SiteAction): a is L2Action {
  return a.type === 'fail' || a.type === 'repair';
}

/** Builds the site model. */
export function createSiteModel(config: SiteConfig): SiteModel {
  const network = l2Model(config.topology, { faults: config.networkFaults, repairs: false, name: 'network' });
  const ha = createHaStackModel(config.ha);
  const topo = network.context.topo;
  const nodes = new Set(config.placement.map((p) => p.host));
  const observers = topo.endpoints.map((n) => topo.nodeNames[n]!).filter((name) => !nodes.has(name));
  const cache = new Map<string, SiteLinks>();
  const links = (s: SiteState | readonly number[]): SiteLinks => {
    const failed = Array.isArray(s) ? (s as readonly number[]) : failedOf(s as SiteState);
    const key = failed.join(',');
    let found = cache.get(key);
    if (found === undefined) {
      found = siteLinksOf(topo, network.converged({ failed }), config.placement, config.clients, observers);
      if (cache.size >= LINK_CACHE) cache.delete(cache.keys().next().value!);
      cache.set(key, found);
    }
    return found;
  };
  const candidates = network.candidates.length;
  return {
    name: 'site',
    config,
    network,
    observers,
    links,
    codec: codecOf(siteLayout(candidates, config.ha)),
    initialStates: () => ha.initialStates().map((h) => ({ down: new Array<boolean>(candidates).fill(false), ha: h })),
    actions(s) {
      const steps = ha.actions(s.ha);
      if (config.clients.length === 0) return steps;
      const l = links(s);
      return steps.filter((a) => a.type !== 'clientMount' || l.client.some((c) => c[a.node]));
    },
    faults(s) {
      const out: SiteAction[] = [];
      s.down.forEach((d, element) => out.push({ type: d ? 'repair' : 'fail', element }));
      return [...out, ...ha.faults(s.ha)];
    },
    next(s, a) {
      if (!isNetwork(a)) return { down: s.down, ha: ha.next(s.ha, a as HaAction) };
      const down = [...s.down];
      down[a.element] = a.type === 'fail';
      const after = { down, ha: s.ha };
      const h: HaState = syncLinks(config.ha, s.ha, links(s), links(after));
      return { down, ha: { ...h, failback: false } };
    },
    view: (s) => siteView(config, network, s, links(s)),
    formatAction: (a) => (isNetwork(a) ? network.formatAction!(a) : ha.formatAction!(a as HaAction)),
    duration: (a) => (isNetwork(a) ? 0 : ha.duration!(a as HaAction)),
  };
}

/** A key equal for network states the HA layer cannot tell apart. */
export function linksSignature(model: SiteModel, failed: readonly number[]): string {
  return linksKey(model.links(failed));
}
