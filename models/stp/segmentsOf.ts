/**
 * The segments of a topology under a failed set: the shared media on which STP ports meet.
 *
 * A live link (not failed, both bridges alive) is a segment. A live bridge that runs no STP
 * floods BPDUs like any frame (Linux `br_handle_frame`: with STP off, frames to the Bridge
 * Group Address 01:80:c2:00:00:00 are forwarded), so all the live links on its ports merge
 * into one segment, a shared LAN as 802.1D sees it.
 */
import type { StpTopology } from './types.js';
import { portKey } from './types.js';

/** The indexed topology and its segments. */
export interface SegmentIndex {
  /** Bridge index by id. */
  readonly bridgeIndex: ReadonlyMap<string, number>;
  /** Per port: index of its bridge. */
  readonly portBridge: readonly number[];
  /** Per port: index of its link, or -1. */
  readonly portLink: readonly number[];
  /** Per bridge: indices of its ports, in topology order. */
  readonly bridgePorts: readonly (readonly number[])[];
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
export function segmentsOf(topology: StpTopology, failed: ReadonlySet<string>): SegmentIndex {
  const bridgeIndex = new Map<string, number>();
  topology.bridges.forEach((b, i) => bridgeIndex.set(b.id, i));
  const bridgeUp = topology.bridges.map((b) => !failed.has(b.id));
  const bridgePorts: number[][] = topology.bridges.map(() => []);
  const portIndex = new Map<string, number>();
  const portBridge = topology.ports.map((p, j) => {
    portIndex.set(portKey(p.bridge, p.name), j);
    const i = bridgeIndex.get(p.bridge) as number;
    bridgePorts[i]?.push(j);
    return i;
  });
  const portLink = topology.ports.map(() => -1);
  const linkEnds: [number, number][] = topology.links.map((l, k) => {
    const a = portIndex.get(portKey(l.a.bridge, l.a.port)) as number;
    const b = portIndex.get(portKey(l.b.bridge, l.b.port)) as number;
    portLink[a] = k;
    portLink[b] = k;
    return [a, b];
  });
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
  return { bridgeIndex, portBridge, portLink, bridgePorts, bridgeUp, portUp, portSegment, segmentStpPorts };
}
