/**
 * The failure-independent index of a topology: integer indices for bridges, ports and links,
 * and the encoded identifiers. Computed once per topology object (validated on the way) and
 * memoised in a WeakMap, so a sweep over many failed sets pays for it once.
 */
import { bridgeIdOf, portIdOf } from './identifiers.js';
import { portKey, type StpTopology } from './types.js';
import { validateStpTopology } from './validateStpTopology.js';

/** Integer-indexed view of a validated topology. */
export interface TopologyIndex {
  /** Per port: index of its bridge. */
  readonly portBridge: readonly number[];
  /** Per port: index of its link, or -1. */
  readonly portLink: readonly number[];
  /** Per bridge: indices of its ports, in topology order. */
  readonly bridgePorts: readonly (readonly number[])[];
  /** Per link: the port indices of its two ends. */
  readonly linkEnds: readonly (readonly [number, number])[];
  /** Per bridge: its bridge id (`pppp.mmmmmmmmmmmm`). */
  readonly bridgeIds: readonly string[];
  /** Per port: its 16-bit port id. */
  readonly portIds: readonly number[];
  /** Per port: its key in `StpResult.ports`. */
  readonly portKeys: readonly string[];
}

const cache = new WeakMap<StpTopology, TopologyIndex>();

/** Validates and indexes `topology`, or returns the index computed earlier for the same object. */
export function indexTopology(topology: StpTopology): TopologyIndex {
  const known = cache.get(topology);
  if (known !== undefined) return known;
  validateStpTopology(topology);
  const bridgeIndex = new Map<string, number>();
  topology.bridges.forEach((b, i) => bridgeIndex.set(b.id, i));
  const bridgePorts: number[][] = topology.bridges.map(() => []);
  const portIndex = new Map<string, number>();
  const portBridge = topology.ports.map((p, j) => {
    portIndex.set(portKey(p.bridge, p.name), j);
    const i = bridgeIndex.get(p.bridge) as number;
    bridgePorts[i]?.push(j);
    return i;
  });
  const portLink = topology.ports.map(() => -1);
  const linkEnds = topology.links.map((l, k): [number, number] => {
    const a = portIndex.get(portKey(l.a.bridge, l.a.port)) as number;
    const b = portIndex.get(portKey(l.b.bridge, l.b.port)) as number;
    portLink[a] = k;
    portLink[b] = k;
    return [a, b];
  });
  const platformOf = new Map(topology.bridges.map((b) => [b.id, b.platform ?? 'ieee'] as const));
  const index: TopologyIndex = {
    portBridge,
    portLink,
    bridgePorts,
    linkEnds,
    bridgeIds: topology.bridges.map((b) => bridgeIdOf(b.priority, b.mac)),
    portIds: topology.ports.map((p) => portIdOf(p.priority, p.number, platformOf.get(p.bridge))),
    portKeys: topology.ports.map((p) => portKey(p.bridge, p.name)),
  };
  cache.set(topology, index);
  return index;
}
