import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convergeStp, type StpTopology } from '../../../models/stp/index.js';
import { buildTopology, type LinkSpec } from './buildTopology.js';
import { referenceStp } from './referenceStp.js';

/**
 * A random connected multigraph of bridges (with parallel links and self-loops) and a failed
 * set. With `hubs`, some bridges run no STP; two of those are never linked (that would be a
 * loop nobody breaks).
 */
const makeScenario = (hubs: boolean) => fc
  .integer({ min: 2, max: 10 })
  .chain((n) =>
    fc.record({
      priorities: fc.array(fc.integer({ min: 0, max: 15 }).map((p) => p * 4096), { minLength: n, maxLength: n }),
      tree: fc.tuple(...Array.from({ length: n - 1 }, (_, i) => fc.integer({ min: 0, max: i }))),
      extra: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: n + 2 }),
      costs: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })), { minLength: 3 * n + 2, maxLength: 3 * n + 2 }),
      portPriorities: fc.array(fc.constantFrom(112, 128, 144), { minLength: 3 * n + 2, maxLength: 3 * n + 2 }),
      failMask: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4 * n + 2, maxLength: 4 * n + 2 }),
      none: fc.array(fc.boolean(), { minLength: n, maxLength: n }).map((xs) => xs.map((x, i) => hubs && x && i > 0)),
    }),
  )
  .map(({ priorities, tree, extra, costs, portPriorities, failMask, none }) => {
    const stp = (i: number): boolean => none[i] !== true;
    const pairs: [number, number][] = [
      ...tree.map((j, i): [number, number] => [stp(j) || stp(i + 1) ? j : 0, i + 1]),
      ...extra.filter(([a, b]) => stp(a) || stp(b)),
    ];
    const links: LinkSpec[] = pairs.map(([a, b], k) => ({
      a: `S${a}`,
      b: `S${b}`,
      costA: costs[k]?.[0] ?? 1,
      costB: costs[k]?.[1] ?? 1,
      priorityA: portPriorities[k] ?? 128,
      id: `L${k}`,
    }));
    const topology = buildTopology(priorities.map((p, i) => [`S${i}`, p, stp(i) ? 'rstp' : 'none'] as const), links);
    const ids = [...topology.links.map((l) => l.id), ...topology.bridges.map((b) => b.id)];
    const failed = new Set(ids.filter((_, k) => (failMask[k] ?? 9) === 0));
    return { topology, failed };
  });
const scenario = makeScenario(false);

/** Components of live bridges over live links, as lists of bridge ids. */
function components(t: StpTopology, failed: ReadonlySet<string>): string[][] {
  const parent = new Map(t.bridges.filter((b) => !failed.has(b.id)).map((b) => [b.id, b.id]));
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x) ?? x));
  for (const l of t.links) {
    if (failed.has(l.id) || !parent.has(l.a.bridge) || !parent.has(l.b.bridge)) continue;
    parent.set(find(l.a.bridge), find(l.b.bridge));
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  return [...groups.values()];
}

describe('convergeStp on random connected topologies', () => {
  it('elects exactly one root per component: the lowest bridge id in it', () => {
    fc.assert(
      fc.property(scenario, ({ topology, failed }) => {
        const r = convergeStp(topology, failed);
        for (const comp of components(topology, failed)) {
          const rootsHere = comp.filter((id) => r.bridges.get(id)?.root === id);
          expect(rootsHere).toHaveLength(1);
          const lowest = [...comp].sort((a, b) => ((r.bridges.get(a)?.bridgeId ?? '') < (r.bridges.get(b)?.bridgeId ?? '') ? -1 : 1))[0];
          expect(rootsHere[0]).toBe(lowest);
          for (const id of comp) expect(r.bridges.get(id)?.root).toBe(lowest);
        }
        expect(r.roots).toHaveLength(components(topology, failed).length);
      }),
    );
  });

  it('forwards on a spanning tree of every component and gives each non-root one root port', () => {
    fc.assert(
      fc.property(makeScenario(true), ({ topology, failed }) => {
        const r = convergeStp(topology, failed);
        const forwarding = topology.links.filter(
          (l) => r.ports.get(`${l.a.bridge}/${l.a.port}`)?.state === 'forwarding' && r.ports.get(`${l.b.bridge}/${l.b.port}`)?.state === 'forwarding',
        );
        // Spanning forest: as many forwarding links as bridges minus components, and connected.
        const comps = components(topology, failed);
        const live = comps.flat().length;
        expect(forwarding).toHaveLength(live - comps.length);
        expect(components({ ...topology, links: forwarding }, failed)).toHaveLength(comps.length);
        for (const b of topology.bridges) {
          if (failed.has(b.id)) continue;
          const rootPorts = [...r.ports.values()].filter((p) => p.bridge === b.id && p.role === 'root');
          const isRoot = b.mode === 'none' || r.bridges.get(b.id)?.root === b.id;
          expect(rootPorts).toHaveLength(isRoot ? 0 : 1);
        }
      }),
    );
  });

  it('matches synchronous BPDU rounds port by port', () => {
    fc.assert(
      fc.property(scenario, ({ topology, failed }) => {
        const r = convergeStp(topology, failed);
        const ref = referenceStp(topology, failed);
        expect(Object.fromEntries([...r.ports].map(([k, p]) => [k, p.role]))).toEqual(Object.fromEntries(ref.roles));
        for (const [id, root] of ref.roots) expect(r.bridges.get(id)?.root).toBe(root);
      }),
      { numRuns: 300 },
    );
  });

  it('converges a 1,000-bridge fabric in milliseconds', () => {
    const spines = Array.from({ length: 40 }, (_, i) => [`spine${i}`, i < 2 ? 4096 : 32768] as const);
    const leaves = Array.from({ length: 960 }, (_, i) => [`leaf${i}`] as const);
    const links = leaves.flatMap(([leaf], i) => [0, 1, 2, 3].map((j) => [`spine${(i + j) % 40}`, leaf] as const));
    const fabric = buildTopology([...spines, ...leaves], links);
    const start = performance.now();
    const r = convergeStp(fabric, new Set(['spine0']));
    const elapsed = performance.now() - start;
    expect(r.roots).toEqual(['spine1']);
    // Loose bound: a few ms when idle, but the machine is shared and CI may be loaded.
    expect(elapsed).toBeLessThan(1500);
  });
});
