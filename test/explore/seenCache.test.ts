import { describe, expect, it } from 'vitest';
import { hashBytes } from '../../src/explore/hashBytes.js';
import { SeenCache } from '../../src/explore/seenCache.js';

const key = (...bytes: number[]): Uint8Array => Uint8Array.from(bytes);

describe('the seen-key cache', () => {
  it('answers false for a key the first time and true the next', () => {
    const cache = new SeenCache(3, key(0, 0, 0));
    const k = key(1, 2, 3);
    expect(cache.seen(k, 42)).toBe(false);
    expect(cache.seen(k, 42)).toBe(true);
  });

  it('knows the filler key from the start', () => {
    const cache = new SeenCache(2, key(7, 9));
    expect(cache.seen(key(7, 9), 12345)).toBe(true);
  });

  it('never calls two different keys with the same hash the same key, and forgets the one it evicts', () => {
    const cache = new SeenCache(2, key(0, 0));
    expect(cache.seen(key(1, 1), 5)).toBe(false);
    expect(cache.seen(key(1, 2), 5)).toBe(false);
    expect(cache.seen(key(1, 1), 5)).toBe(false);
    expect(cache.seen(key(1, 1), 5)).toBe(true);
  });

  it('agrees with an exact set on every hit over many keys in a small cache', () => {
    const cache = new SeenCache(4, key(0, 0, 0, 0), 1 << 12);
    const inserted = new Set<string>(['0,0,0,0']);
    let hits = 0;
    for (let i = 0; i < 20_000; i++) {
      const k = key(i % 251, (i * 7) % 13, (i * 31) % 17, i % 3);
      const h = hashBytes(k, 0, 4, 1);
      const hit = cache.seen(k, h);
      if (hit) {
        hits++;
        expect(inserted.has(k.join())).toBe(true);
      }
      inserted.add(k.join());
    }
    expect(cache.slots).toBe(1 << 10);
    expect(hits).toBeGreaterThan(0);
  });
});
