import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { l2Model } from '../../models/l2/l2Model.js';
import { l2PropertySpecs } from '../../models/l2/sweepSpecs.js';
import { l2SweepSubject } from '../../models/l2/sweepSubject.js';
import type { BondSpec, LinkSpec, NodeSpec, Topology } from '../../models/l2/topology.js';
import { FAULT_KINDS } from '../../models/l2/faults.js';
import { noForwardingLoop, reachable } from '../../properties/l2.js';
import { stpRoot } from '../../properties/stpRoot.js';
import { loadDesign } from '../../src/design/loadDesign.js';
import { sweep, type SweepResult } from '../../src/explore/sweep.js';
import type { L2Model } from '../../models/l2/l2Model.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const designs = join(import.meta.dirname, '..', '..', 'models', 'designs');

/** The table a sweep prints, as plain data: class keys per row and broken properties with evidence. */
function table(result: SweepResult<{ id: string }>) {
  return {
    baseline: result.baseline,
    rows: result.rows.map((r) => ({ set: r.classes.map((c) => c.members.map((m) => m.id)), breaks: r.breaks })),
  };
}

interface Shape {
  switches: { priority: number; none: boolean }[];
  isl: [number, number][];
  hosts: { homes: number[]; mode: 'active-backup' | 'balance-xor' | 'broadcast' | 'none' }[];
}

const shape: fc.Arbitrary<Shape> = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.record({
    switches: fc.array(fc.record({ priority: fc.integer({ min: 0, max: 15 }).map((p) => p * 4096), none: fc.boolean() }), { minLength: n, maxLength: n }),
    isl: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n }),
    hosts: fc.array(
      fc.record({ homes: fc.array(fc.nat(n - 1), { minLength: 1, maxLength: 2 }), mode: fc.constantFrom('active-backup', 'balance-xor', 'broadcast', 'none') }),
      { minLength: 1, maxLength: 5 },
    ),
  }),
);

function topologyOf(s: Shape, stpEverywhere: boolean): Topology {
  const ports = s.switches.map(() => [] as string[]);
  const links: LinkSpec[] = [];
  s.isl.forEach(([a, b], i) => {
    if (a === b) return;
    ports[a]!.push(`i${i}`);
    ports[b]!.push(`j${i}`);
    links.push({ a: { node: `S${a}`, port: `i${i}` }, b: { node: `S${b}`, port: `j${i}` }, speed: 1000 });
  });
  const nodes: NodeSpec[] = [];
  const bonds: BondSpec[] = [];
  s.hosts.forEach((h, i) => {
    const nics = h.homes.map((_, j) => `eth${j}`);
    nodes.push({ name: `H${i}`, kind: 'host', ports: nics.map((name) => ({ name })) });
    h.homes.forEach((sw, j) => {
      ports[sw]!.push(`h${i}e${j}`);
      links.push({ a: { node: `H${i}`, port: `eth${j}` }, b: { node: `S${sw}`, port: `h${i}e${j}` }, speed: 1000 });
    });
    if (h.mode !== 'none' && nics.length === 2) bonds.push({ host: `H${i}`, name: 'bond0', mode: h.mode, slaves: nics, monitor: { kind: 'mii', miimon: 100 } });
  });
  const switches: NodeSpec[] = s.switches.map((sw, i) => ({
    name: `S${i}`,
    kind: 'switch',
    ports: ports[i]!.map((name) => ({ name })),
    stp: { mode: sw.none && !stpEverywhere ? 'none' : 'rstp', priority: sw.priority },
  }));
  return { nodes: [...switches, ...nodes], links, bonds };
}

function tables(model: L2Model, properties: Parameters<typeof l2SweepSubject>[1], specs: Parameters<typeof l2SweepSubject>[2], k: number) {
  const fast = l2SweepSubject(model, properties, specs);
  const naive = l2SweepSubject(model, properties, specs, { fast: false });
  return { fast: table(sweep(fast, { k })), naive: table(sweep(naive, { k })), usedFastPath: fast.fast };
}

describe('the layer-2 sweep', () => {
  it('gives the same table as converging every fault set from scratch, on random topologies', () => {
    let fastRuns = 0;
    fc.assert(
      fc.property(shape, fc.boolean(), fc.boolean(), (s, stpEverywhere, named) => {
        const model = l2Model(topologyOf(s, stpEverywhere), { faults: { kinds: [...FAULT_KINDS].filter((k) => k !== 'gray-link' && k !== 'one-way') } });
        const pairs = named && s.hosts.length >= 2 ? [['H0', 'H1'] as const] : undefined;
        const properties = [reachable(model, pairs ? { pairs } : {}), noForwardingLoop(model), stpRoot(model, { expected: 'S0' })];
        const specs = [pairs ? { kind: 'reachable' as const, pairs } : { kind: 'reachable' as const }, { kind: 'no-forwarding-loop' as const }, { kind: 'stp-root' as const, expected: 'S0' }];
        const t = tables(model, properties, specs, 1);
        if (t.usedFastPath) fastRuns++;
        expect(t.fast).toEqual(t.naive);
      }),
      { numRuns: 150, seed: 13 },
    );
    expect(fastRuns).toBeGreaterThan(30);
  });

  it('gives the same table as the naive sweep on every L design, for single failures and pairs', () => {
    const files = readdirSync(designs).filter((f) => /^l\d-.*\.yaml$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const design = loadDesign(join(designs, file));
      const specs = l2PropertySpecs(design.document.check);
      for (const k of [1, 2]) {
        const t = tables(design.model as L2Model, design.properties, specs, k);
        expect(t.fast, `${file} k=${k}`).toEqual(t.naive);
      }
    }
  });

  it('names Switch1 and its uplink to Switch3 (with both ports) on the L5 pitfall, and nothing on the fix', () => {
    const pitfall = loadDesign(join(designs, 'l5-access-mii.pitfall.yaml'));
    const subject = l2SweepSubject(pitfall.model as L2Model, pitfall.properties, l2PropertySpecs(pitfall.document.check));
    const result = sweep(subject);
    expect(result.rows.map((r) => r.classes.flatMap((c) => c.members.map((m) => m.id)))).toEqual([
      ['switch:Switch1'],
      ['link:Switch1:p47—Switch3:p48', 'port:Switch1:p47', 'port:Switch3:p48'],
    ]);
    expect(result.rows[0]!.breaks).toEqual([{ property: 0, details: ['Server1 ↮ Server3', 'Server1 ↮ Server4', 'Server2 ↮ Server3', 'Server2 ↮ Server4'] }]);
    const fix = loadDesign(join(designs, 'l5-access-mii.fix.yaml'));
    const fixed = sweep(l2SweepSubject(fix.model as L2Model, fix.properties, l2PropertySpecs(fix.document.check)));
    expect(fixed.rows).toEqual([]);
    expect(fixed.baseline).toEqual([]);
  });
});
