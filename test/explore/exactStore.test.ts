import { describe, expect, it } from 'vitest';
import { ExactStore } from '../../src/explore/exactStore.js';

/** A key of `width` bytes spelling `i` in base 251 (distinct for distinct i). */
function keyOf(i: number, width: number): Uint8Array {
  const key = new Uint8Array(width);
  for (let b = 0, x = i; b < width; b++, x = Math.floor(x / 251)) key[b] = x % 251;
  return key;
}

describe('the exact store', () => {
  it.each([false, true])('finds every stored key again, and no other, as its table grows (monotone parents: %s)', (monotoneParents) => {
    const store = new ExactStore(5, undefined, { monotoneParents });
    const n = 50_000;
    for (let i = 0; i < n; i++) expect(store.insert(keyOf(i, 5), i >> 3)).toBe(i);
    for (let i = 0; i < n; i += 7) expect(store.insert(keyOf(i, 5), 0)).toBe(-1 - i);
    expect(store.insert(keyOf(n, 5), 0)).toBe(n);
    const dst = new Uint8Array(5);
    store.read(1234, dst);
    expect(dst).toEqual(keyOf(1234, 5));
    expect(store.parentOf(1234)).toBe(1234 >> 3);
    expect(store.size).toBe(n + 1);
  });

  it('keeps a one-thread search under 8 + 1.1 + 6.3 bytes a state for 5-byte keys (two words) with monotone parents', () => {
    const store = new ExactStore(5, undefined, { monotoneParents: true });
    for (let i = 0; i < 100_000; i++) store.insert(keyOf(i, 5), i >> 3);
    expect(store.allocatedBytes / store.size).toBeLessThan(8 * 1.03 + 1.1 + 6.3);
  });

  it('tells apart keys that differ only in a later word', () => {
    const store = new ExactStore(9, undefined);
    const a = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const b = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 10]);
    expect(store.insert(a, -1)).toBe(0);
    expect(store.insert(b, -1)).toBe(1);
    expect(store.insert(a, -1)).toBe(-1);
    expect(store.insert(b, -1)).toBe(-2);
  });

  it('re-links a parent only when parents are not monotone', () => {
    const plain = new ExactStore(2);
    plain.insert(keyOf(1, 2), -1);
    plain.setParent(0, 9);
    expect(plain.parentOf(0)).toBe(9);
    const monotone = new ExactStore(2, undefined, { monotoneParents: true });
    monotone.insert(keyOf(1, 2), -1);
    expect(() => monotone.setParent(0, 9)).toThrow(/monotone/);
  });
});

describe('the exact store with keys packed to declared bits', () => {
  const bits = Uint8Array.from([3, 3, 5, 8, 1]);

  it('reads back every key it packed, finds them again, and stores fewer bytes', () => {
    const store = new ExactStore(5, undefined, { bits, monotoneParents: true });
    const keys: Uint8Array[] = [];
    for (let i = 0; i < 4_000; i++) keys.push(Uint8Array.from([i % 8, (i >> 3) % 8, (i >> 6) % 32, (i * 37) % 256, (i >> 11) % 2]));
    keys.forEach((k, i) => expect(store.insert(k, 0)).toBe(i));
    keys.forEach((k, i) => expect(store.insert(k, 0)).toBe(-1 - i));
    const dst = new Uint8Array(5);
    for (let i = 0; i < keys.length; i += 97) {
      store.read(i, dst);
      expect(dst).toEqual(keys[i]);
    }
    const unpacked = new ExactStore(5, undefined, { monotoneParents: true });
    keys.forEach((k) => unpacked.insert(k, 0));
    // 20 bits are one word instead of two (5 bytes), on the arena's one page of 4,096 states.
    expect(unpacked.allocatedBytes - store.allocatedBytes).toBe(4096 * (8 - 4));
  });

  it('refuses a key byte wider than its bits rather than storing another state', () => {
    const store = new ExactStore(5, undefined, { bits });
    expect(() => store.insert(Uint8Array.from([8, 0, 0, 0, 0]), -1)).toThrow(/state byte 0 holds 8, more than the 3 bits/);
  });
});
