/**
 * Requirements on a switched network running RSTP, as properties of the protocol-level model
 * (models/rstp).
 *
 * - `no-forwarding-loop` (always): the links whose two ports both forward, between bridges
 *   whose data plane works (up or hung), form no cycle — a cycle is a broadcast storm.
 * - `reconverged` (within k): after the last fault, within k hellos, every surviving component
 *   (running bridges joined by links with carrier) agrees on its best bridge as root and its
 *   forwarding links form a spanning tree of the component.
 */
import { always, within, type Property } from '../src/core/property.js';
import type { RstpConfig } from '../models/rstp/config.js';
import { rootPathOf } from '../models/rstp/select.js';
import { carries, type RstpState } from '../models/rstp/state.js';

/** Names of the RSTP properties, with one-line descriptions. */
export const RSTP_PROPERTY_NAMES = {
  'no-forwarding-loop': 'in every state, the links forwarding at both ends form no cycle (no broadcast storm)',
  reconverged: 'within k hellos (default: 3 × hello aging + 2 forward-delay steps + 1) after the last fault, every surviving component has one root and a spanning tree of forwarding links',
} as const;

/** An RSTP property name. */
export type RstpPropertyName = keyof typeof RSTP_PROPERTY_NAMES;

function find(parent: number[], x: number): number {
  while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
  return x;
}

/** The links that forward frames at both ends, as pairs of bridges. */
export function forwardingLinks(config: RstpConfig, s: RstpState): [number, number][] {
  return config.links.flatMap((l, i): [number, number][] =>
    carries(config, s, i) && s.ports[l.a]!.st === 'forwarding' && s.ports[l.b]!.st === 'forwarding'
      ? [[config.ports[l.a]!.bridge, config.ports[l.b]!.bridge]]
      : [],
  );
}

/** The bridges on a forwarding cycle, or null when there is none. */
export function forwardingCycle(config: RstpConfig, s: RstpState): number[] | null {
  const parent = config.bridges.map((_, i) => i);
  for (const [a, b] of forwardingLinks(config, s)) {
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra === rb) return [a, b];
    parent[ra] = rb;
  }
  return null;
}

/** No cycle of forwarding links in any state. */
export function noForwardingLoop(config: RstpConfig): Property<RstpState> {
  return always('no-forwarding-loop', (s) => forwardingCycle(config, s) === null, {
    description: RSTP_PROPERTY_NAMES['no-forwarding-loop'],
  });
}

/** Components of running bridges over links with carrier. */
function components(config: RstpConfig, s: RstpState): number[][] {
  const parent = config.bridges.map((_, i) => i);
  config.links.forEach((l, i) => {
    const a = config.ports[l.a]!.bridge;
    const b = config.ports[l.b]!.bridge;
    if (s.links[i] && s.bridges[a] === 'up' && s.bridges[b] === 'up') parent[find(parent, a)] = find(parent, b);
  });
  const groups = new Map<number, number[]>();
  config.bridges.forEach((_, b) => {
    if (s.bridges[b] !== 'up') return;
    const r = find(parent, b);
    groups.set(r, [...(groups.get(r) ?? []), b]);
  });
  return [...groups.values()];
}

/** Whether every surviving component has its best bridge as everyone's root and a spanning tree of forwarding links. */
export function isConverged(config: RstpConfig, s: RstpState): boolean {
  const edges = forwardingLinks(config, s).filter(([a, b]) => s.bridges[a] === 'up' && s.bridges[b] === 'up');
  for (const comp of components(config, s)) {
    const best = comp.reduce((x, y) => (config.rank[y]! < config.rank[x]! ? y : x));
    if (comp.some((b) => rootPathOf(config, s.ports, b).vector.root !== best)) return false;
    const inside = new Set(comp);
    const own = edges.filter(([a]) => inside.has(a));
    if (own.length !== comp.length - 1) return false;
  }
  // n − 1 acyclic edges inside each component ⇒ a spanning tree of it.
  const parent = config.bridges.map((_, i) => i);
  for (const [a, b] of edges) {
    if (find(parent, a) === find(parent, b)) return false;
    parent[find(parent, a)] = find(parent, b);
  }
  return true;
}

/** The default bound: 3 hellos to age silent neighbours out, 2 forward-delay steps, 1 more hello. */
export function defaultReconvergeBound(config: RstpConfig): number {
  return config.infoTicks + 2 * config.fdTicks + 1;
}

/** Within `bound` hellos after the last fault, the network is converged. */
export function reconverged(config: RstpConfig, bound = defaultReconvergeBound(config)): Property<RstpState> {
  return within('reconverged', bound, (s) => isConverged(config, s), {
    description: `within ${bound} hellos (${bound * 2} s) after the last fault, every surviving component has one root and a spanning tree of forwarding links`,
  });
}
