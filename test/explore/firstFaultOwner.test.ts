import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstFaultOwner, ownsFirstFault } from '../../src/explore/firstFaultOwner.js';

describe('the owner of a first fault', () => {
  it('is one shard of the split, the same on every call, and the only one that owns it', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 64 }), (label, count) => {
        const owner = firstFaultOwner(label, count);
        expect(owner).toBeGreaterThanOrEqual(0);
        expect(owner).toBeLessThan(count);
        expect(firstFaultOwner(label, count)).toBe(owner);
        const owners = Array.from({ length: count }, (_, index) => ownsFirstFault({ index, count }, label));
        expect(owners.filter(Boolean)).toHaveLength(1);
        expect(owners[owner]).toBe(true);
      }),
    );
  });

  it('spreads a design\'s fault labels over the shards', () => {
    const labels = Array.from({ length: 400 }, (_, i) => `link Switch${i % 40}:p${i % 7} down`);
    const per = Array.from({ length: 4 }, (_, index) => labels.filter((l) => ownsFirstFault({ index, count: 4 }, l)).length);
    for (const n of per) expect(n).toBeGreaterThan(60);
  });

  it('is FNV-1a of the label, so shards on other machines and versions agree', () => {
    // The published 32-bit FNV-1a vectors: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(['', 'a', 'foobar'].map((l) => firstFaultOwner(l, 2 ** 32))).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
    expect([2, 3, 8].map((n) => firstFaultOwner('switch Switch1 down', n))).toEqual([0, 2, 2]);
  });
});
