import { describe, expect, it } from 'vitest';
import { always, sometimes } from '../../src/core/property.js';
import { check } from '../../src/explore/check.js';
import { counterModel, type CounterState } from '../fixtures/counter.js';
import { symmetricProcessesModel, type ProcessesState } from '../fixtures/symmetricProcesses.js';
import { expectReplays, finalView, ran, verdictOf, witnessOf } from '../fixtures/verdicts.js';

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

const allLast = (m: number) => sometimes<ProcessesState>('all-last', (s) => s.phase.every((p) => p === m - 1));

describe('check with symmetry and boundaries', () => {
  for (const [k, m] of [
    [4, 3],
    [5, 4],
  ] as const) {
    it(`stores one state per multiset of ${k} processes over ${m} phases, ${binomial(m + k - 1, k)} instead of ${m ** k}`, () => {
      const plain = ran(check(symmetricProcessesModel(k, m, false), [allLast(m)], { checkDeadlocks: true }));
      const reduced = ran(check(symmetricProcessesModel(k, m, true), [allLast(m)], { checkDeadlocks: true }));
      expect([plain.status, plain.stats.states]).toEqual(['pass', m ** k]);
      expect([reduced.status, reduced.stats.states]).toEqual(['pass', binomial(m + k - 1, k)]);
    });
  }

  it('witnesses every process in its last phase after k·(m−1) steps, and the trace replays', () => {
    const model = symmetricProcessesModel(4, 3, true);
    const trace = witnessOf(check(model, [allLast(3)]), 'all-last');
    expect(trace.steps.length).toBe(8);
    expect(finalView(trace)).toEqual({ phase: [2, 2, 2, 2] });
    expectReplays(model, trace);
  });

  it('neither stores nor explores states outside the boundary', () => {
    const model = { ...counterModel({ max: 255 }), withinBoundary: (s: CounterState) => s.n <= 10 };
    const result = ran(
      check(model, [always<CounterState>('at-most-10', (s) => s.n <= 10), sometimes<CounterState>('eleven', (s) => s.n === 11)]),
    );
    expect(result.status).toBe('unwitnessed');
    expect(result.stats.states).toBe(11);
    expect(verdictOf(result, 'at-most-10').status).toBe('holds');
    expect(verdictOf(result, 'eleven').status).toBe('unwitnessed');
  });
});
