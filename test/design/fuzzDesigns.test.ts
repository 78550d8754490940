/**
 * Fuzzing the loader and the engine with mutated shipped designs (bench/fuzz): no exit 3, no
 * exception that is not a diagnostic, no case over 10 s, every error at file:line:column.
 * CI runs a small budget (FUZZ_RUNS, default 40); `npm run fuzz` runs thousands.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutatedDesign, shippedDesigns } from '../../bench/fuzz/designMutations.js';
import { fuzzOne, unlocated } from '../../bench/fuzz/fuzzOne.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 40);

describe('fuzzed designs', () => {
  it('starts from every shipped design, each of which loads', () => {
    expect(shippedDesigns.length).toBeGreaterThan(30);
    for (const { text } of shippedDesigns) expect(fuzzOne(text, false).kind).toBe('loaded');
  });

  it('never crash, hang or give an unlocated error', () => {
    fc.assert(
      fc.property(mutatedDesign, (design) => {
        const outcome = fuzzOne(design.text, true);
        expect(outcome.kind === 'crash' ? outcome.what : 'no crash').toBe('no crash');
        expect(unlocated(outcome)).toEqual([]);
        expect(outcome.ms).toBeLessThan(10_000);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
