import { describe, expect, it } from 'vitest';
import { positionOf } from '../../../src/explore/parallel/positionOf.js';

describe('positionOf', () => {
  it('finds every key of an ascending column at its index', () => {
    const sorted = Float64Array.from([-3, 0, 2.5, 7, 1e12, 1e12 + 1]);
    for (let i = 0; i < sorted.length; i++) expect(positionOf(sorted, sorted[i]!)).toBe(i);
  });

  it('finds the only key of a one-element column', () => {
    expect(positionOf(Float64Array.from([42]), 42)).toBe(0);
  });
});
