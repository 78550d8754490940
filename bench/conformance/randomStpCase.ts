/**
 * Random conformance cases: 3–8 bridges, a random spanning tree plus extra links (parallel
 * links and looped-back cables included), random bridge priorities, port costs and port
 * priorities (extremes of the legal ranges included), some bridges without STP, and
 * optionally one fault (a link or a whole bridge).
 *
 * Bridges without STP flood BPDUs and all other frames, so they are never linked to each
 * other nor looped back: a cycle through them alone would be a real broadcast storm in the
 * namespaces. Port numbers are 1..k per bridge in link order, as the kernel numbers ports in
 * the order they are enslaved.
 */
import type { StpBridge, StpLink, StpPort, StpTopology } from '../../models/stp/index.js';
import { prng } from './prng.js';

/** A fault applied after the first convergence. */
export type StpFault = { readonly kind: 'link' | 'bridge'; readonly id: string };

/** One generated case. */
export interface StpCase {
  readonly seed: number;
  readonly topology: StpTopology;
  readonly fault: StpFault | null;
}

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/** The case of a seed. */
export function randomStpCase(seed: number): StpCase {
  const r = prng(seed);
  const n = r.int(3, 8);
  const bridges: StpBridge[] = Array.from({ length: n }, (_, i) => ({
    id: `b${i}`,
    priority: r.pick([0, 8192, 32768, 32768, 32768, 36864, 61440]),
    mac: `02:00:00:00:${hex2(r.int(0, 255))}:${hex2(i)}`,
    mode: i > 0 && r.next() < 0.15 ? 'none' : r.pick(['stp', 'rstp'] as const),
  }));
  const stp = (i: number): boolean => bridges[i]?.mode !== 'none';
  const pairs: [number, number][] = [];
  for (let i = 1; i < n; i++) {
    const candidates = Array.from({ length: i }, (_, j) => j).filter((j) => stp(i) || stp(j));
    pairs.push([r.pick(candidates), i]);
  }
  const extra = r.int(0, n);
  for (let k = 0; k < extra; k++) {
    const a = r.int(0, n - 1);
    const b = r.next() < 0.1 ? a : r.int(0, n - 1);
    if (!stp(a) && !stp(b)) continue;
    pairs.push([a, b]);
  }
  const ports: StpPort[] = [];
  const count = new Map<string, number>();
  const addPort = (bridge: string): string => {
    const number = (count.get(bridge) ?? 0) + 1;
    count.set(bridge, number);
    const cost = r.next() < 0.5 ? r.int(1, 4) : r.pick([2, 4, 10, 19, 100, 65535]);
    ports.push({ bridge, name: `p${number}`, number, priority: r.pick([0, 112, 128, 128, 144, 240]), cost });
    return `p${number}`;
  };
  const links: StpLink[] = pairs.map(([a, b], k) => {
    const pa = addPort(`b${a}`);
    const pb = addPort(`b${b}`);
    return { id: `l${k}`, a: { bridge: `b${a}`, port: pa }, b: { bridge: `b${b}`, port: pb } };
  });
  const topology: StpTopology = { bridges, ports, links };
  let fault: StpFault | null = null;
  if (r.next() < 0.6) {
    fault = r.next() < 0.7 ? { kind: 'link', id: r.pick(links).id } : { kind: 'bridge', id: r.pick(bridges).id };
  }
  return { seed, topology, fault };
}
