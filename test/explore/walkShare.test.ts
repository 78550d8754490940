import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { always, sometimes, within } from '../../src/core/property.js';
import { loadDesign } from '../../src/design/loadDesign.js';
import { simulate, simulateShare } from '../../src/explore/simulate.js';
import { FAULT_RATES, walkNumbers } from '../../src/explore/walkPlan.js';
import { mergeWalkShares } from '../../src/explore/walkShare.js';
import { recoveryModel, type RecoveryState } from '../fixtures/randomRecovery.js';

const properties = [
  within<RecoveryState>('back-up', 2, (s) => s.up),
  always<RecoveryState>('few-pokes', (s) => s.pokes < 3),
  always<RecoveryState>('few-faults', (s) => s.faults < 4),
  sometimes<RecoveryState>('two-pokes', (s) => s.pokes === 2),
];

/** A result's verdicts with their traces, without the run's timing. */
function verdictsOf(r: ReturnType<typeof simulate<RecoveryState>>): unknown {
  if (r.result.status === 'error') throw new Error(r.result.error.message);
  const { seconds: _s, statesPerSecond: _r, stepsPerSecond: _p, ...stats } = r.result.stats;
  return { status: r.result.status, stats, runs: r.runs, steps: r.steps, verdicts: r.result.verdicts.map((v) => ({ ...v, property: v.property.name })) };
}

describe('walks split by number', () => {
  it('derives each walk from the seed and its number alone, with every fault rate drawn', () => {
    expect(walkNumbers(7, 123)).toEqual(walkNumbers(7, 123));
    expect(walkNumbers(7, 123)).not.toEqual(walkNumbers(8, 123));
    expect(walkNumbers(7, 2 ** 32 + 5)).not.toEqual(walkNumbers(7, 5));
    const rates = new Set(Array.from({ length: 200 }, (_, o) => walkNumbers(1, o).faultPermille));
    expect([...rates].sort((a, b) => a - b)).toEqual([...FAULT_RATES].sort((a, b) => a - b));
  });

  it('gives, merged over any number of shares, the outcome and the report of one run', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 4 }), (seed, runs, n, maxFaults) => {
        const model = recoveryModel(3);
        const options = { seed, runs, maxSteps: 12, maxFaults };
        const whole = simulateShare(model, properties, options, { index: 0, count: 1 });
        const shares = Array.from({ length: n }, (_, index) => simulateShare(model, properties, options, { index, count: n }));
        const merged = mergeWalkShares(shares);
        expect(merged).toEqual(whole);
        expect(verdictsOf(simulate(model, properties, { ...options, walked: merged }))).toEqual(verdictsOf(simulate(model, properties, options)));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps walking after a violation, so a property broken in most walks hides no other', () => {
    // few-pokes breaks in most walks; back-up and few-faults need crashes and ticks later on.
    const outcome = simulateShare(recoveryModel(3), properties, { seed: 5, runs: 300, maxSteps: 12 }, { index: 0, count: 1 });
    expect(outcome.violations.map((f) => f.property)).toEqual([0, 1, 2]);
    expect(outcome.witnesses.map((f) => f.property)).toEqual([3]);
  });

  it('reports a design the same on 1 and on 3 shares', () => {
    const design = loadDesign('models/designs/d2-vrrp-health-check.pitfall.yaml');
    const options = { seed: 42, runs: 150, maxSteps: 60 };
    const shares = Array.from({ length: 3 }, (_, index) => simulateShare(design.model, design.properties, options, { index, count: 3 }));
    const merged = mergeWalkShares(shares);
    expect(merged).toEqual(simulateShare(design.model, design.properties, options, { index: 0, count: 1 }));
    expect(merged.runs).toBe(150);
    expect(merged.violations.length).toBeGreaterThan(0);
  });
});
