/**
 * The converged switch graph that traffic follows: one logical edge per pair of switches and
 * bundle (a formed LAG between two switches is one logical link; its load is hashed evenly
 * over its members with carrier — the abstraction of perfect hashing), usable when at least
 * one member forwards both ways after spanning tree. Shortest paths by hop count from any
 * switch, memoised per source; on a loop-free forwarding graph the path is the unique tree
 * path spanning tree leaves.
 */
import type { CompiledTopology } from './compileTopology.js';
import type { FaultState } from './faultState.js';

/** A logical link between two switches and the member links that share its load. */
export interface LogicalEdge {
  readonly a: number;
  readonly b: number;
  readonly members: readonly number[];
}

/** Shortest paths over the logical edges. */
export interface PathsGraph {
  readonly edges: readonly LogicalEdge[];
  /** Hop distance and the logical edges of a shortest path from switch `from` to switch `to`, or null. */
  path(from: number, to: number): { readonly hops: number; readonly edges: readonly number[] } | null;
}

/** The switch graph of one converged state. */
export function pathsGraphOf(topo: CompiledTopology, faults: FaultState, forwarding: Uint8Array): PathsGraph {
  const isSwitch = (n: number): boolean => topo.nodeKinds[n] === 'switch';
  const byKey = new Map<string, { a: number; b: number; members: number[]; forwards: boolean }>();
  for (let l = 0; l < topo.linkIds.length; l++) {
    const pa = topo.linkA[l]!;
    const pb = topo.linkB[l]!;
    const na = topo.portNode[pa]!;
    const nb = topo.portNode[pb]!;
    if (!isSwitch(na) || !isSwitch(nb) || faults.linkDown[l]) continue;
    const [a, b] = na < nb ? [na, nb] : [nb, na];
    const key = `${a}|${b}|${topo.linkBundle[l]}`;
    const edge = byKey.get(key) ?? { a, b, members: [], forwards: false };
    edge.members.push(l);
    if (forwarding[pa] && forwarding[pb] && !faults.txLost[pa] && !faults.txLost[pb]) edge.forwards = true;
    byKey.set(key, edge);
  }
  const edges: LogicalEdge[] = [...byKey.values()].filter((e) => e.forwards).map(({ a, b, members }) => ({ a, b, members }));
  const adjacency = new Map<number, [number, number][]>();
  edges.forEach((e, i) => {
    adjacency.set(e.a, [...(adjacency.get(e.a) ?? []), [e.b, i]]);
    adjacency.set(e.b, [...(adjacency.get(e.b) ?? []), [e.a, i]]);
  });
  const memo = new Map<number, Map<number, [number, number]>>();
  const treeFrom = (source: number): Map<number, [number, number]> => {
    let via = memo.get(source);
    if (via) return via;
    via = new Map([[source, [-1, -1]]]);
    const queue = [source];
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i]!;
      for (const [w, e] of adjacency.get(v) ?? []) {
        if (via.has(w)) continue;
        via.set(w, [v, e]);
        queue.push(w);
      }
    }
    memo.set(source, via);
    return via;
  };
  return {
    edges,
    path(from, to) {
      const via = treeFrom(from);
      if (!via.has(to)) return null;
      const path: number[] = [];
      for (let v = to; v !== from; ) {
        const [prev, e] = via.get(v)!;
        path.unshift(e);
        v = prev;
      }
      return { hops: path.length, edges: path };
    },
  };
}
