/**
 * The forwarding graph: who can deliver frames to whom once everything has converged.
 *
 * Vertices are nodes (a switch forwards between all its forwarding ports, so one vertex per
 * switch suffices) plus one vertex per link between two endpoints (a back-to-back cable).
 * A link between two switches is an edge in each direction whose sending port forwards,
 * whose receiving port forwards and whose direction is not lost. Endpoint NICs are not
 * vertices: they *attach* to the vertex at the far end of their link (see `nicUp`/`nicDown`).
 *
 * Components come from a union-find over the links usable both ways, in one pass over the
 * links. Links usable one way only (one-way gray failures) become directed edges between
 * components; they are few (one per such fault), so directed reachability is a search over
 * a handful of component edges, memoised per source component.
 *
 * A forwarding loop (broadcast storm) is a cycle: a two-way link closing a cycle in the
 * union-find (links of one bundle count once), or a one-way edge whose head reaches its tail.
 */
import type { CompiledTopology } from './compileTopology.js';
import type { FaultState } from './faultState.js';

/** A cycle among forwarding ports: the nodes in order and the links between them. */
export interface ForwardingCycle {
  readonly nodes: readonly string[];
  readonly links: readonly string[];
}

/** Components of the forwarding graph and the attachment of every NIC. */
export interface ForwardingGraph {
  /** Component (a union-find root) of each vertex. */
  readonly comp: Int32Array;
  /** Vertex at the far side of each port (endpoint NICs); -1 when uncabled. */
  readonly nicVertex: Int32Array;
  /** The port can send frames into its vertex. */
  readonly nicUp: Uint8Array;
  /** The port receives frames from its vertex. */
  readonly nicDown: Uint8Array;
  /** Some link works in one direction only, so reachability between components is directed. */
  readonly directed: boolean;
  /** Whether frames entering component `a` can reach component `b`. */
  compReaches(a: number, b: number): boolean;
  /** A forwarding loop, or null. */
  forwardingLoop(): ForwardingCycle | null;
}

function find(parent: Int32Array, x: number): number {
  let root = x;
  while (parent[root] !== root) root = parent[root]!;
  while (parent[x] !== root) {
    const next = parent[x]!;
    parent[x] = root;
    x = next;
  }
  return root;
}

/** Builds the forwarding graph from the physical state and per-port forwarding flags. */
export function forwardingGraphOf(topo: CompiledTopology, faults: FaultState, forwarding: Uint8Array): ForwardingGraph {
  const nodeCount = topo.nodeNames.length;
  const linkCount = topo.linkIds.length;
  const parent = new Int32Array(nodeCount + linkCount);
  for (let v = 0; v < parent.length; v++) parent[v] = v;
  const isSwitch = topo.nodeKinds.map((k) => k === 'switch');
  const oneWay: [number, number, number][] = []; // [from vertex, to vertex, link]
  const treeLinks: number[] = [];
  let closing = -1;
  const bundleSeen = new Set<string>();
  const passes = (from: number, to: number): boolean => forwarding[from] === 1 && forwarding[to] === 1 && faults.txLost[from] === 0;
  for (let l = 0; l < linkCount; l++) {
    const a = topo.linkA[l]!;
    const b = topo.linkB[l]!;
    const na = topo.portNode[a]!;
    const nb = topo.portNode[b]!;
    if (!isSwitch[na] || !isSwitch[nb] || faults.linkDown[l]) continue;
    const ab = passes(a, b);
    const ba = passes(b, a);
    if (ab && ba) {
      const bundle = topo.linkBundle[l]!;
      const key = na < nb ? `${na}|${nb}|${bundle}` : `${nb}|${na}|${bundle}`;
      if (bundle !== topo.linkIds[l] && bundleSeen.has(key)) continue;
      bundleSeen.add(key);
      const ra = find(parent, na);
      const rb = find(parent, nb);
      if (ra === rb) {
        if (closing < 0) closing = l;
      } else {
        parent[ra] = rb;
        treeLinks.push(l);
      }
    } else if (ab) oneWay.push([na, nb, l]);
    else if (ba) oneWay.push([nb, na, l]);
  }
  const comp = new Int32Array(parent.length);
  for (let v = 0; v < parent.length; v++) comp[v] = find(parent, v);

  const portCount = topo.portLabels.length;
  const nicVertex = new Int32Array(portCount).fill(-1);
  const nicUp = new Uint8Array(portCount);
  const nicDown = new Uint8Array(portCount);
  for (let p = 0; p < portCount; p++) {
    const q = topo.portPeer[p]!;
    if (q < 0 || isSwitch[topo.portNode[p]!]) continue;
    const peerIsSwitch = isSwitch[topo.portNode[q]!]!;
    nicVertex[p] = peerIsSwitch ? topo.portNode[q]! : nodeCount + topo.portLink[p]!;
    const live = faults.carrier[p] === 1 && (!peerIsSwitch || forwarding[q] === 1);
    nicUp[p] = live && faults.txLost[p] === 0 ? 1 : 0;
    nicDown[p] = live && faults.txLost[q] === 0 ? 1 : 0;
  }

  const compEdges = new Map<number, number[]>();
  for (const [from, to] of oneWay) {
    const cf = comp[from]!;
    const list = compEdges.get(cf) ?? [];
    list.push(comp[to]!);
    compEdges.set(cf, list);
  }
  const memo = new Map<number, Set<number>>();
  const compReaches = (a: number, b: number): boolean => {
    if (a === b) return true;
    if (compEdges.size === 0) return false;
    let seen = memo.get(a);
    if (seen === undefined) {
      seen = new Set([a]);
      const stack = [a];
      for (let c = stack.pop(); c !== undefined; c = stack.pop()) {
        for (const d of compEdges.get(c) ?? []) if (!seen.has(d)) (seen.add(d), stack.push(d));
      }
      memo.set(a, seen);
    }
    return seen.has(b);
  };

  const forwardingLoop = (): ForwardingCycle | null => {
    if (closing >= 0) return cycleThrough(topo, treeLinks, closing);
    for (const [from, to, l] of oneWay) {
      if (compReaches(comp[to]!, comp[from]!)) return directedCycle(topo, faults, forwarding, from, to, l);
    }
    return null;
  };
  return { comp, nicVertex, nicUp, nicDown, directed: compEdges.size > 0, compReaches, forwardingLoop };
}

/** Endpoints of link `l` as node indices. */
function ends(topo: CompiledTopology, l: number): [number, number] {
  return [topo.portNode[topo.linkA[l]!]!, topo.portNode[topo.linkB[l]!]!];
}

/** The cycle formed by `closing` and the tree path between its ends. */
function cycleThrough(topo: CompiledTopology, treeLinks: readonly number[], closing: number): ForwardingCycle {
  const adjacency = new Map<number, [number, number][]>();
  for (const l of treeLinks) {
    const [a, b] = ends(topo, l);
    adjacency.set(a, [...(adjacency.get(a) ?? []), [b, l]]);
    adjacency.set(b, [...(adjacency.get(b) ?? []), [a, l]]);
  }
  const [start, goal] = ends(topo, closing);
  return pathCycle(topo, adjacency, goal, start, closing);
}

/** The cycle formed by one-way edge `from→to` (link `l`) and a forwarding path from `to` back to `from`. */
function directedCycle(
  topo: CompiledTopology,
  faults: FaultState,
  forwarding: Uint8Array,
  from: number,
  to: number,
  l: number,
): ForwardingCycle {
  const adjacency = new Map<number, [number, number][]>();
  for (let k = 0; k < topo.linkIds.length; k++) {
    const a = topo.linkA[k]!;
    const b = topo.linkB[k]!;
    const [na, nb] = ends(topo, k);
    if (topo.nodeKinds[na] !== 'switch' || topo.nodeKinds[nb] !== 'switch' || faults.linkDown[k]) continue;
    if (forwarding[a] && forwarding[b] && !faults.txLost[a]) adjacency.set(na, [...(adjacency.get(na) ?? []), [nb, k]]);
    if (forwarding[a] && forwarding[b] && !faults.txLost[b]) adjacency.set(nb, [...(adjacency.get(nb) ?? []), [na, k]]);
  }
  return pathCycle(topo, adjacency, to, from, l);
}

/** Breadth-first path from `source` to `target`, closed by link `closing` (target→source). */
function pathCycle(
  topo: CompiledTopology,
  adjacency: ReadonlyMap<number, readonly [number, number][]>,
  source: number,
  target: number,
  closing: number,
): ForwardingCycle {
  const via = new Map<number, [number, number]>([[source, [-1, -1]]]);
  const queue = [source];
  for (let i = 0; i < queue.length && !via.has(target); i++) {
    const v = queue[i]!;
    for (const [w, l] of adjacency.get(v) ?? []) {
      if (l === closing || via.has(w)) continue;
      via.set(w, [v, l]);
      queue.push(w);
    }
  }
  const nodes: string[] = [];
  const links: string[] = [];
  for (let v = target; v !== source; ) {
    const [prev, l] = via.get(v)!;
    nodes.unshift(topo.nodeNames[v]!);
    links.unshift(topo.linkIds[l]!);
    v = prev;
  }
  nodes.unshift(topo.nodeNames[source]!);
  links.push(topo.linkIds[closing]!);
  return { nodes, links };
}
