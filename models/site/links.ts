/**
 * The channels of a site and whether each delivers under a converged network: what the HA
 * layer and the site's properties observe of the network, and nothing more.
 *
 * - `advert[d]`: keepalived adverts from node d to the other node arrive (heartbeat interface
 *   to heartbeat interface; one direction each, so a one-way loss is one direction).
 * - `replication`: DRBD's TCP connection can exist: both directions between the replication
 *   interfaces.
 * - `carrier[i]`: node i's VIP interface has link (a NIC with carrier, a bond with a slave in
 *   use), what `track_interface` watches.
 * - `client[c][i]`: client c and node i's VIP interface reach each other both ways.
 * - `observer[o][i]`: the same, for every other live endpoint of the topology (for "one
 *   master as seen from every host").
 */
import type { ConvergedL2 } from '../l2/converge.js';
import type { CompiledTopology } from '../l2/compileTopology.js';
import { spreadOf } from '../l2/bondMode.js';
import { interfaceReaches, type Interface } from '../l2/endpointReach.js';
import type { NodePlacement } from './config.js';

/** What the HA layer sees of the network. */
export interface SiteLinks {
  readonly advert: readonly [boolean, boolean];
  readonly replication: boolean;
  readonly carrier: readonly [boolean, boolean];
  readonly client: readonly (readonly [boolean, boolean])[];
  readonly observer: readonly (readonly [boolean, boolean])[];
}

/** The interfaces of `host` named `name` (a bond or a NIC), or all of them for `null`. */
export function interfacesOf(topo: CompiledTopology, c: ConvergedL2, host: string, name: string | null): Interface[] {
  const n = topo.nodeIndex.get(host)!;
  if (name === null) return [...c.settled.interfaces[n]!];
  const b = topo.bondIndex.get(`${host}:${name}`);
  if (b !== undefined) {
    const bond = topo.bonds[b]!;
    return [{ nics: c.settled.bonds[b]!.used, spread: spreadOf(bond.mode) }];
  }
  const p = topo.portIndex.get(`${host}:${name}`)!;
  return [{ nics: c.faults.carrier[p] ? [p] : [], spread: 'single' }];
}

function reaches(c: ConvergedL2, from: readonly Interface[], to: readonly Interface[]): boolean {
  return from.some((i) => to.some((j) => interfaceReaches(c.graph, i, j)));
}

function both(c: ConvergedL2, a: readonly Interface[], b: readonly Interface[]): boolean {
  return reaches(c, a, b) && reaches(c, b, a);
}

/** The site's channels under `c`. `observers` are endpoint names other than the nodes. */
export function siteLinksOf(topo: CompiledTopology, c: ConvergedL2, placement: readonly [NodePlacement, NodePlacement], clients: readonly string[], observers: readonly string[]): SiteLinks {
  const [p0, p1] = placement;
  const hb0 = interfacesOf(topo, c, p0.host, p0.heartbeat);
  const hb1 = interfacesOf(topo, c, p1.host, p1.heartbeat);
  const vip = [interfacesOf(topo, c, p0.host, p0.vip), interfacesOf(topo, c, p1.host, p1.vip)] as const;
  const seen = (host: string): readonly [boolean, boolean] => {
    const own = interfacesOf(topo, c, host, null);
    return [both(c, own, vip[0]), both(c, own, vip[1])];
  };
  return {
    advert: [reaches(c, hb0, hb1), reaches(c, hb1, hb0)],
    replication: both(c, interfacesOf(topo, c, p0.host, p0.replication), interfacesOf(topo, c, p1.host, p1.replication)),
    carrier: [vip[0].some((i) => i.nics.length > 0), vip[1].some((i) => i.nics.length > 0)],
    client: clients.map(seen),
    observer: observers.map((o) => (c.faults.nodeDown[topo.nodeIndex.get(o)!] ? ([false, false] as const) : seen(o))),
  };
}

/** A key equal for equal links (for caches and effect classes). */
export function linksKey(l: SiteLinks): string {
  const bit = (b: boolean): string => (b ? '1' : '0');
  const pair = (p: readonly [boolean, boolean]): string => bit(p[0]) + bit(p[1]);
  return `${pair(l.advert)}${bit(l.replication)}${pair(l.carrier)}|${l.client.map(pair).join('')}|${l.observer.map(pair).join('')}`;
}
