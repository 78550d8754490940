import { describe, expect, it } from 'vitest';
import { hashWords } from '../../../src/explore/hashBytes.js';
import { rehashInto, SEED, slotOf } from '../../../src/explore/parallel/sharedTable.js';

describe('the shared table layout', () => {
  it('starts a probe inside the table for any hash and any table size', () => {
    for (const slots of [1, 7, 65_536, 3_000_001]) {
      for (const h of [0, 1, -1, 0x7fffffff, -0x80000000, 123_456_789]) {
        const s = slotOf(h, slots);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThan(slots);
      }
    }
  });

  it('moves every slot into a larger table from ranges rehashed separately, placed by the key in the arena', () => {
    const old = new Int32Array(64);
    const keys = Array.from({ length: 40 }, (_, i) => i * 7919 + 3);
    const arena = Int32Array.from(keys);
    keys.forEach((k, id) => {
      const h = hashWords(Int32Array.of(k), 0, 1, SEED);
      let slot = slotOf(h, 64);
      while (old[slot] !== 0) slot = (slot + 1) % 64;
      old[slot] = ((h & 31) << 27) | (id + 1);
    });
    const table = new Int32Array(256);
    rehashInto(old, 0, 30, table, arena, 1);
    rehashInto(old, 30, 64, table, arena, 1);
    const moved = new Map<number, number>();
    for (let s = 0; s < 256; s++) if (table[s] !== 0) moved.set((table[s]! & ((1 << 27) - 1)) - 1, s);
    expect(moved.size).toBe(keys.length);
    // Each id sits where a probe for its key finds it: at its hash's slot or after it, past occupied slots only.
    keys.forEach((k, id) => {
      const h = hashWords(Int32Array.of(k), 0, 1, SEED);
      let slot = slotOf(h, 256);
      while (((table[slot]! & ((1 << 27) - 1)) - 1) !== id) {
        expect(table[slot]).not.toBe(0);
        slot = (slot + 1) % 256;
      }
      expect(table[slot]! >>> 27).toBe(h & 31);
    });
  });
});
