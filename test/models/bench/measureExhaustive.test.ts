import { describe, expect, it } from 'vitest';
import { measureExhaustive } from '../../../bench/measureExhaustive.js';
import { benchSummary } from '../../../bench/summary.js';

describe('measureExhaustive', () => {
  it('reports matching engine and naive counts against the reference row', () => {
    const line = measureExhaustive('stp-ring', 3, true);
    expect(line).toMatchObject({ status: 'pass', states: 3736, naiveStates: 3736, naiveTransitions: 28044, countsMatch: true });
    expect(line.speedup).toBeGreaterThan(0);
  });

  it('leaves countsMatch open at a size the table lacks, where engine and naive still agree', () => {
    const line = measureExhaustive('philosophers', 5, true);
    expect(line.countsMatch).toBeNull();
    expect(line.expectedStates).toBeNull();
    // companion Pell number: (1+√2)^5 + (1−√2)^5 = 82
    expect([line.states, line.naiveStates]).toEqual([82, 82]);
    expect(line.naiveTransitions).toBe(line.transitions);
  });

  it('flags a count mismatch in the summary', () => {
    const line = { ...measureExhaustive('vrrp', 2, false), countsMatch: false };
    expect(benchSummary([line], [])).toMatch(/vrrp-2 .*MISMATCH/);
  });
});
