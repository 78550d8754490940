import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uintMod } from '../../src/explore/uintMod.js';

describe('uintMod', () => {
  it('equals % for every whole number below 2^32 and modulus below 2^21', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 2 ** 21 - 1 }), (x, m) => uintMod(x, m) === x % m),
      { numRuns: 20_000 },
    );
  });

  it('equals % at the edges: the largest draws, quotients just below a whole number, and m = 1', () => {
    const edges = [0, 1, 999, 1000, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32 - 2, 4_294_966_000, 4_294_967_000];
    for (const x of edges) {
      for (const m of [1, 2, 3, 7, 48, 999, 1000, 1001, 65_535, 2 ** 21 - 1]) {
        expect(uintMod(x, m)).toBe(x % m);
        // x = q·m − 1: the quotient sits just below the whole number q.
        const below = Math.floor(x / m) * m - 1;
        if (below >= 0) expect(uintMod(below, m)).toBe(below % m);
      }
    }
  });
});
