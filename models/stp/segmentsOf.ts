/**
 * The segments of a topology under a failed set: the shared media on which STP ports meet.
 *
 * A live link (not failed, both bridges alive) is a segment. A live bridge that runs no STP
 * floods BPDUs like any frame (Linux `br_handle_frame`: with STP off, frames to the Bridge
 * Group Address 01:80:c2:00:00:00 are forwarded), so all the live links on its ports merge
 * into one segment, a shared LAN as 802.1D sees it.
 */
import type { TopologyIndex } from './indexTopology.js';
import type { StpTopology } from './types.js';

/** The segments of a topology under a failed set. */
export interface SegmentIndex {
  /** Per bridge: alive (not in the failed set). */
  readonly bridgeUp: readonly boolean[];
  /** Per port: up (bridge alive and, if linked, the link and its far bridge alive). */
  readonly portUp: readonly boolean[];
  /** Per port: segment index, or -1 when the port has no live link. */
  readonly portSegment: readonly number[];
  /** Per segment: the STP-running ports on it (a segment may hold none). */
  readonly segmentStpPorts: readonly (readonly number[])[];
}

function find(parent: number[], x: number): number {
  let root = x;
  while (parent[root] !== root) root = parent[root] as number;
  while (parent[x] !== root) {
    const next = parent[x] as number;
    parent[x] = root;
    x = next;
  }
  return root;
}

/** Indexes `topology` and computes its segments with the elements of `failed` removed. */
export function segmentsOf(topology: StpTopology, index: TopologyIndex, failed: ReadonlySet<string>): SegmentIndex {
  const { portBridge, portLink, bridgePorts, linkEnds } = index;
  const bridgeUp = topology.bridges.map((b) => !failed.has(b.id));
  const linkUp = linkEnds.map(
    ([a, b], k) =>
      !failed.has(topology.links[k]?.id ?? '') &&
      bridgeUp[portBridge[a] as number] === true &&
      bridgeUp[portBridge[b] as number] === true,
  );
  const portUp = portBridge.map((i, j) => {
    const k = portLink[j] as number;
    return bridgeUp[i] === true && (k < 0 || linkUp[k] === true);
  });

  // Union the live links on every live bridge that runs no STP: it is a hub for BPDUs.
  const parent = linkEnds.map((_, k) => k);
  topology.bridges.forEach((b, i) => {
    if (b.mode !== 'none' || !bridgeUp[i]) return;
    let first = -1;
    for (const j of bridgePorts[i] ?? []) {
      const k = portLink[j] as number;
      if (k < 0 || !linkUp[k]) continue;
      if (first < 0) first = k;
      else parent[find(parent, k)] = find(parent, first);
    }
  });

  const segmentOfRoot = new Map<number, number>();
  const segmentStpPorts: number[][] = [];
  const portSegment = topology.ports.map(() => -1);
  linkEnds.forEach((ends, k) => {
    if (!linkUp[k]) return;
    const root = find(parent, k);
    let s = segmentOfRoot.get(root);
    if (s === undefined) {
      s = segmentStpPorts.length;
      segmentOfRoot.set(root, s);
      segmentStpPorts.push([]);
    }
    for (const j of ends) {
      portSegment[j] = s;
      if (topology.bridges[portBridge[j] as number]?.mode !== 'none') segmentStpPorts[s]?.push(j);
    }
  });
  // Keep each segment's ports in topology order, so results never depend on link order.
  for (const ports of segmentStpPorts) ports.sort((x, y) => x - y);
  return { bridgeUp, portUp, portSegment, segmentStpPorts };
}
