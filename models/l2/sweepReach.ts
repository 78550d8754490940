/**
 * Canonical evidence for broken layer-2 properties, computed the same way whether the
 * network was converged from scratch or patched from the baseline (`sweepSubject.ts`), so a
 * fast sweep and a naive one print the same table.
 *
 * Endpoints are grouped by their reachability signature (`reachSignature`): members of a
 * group are interchangeable, so a broken pair of groups is shown by its first members in
 * node order, and counted as every pair between them.
 */
import type { CompiledTopology } from './compileTopology.js';
import { endpointReaches, reachSignature, type Interface } from './endpointReach.js';
import type { ForwardingGraph } from './forwardingGraph.js';

/** A network as reachability sees it. */
export interface ReachNetwork {
  readonly graph: ForwardingGraph;
  readonly interfaces: readonly (readonly Interface[])[];
}

/** Live endpoints grouped by signature; members ascending. */
export type ReachGroups = Map<string, number[]>;

/** Groups `live` endpoints of `net` by signature. */
export function reachGroups(net: ReachNetwork, live: readonly number[]): ReachGroups {
  const groups: ReachGroups = new Map();
  for (const n of live) {
    const key = reachSignature(net.graph, net.interfaces[n]!);
    const g = groups.get(key);
    if (g) g.push(n);
    else groups.set(key, [n]);
  }
  return groups;
}

function arrow(topo: CompiledTopology, net: ReachNetwork, a: number, b: number): string {
  const ab = endpointReaches(net.graph, net.interfaces[a]!, net.interfaces[b]!);
  const ba = endpointReaches(net.graph, net.interfaces[b]!, net.interfaces[a]!);
  const [x, y] = ba && !ab ? [a, b] : ab && !ba ? [b, a] : [a, b];
  return `${topo.nodeNames[x]} ${ab || ba ? '↛' : '↮'} ${topo.nodeNames[y]}`;
}

/**
 * Broken pairs among all live endpoints: empty when every pair reaches each other both
 * ways, else every broken pair (`Server3 ↛ Server1`), members of each broken pair of groups
 * expanded, in node order (reports fold long lists; the data keeps them all).
 * `status` may cache pair-of-signature verdicts across calls on networks with the same
 * undirected components.
 */
export function allPairsEvidence(
  topo: CompiledTopology,
  net: ReachNetwork,
  groups: ReachGroups,
  status?: Map<string, boolean>,
): string[] {
  const both = (a: number, b: number) =>
    endpointReaches(net.graph, net.interfaces[a]!, net.interfaces[b]!) && endpointReaches(net.graph, net.interfaces[b]!, net.interfaces[a]!);
  const keys = [...groups.keys()];
  const broken: [number, number][] = [];
  for (let i = 0; i < keys.length; i++) {
    const gi = groups.get(keys[i]!)!;
    if (gi.length === 0) continue;
    for (let j = 0; j <= i; j++) {
      const gj = groups.get(keys[j]!)!;
      if (gj.length === 0 || (i === j && gi.length < 2)) continue;
      const cacheKey = `${keys[i]}\u0000${keys[j]}`;
      let ok = status?.get(cacheKey);
      if (ok === undefined) {
        ok = i === j ? both(gi[0]!, gi[1]!) : both(gi[0]!, gj[0]!);
        status?.set(cacheKey, ok);
      }
      if (ok) continue;
      broken.push(...memberPairs(gi, gj, i === j));
    }
  }
  broken.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return broken.map(([a, b]) => arrow(topo, net, a, b));
}

/** Every pair of members between two groups (or within one), lower node first. */
function memberPairs(gi: readonly number[], gj: readonly number[], same: boolean): [number, number][] {
  const pairs: [number, number][] = [];
  gi.forEach((a, x) => {
    for (const b of same ? gi.slice(x + 1) : gj) pairs.push(a < b ? [a, b] : [b, a]);
  });
  return pairs;
}

/** Broken named pairs, in the order given. */
export function namedPairsEvidence(topo: CompiledTopology, net: ReachNetwork, pairs: readonly (readonly [string, string])[], nodeDown: Uint8Array): string[] {
  const out: string[] = [];
  for (const [a, b] of pairs) {
    const x = topo.nodeIndex.get(a)!;
    const y = topo.nodeIndex.get(b)!;
    if (x === y) continue;
    const dead = (n: number) => nodeDown[n] === 1;
    const ab = !dead(x) && !dead(y) && endpointReaches(net.graph, net.interfaces[x]!, net.interfaces[y]!);
    const ba = !dead(x) && !dead(y) && endpointReaches(net.graph, net.interfaces[y]!, net.interfaces[x]!);
    if (ab && ba) continue;
    const downs = [x, y].filter(dead).map((n) => `${topo.nodeNames[n]} is down`);
    out.push(downs.length > 0 ? `${a} ↮ ${b} (${downs.join(', ')})` : arrow(topo, net, x, y));
  }
  return out;
}
