import { describe, expect, it } from 'vitest';
import { sweep } from '../../src/explore/sweep.js';
import type { Break, SweepSubject } from '../../src/explore/sweepTypes.js';

/** Elements a..e; `a` and `A` have one effect; `b`+`c` together break p0; `d` alone breaks p1; `e` breaks p0 with `d`. */
function subject(calls: string[][]): SweepSubject<string> {
  return {
    properties: ['p0', 'p1'],
    elements: () => ['a', 'A', 'b', 'c', 'd', 'e'],
    id: (e) => e,
    label: (e) => `${e} down`,
    equivalenceKey: (e) => e.toLowerCase(),
    evaluate(failed) {
      calls.push([...failed]);
      const has = (x: string) => failed.includes(x);
      const out: Break[] = [];
      if ((has('b') && has('c')) || (has('d') && has('e'))) out.push({ property: 0, details: [failed.join('+')] });
      if (has('d')) out.push({ property: 1, details: [] });
      return out;
    },
  };
}

describe('sweep', () => {
  it('fails one representative per class and counts every element set', () => {
    const calls: string[][] = [];
    const result = sweep(subject(calls), { k: 1 });
    expect(result.classes.map((c) => c.members)).toEqual([['a', 'A'], ['b'], ['c'], ['d'], ['e']]);
    expect(calls).toEqual([[], ['a'], ['b'], ['c'], ['d'], ['e']]);
    expect(result.faultSets).toBe(6);
    expect(result.classSets).toBe(5);
    expect(result.rows.map((r) => [r.classes.map((c) => c.key), r.breaks.map((b) => b.property)])).toEqual([[['d'], [1]]]);
  });

  it('reports minimal sets only and skips sets whose subsets already break everything', () => {
    const calls: string[][] = [];
    const result = sweep(subject(calls), { k: 3 });
    expect(result.rows.map((r) => [r.classes.map((c) => c.key).join('+'), r.breaks.map((b) => b.property)])).toEqual([
      ['d', [1]],
      ['b+c', [0]],
      ['d+e', [0]],
    ]);
    // {b,c,d} is covered by {b,c} (p0) and {d} (p1): never evaluated.
    expect(calls.some((c) => c.join() === 'b,c,d')).toBe(false);
    expect(calls.some((c) => c.join() === 'a,b,c')).toBe(true);
    expect(result.faultSets).toBe(6 + 15 + 20);
    expect(result.classSets).toBe(5 + 10 + 10);
  });

  it('skips evaluation for elements the subject proves unchanged', () => {
    const calls: string[][] = [];
    const s = subject(calls);
    const result = sweep({ ...s, evaluateSingle: (e) => (e === 'd' ? s.evaluate([e]) : 'baseline') }, { k: 1 });
    expect(result.evaluated).toBe(1);
    expect(result.rows).toHaveLength(1);
  });

  it('stops at the timeout and says so', () => {
    let t = 0;
    const result = sweep(subject([]), { k: 3, timeoutSeconds: 1, now: () => (t += 100) });
    expect(result.complete).toBe(false);
  });
});
