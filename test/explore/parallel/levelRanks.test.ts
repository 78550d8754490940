import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelRanks } from '../../../src/explore/parallel/levelRanks.js';

describe('levelRanks', () => {
  it('gives each worker’s sorted keys their positions in the merged order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1e9 }), { maxLength: 200 }), fc.integer({ min: 1, max: 5 }), (keys, workers) => {
        const parts = Array.from({ length: workers }, (_, w) => Float64Array.from(keys.filter((_, i) => i % workers === w)).sort());
        const all = [...keys].sort((a, b) => a - b);
        const ranks = levelRanks(parts);
        parts.forEach((part, w) => part.forEach((key, i) => expect(ranks[w]![i]).toBe(all.indexOf(key))));
      }),
    );
  });
});
