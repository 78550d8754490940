import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sweep, type Break, type SweepSubject } from '../../src/explore/sweep.js';

/** Elements 0..n-1 in classes by `cls`; property p breaks when the failed classes cover one of its cuts. */
function subject(n: number, cls: readonly number[], cuts: readonly (readonly number[])[][]): SweepSubject<number> {
  return {
    properties: cuts.map((_, p) => `p${p}`),
    elements: () => Array.from({ length: n }, (_, i) => i),
    id: (e) => `e${e}`,
    label: (e) => `element ${e}`,
    equivalenceKey: (e) => `c${cls[e]}`,
    evaluate(failed): Break[] {
      const down = new Set(failed.map((e) => cls[e]!));
      return cuts.flatMap((propertyCuts, property) =>
        propertyCuts.some((cut) => cut.every((c) => down.has(c))) ? [{ property, details: [[...down].sort().join('+')] }] : [],
      );
    },
  };
}

const arbitrarySweep = fc
  .integer({ min: 1, max: 9 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      cls: fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: n, maxLength: n }),
      cuts: fc.array(fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 3 }), { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      k: fc.integer({ min: 1, max: 3 }),
      shards: fc.integer({ min: 2, max: 6 }),
    }),
  );

describe('a sharded sweep', () => {
  it('has shards whose rows, ordered by ordinal, and summed counts are those of the unsharded sweep', () => {
    fc.assert(
      fc.property(arbitrarySweep, ({ n, cls, cuts, k, shards }) => {
        const s = subject(n, cls, cuts);
        const one = sweep(s, { k });
        const parts = Array.from({ length: shards }, (_, index) => sweep(s, { k, shard: { index, count: shards } }));
        const rows = parts.flatMap((p) => p.rows).sort((a, b) => a.ordinal - b.ordinal);
        const view = (r: (typeof rows)[number]) => ({ set: r.classes.map((c) => c.key), breaks: r.breaks, ordinal: r.ordinal });
        expect(rows.map(view)).toEqual(one.rows.map(view));
        expect(parts.reduce((t, p) => t + p.evaluated, 0)).toBe(one.evaluated);
        expect(parts.reduce((t, p) => t + p.classSets, 0)).toBe(one.classSets);
        for (const p of parts) expect(p.totals).toEqual({ faultSets: one.faultSets, classSets: one.classSets });
      }),
      { numRuns: 200 },
    );
  });

  it('numbers the class sets in enumeration order, so unsharded rows come in ordinal order', () => {
    const s = subject(6, [0, 1, 2, 3, 4, 5], [[[0, 1], [2, 3], [4]], [[1, 5]]]);
    const ordinals = sweep(s, { k: 2 }).rows.map((r) => r.ordinal);
    expect(ordinals).toEqual([...ordinals].sort((a, b) => a - b));
    // {4}; then pairs (0,1)=6 … (0,5)=10, (1,2)=11 … (1,5)=14, (2,3)=15.
    expect(ordinals).toEqual([4, 6, 14, 15]);
  });

  it('rejects a shard outside 0..count-1', () => {
    const s = subject(2, [0, 1], [[[0]]]);
    expect(() => sweep(s, { shard: { index: 2, count: 2 } })).toThrow(RangeError);
  });
});
