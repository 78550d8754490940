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

  it('moves every slot, header and inline key, into a larger table from ranges rehashed separately', () => {
    // Keys of 1 word held inline: stride 2 (header, key).
    const stride = 2;
    const old = new Int32Array(64 * stride);
    const keys = Array.from({ length: 40 }, (_, i) => i * 7919 + 3);
    keys.forEach((k, id) => {
      const h = hashWords(Int32Array.of(k), 0, 1, SEED);
      let slot = slotOf(h, 64);
      while (old[slot * stride] !== 0) slot = (slot + 1) % 64;
      old[slot * stride] = ((h & 31) << 27) | (id + 1);
      old[slot * stride + 1] = k;
    });
    const table = new Int32Array(256 * stride);
    rehashInto(old, stride, 0, 30, table, new Int32Array(0), 1);
    rehashInto(old, stride, 30, 64, table, new Int32Array(0), 1);
    const moved = new Map<number, number>();
    for (let s = 0; s < 256; s++) if (table[s * stride] !== 0) moved.set((table[s * stride]! & ((1 << 27) - 1)) - 1, table[s * stride + 1]!);
    expect(moved.size).toBe(keys.length);
    keys.forEach((k, id) => expect(moved.get(id)).toBe(k));
  });
});
