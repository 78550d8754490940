import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { faultPath, keepalivedPair, topologyDesign } from '../../src/fastcheck/index.js';
import '../../src/vitest/index.js';
import { check, designFrom, loadDesign, replay, spof, type Design, type TopologySection } from '../../src/index.js';

/** The counterexample of a property that must fail. */
function counterexample<T>(details: fc.RunDetails<[T]>): T {
  if (!details.failed || details.counterexample === null) throw new Error(`expected a counterexample after ${details.numRuns} runs`);
  return details.counterexample[0];
}

function topologyOf(design: Design): TopologySection {
  if (!('topology' in design)) throw new Error('expected a topology design');
  return design.topology;
}

describe('topologyDesign', () => {
  it('draws designs that load (the types match the schema and the semantic checks)', () => {
    fc.assert(fc.property(topologyDesign(), (d) => designFrom(d).kind.section === 'topology'), { seed: 11, numRuns: 40 });
  });

  it.each([1, 2, 3])('finds the MII pitfall and shrinks it to two switches, one cable and two bonds across them (seed %i)', (seed) => {
    const noBreak = fc.property(topologyDesign({ faultKinds: ['inter-switch-link'] }), (d) => spof(designFrom(d)).rows.length === 0);
    const design = counterexample(fc.check(noBreak, { seed, numRuns: 100 }));
    const shrunk = topologyOf(design);
    expect(shrunk.switches.map((s) => s.name)).toEqual(['Switch1', 'Switch2']);
    expect(shrunk.hosts!.map((h) => h.name)).toEqual(['Server1', 'Server2']);
    const uplinks = shrunk.links.filter((l) => l.a.startsWith('Switch') && l.b.startsWith('Switch'));
    expect(uplinks).toHaveLength(1);
    // Each bond has a NIC on either switch and watches carrier only: cutting the cable leaves
    // every NIC up, so no bond notices that its side lost the other server.
    const switchOf = (host: string, nic: string) => shrunk.links.find((l) => l.a === `${host}:${nic}`)!.b.split(':')[0];
    for (const bond of shrunk.bonds!) {
      expect(bond.monitor).toEqual({ mii: { miimon: 100 } });
      expect(bond.slaves.map((nic) => switchOf(bond.host, nic)).sort()).toEqual(['Switch1', 'Switch2']);
    }
    const report = spof(designFrom(design));
    expect(report.rows.map((r) => [r.faultSet[0]![0]!.label, r.breaks.map((b) => b.details)])).toEqual([[`link ${uplinks[0]!.a}—${uplinks[0]!.b} down`, [[expect.stringMatching(/^Server\d [↮↛] Server\d$/)]]]]);
  });
});

describe('keepalivedPair', () => {
  it('finds that a pair without a health check keeps the VIP on a dead DNS daemon, and shrinks away the tracker', () => {
    const serves = fc.property(keepalivedPair(), (d) => check(designFrom(d)).status !== 'violation');
    const shrunk = counterexample(fc.check(serves, { seed: 1, numRuns: 50 }));
    if (!('cluster' in shrunk)) throw new Error('expected a cluster design');
    expect(shrunk.cluster.vrrp_script).toBeUndefined();
    expect(check(designFrom(shrunk))).toBeViolated('vip-holder-serves');
  });
});

describe('faultPath', () => {
  it('finds the failback of the R6 pitfall as a crash and a restart', () => {
    const design = loadDesign('models/designs/r6-nopreempt-placement.pitfall.yaml');
    const path = counterexample(fc.check(fc.property(faultPath(design), (p) => replay(design, p).verdicts.every((v) => v.status !== 'violated')), { seed: 1, numRuns: 200 }));
    const replayed = replay(design, path);
    expect(replayed.trace.steps.filter((s) => s.fault).map((s) => s.action)).toEqual(['crash(gw-a)', 'restart(gw-a)']);
    expect(replayed).toBeViolated('no-failback-under-nopreempt');
  });

  it('injects no more faults than asked, and the R6 fix survives every drawn sequence', () => {
    const design = loadDesign('models/designs/r6-nopreempt-placement.fix.yaml');
    fc.assert(
      fc.property(faultPath(design, { maxFaults: 2 }), (p) => {
        const replayed = replay(design, p);
        return replayed.trace.steps.filter((s) => s.fault).length <= 2 && replayed.verdicts.every((v) => v.status !== 'violated');
      }),
      { seed: 5, numRuns: 150 },
    );
  });
});
