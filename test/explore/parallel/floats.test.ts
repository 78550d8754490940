import { describe, expect, it } from 'vitest';
import { Floats } from '../../../src/explore/parallel/floats.js';

describe('Floats', () => {
  it('keeps every pushed value in order as it grows past its first capacity', () => {
    const column = new Floats();
    const n = 5000;
    for (let i = 0; i < n; i++) column.push(i * 0.5);
    expect(column.length).toBe(n);
    expect(column.data.length).toBeGreaterThanOrEqual(n);
    for (let i = 0; i < n; i++) expect(column.data[i]).toBe(i * 0.5);
  });
});
