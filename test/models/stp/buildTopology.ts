/**
 * Test helper: a compact way to write STP topologies. Each link end gets a fresh port on its
 * bridge, numbered 1, 2, ... per bridge and named `p<number>`; bridge i gets MAC
 * 02:00:00:00:<i/256>:<i%256>, so MAC order is definition order.
 */
import type { StpBridge, StpLink, StpMode, StpPort, StpTopology } from '../../../models/stp/index.js';

/** A bridge: id, priority (default 32768), mode (default rstp). */
export type BridgeSpec = readonly [id: string, priority?: number, mode?: StpMode];

/** A link: bridge a, bridge b, and optional costs/priorities of its two ports and its id. */
export interface LinkSpec {
  readonly a: string;
  readonly b: string;
  readonly costA?: number;
  readonly costB?: number;
  readonly priorityA?: number;
  readonly priorityB?: number;
  readonly id?: string;
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/** Builds a topology; link ids default to `a-b` with `#k` appended for repeats. */
export function buildTopology(bridgeSpecs: readonly BridgeSpec[], linkSpecs: readonly (LinkSpec | readonly [string, string])[]): StpTopology {
  const bridges: StpBridge[] = bridgeSpecs.map(([id, priority, mode], i) => ({
    id,
    priority: priority ?? 32768,
    mac: `02:00:00:00:${hex2(i >> 8)}:${hex2(i & 255)}`,
    mode: mode ?? 'rstp',
  }));
  const nextNumber = new Map<string, number>();
  const ports: StpPort[] = [];
  const links: StpLink[] = [];
  const seen = new Map<string, number>();
  const addPort = (bridge: string, cost: number, priority: number): string => {
    const number = (nextNumber.get(bridge) ?? 0) + 1;
    nextNumber.set(bridge, number);
    const name = `p${number}`;
    ports.push({ bridge, name, number, priority, cost });
    return name;
  };
  for (const raw of linkSpecs) {
    const spec: LinkSpec = 'a' in raw ? raw : { a: raw[0], b: raw[1] };
    const portA = addPort(spec.a, spec.costA ?? 10, spec.priorityA ?? 128);
    const portB = addPort(spec.b, spec.costB ?? 10, spec.priorityB ?? 128);
    const base = spec.id ?? `${spec.a}-${spec.b}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    links.push({ id: count === 0 ? base : `${base}#${count}`, a: { bridge: spec.a, port: portA }, b: { bridge: spec.b, port: portB } });
  }
  return { bridges, ports, links };
}
