import { describe, expect, it } from 'vitest';
import { referenceRow } from '../../../bench/reference.js';
import { check } from '../../../src/explore/check.js';
import { benchModels, type BenchModelName } from '../../../models/bench/index.js';

const sizes: [BenchModelName, number[]][] = [
  ['vrrp', [2, 3, 4, 5]],
  ['stp-ring', [3, 4]],
  ['philosophers', [2, 3, 4, 8, 10, 12]],
];

describe('the engine on the packed benchmark models', () => {
  for (const [name, ns] of sizes) {
    for (const n of ns) {
      const ref = referenceRow(name, n)!;
      it(`counts the reference states and transitions of ${name}-${n}`, () => {
        const { model, ok } = benchModels[name](n);
        const result = check(model, [ok], {});
        expect(result.status).toBe('pass');
        if (result.status !== 'pass') return;
        expect({ states: result.stats.states, transitions: result.stats.transitions, depth: result.stats.depth }).toEqual({
          states: ref.states,
          transitions: ref.transitions,
          depth: ref.depth,
        });
      });
      it(`finds the shortest counterexample to the Bad invariant of ${name}-${n} at depth ${ref.badDepth}`, () => {
        const { model, bad } = benchModels[name](n);
        const result = check(model, [bad], {});
        expect(result.status).toBe('violation');
        if (result.status !== 'violation') return;
        const verdict = result.verdicts[0]!;
        expect(verdict.status).toBe('violated');
        if (verdict.status !== 'violated') return;
        expect(verdict.trace.steps).toHaveLength(ref.badDepth);
        const last = verdict.trace.steps.at(-1)!;
        expect(bad.holds(last.state)).toBe(false);
      });
    }
  }

  it('replays the spec vrrp race as a trace ending in two masters', () => {
    const { model, bad } = benchModels.vrrp(4);
    const result = check(model, [bad], {});
    if (result.status !== 'violation' || result.verdicts[0]?.status !== 'violated') throw new Error(result.status);
    expect(result.verdicts[0].trace.steps.map((s) => s.action).at(-1)).toMatch(/^advert\(/);
  });
});
