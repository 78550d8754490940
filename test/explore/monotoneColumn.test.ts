import { describe, expect, it } from 'vitest';
import { MonotoneColumn } from '../../src/explore/monotoneColumn.js';

describe('the monotone column', () => {
  it('reads back every value of a rising sequence across pages, at about one byte a value', () => {
    const column = new MonotoneColumn();
    const values: number[] = [];
    let v = -1;
    for (let i = 0; i < 20_000; i++) {
      v += i % 7 === 0 ? 1 : 0;
      values.push(v);
      column.set(i, v);
    }
    for (let i = 0; i < values.length; i += 37) expect(column.get(i)).toBe(values[i]);
    expect(column.get(values.length - 1)).toBe(values.at(-1));
    expect(column.allocatedBytes / values.length).toBeLessThan(1.2);
  });

  it('reads back falls and big rises too (stored whole beside the rises)', () => {
    const column = new MonotoneColumn();
    const values = [5, 3, 3, 1000, 1001, -1, 70_000_000, 12, 12, 13];
    values.forEach((x, i) => column.set(i, x));
    expect(values.map((_, i) => column.get(i))).toEqual(values);
  });

  it('refuses to write anywhere but at its end', () => {
    const column = new MonotoneColumn();
    column.set(0, 1);
    expect(() => column.set(5, 2)).toThrow(/append-only/);
  });
});
