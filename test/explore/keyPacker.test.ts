import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashBytes, hashWords } from '../../src/explore/hashBytes.js';
import { KeyPacker } from '../../src/explore/keyPacker.js';

/** Bits per key byte: 1..8 each, 1..40 bytes. */
const layouts = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 40 });

/** A layout and a key whose bytes fit it. */
const keyed = layouts.chain((bits) =>
  fc.tuple(fc.constant(bits), fc.tuple(...bits.map((b) => fc.integer({ min: 0, max: 2 ** b - 1 })))),
);

describe('the key packer', () => {
  it('packs into the words the bits add up to', () => {
    expect(new KeyPacker(Uint8Array.from([3, 3, 3])).words).toBe(1);
    expect(new KeyPacker(new Uint8Array(8).fill(8)).words).toBe(2);
    expect(new KeyPacker(new Uint8Array(15).fill(6)).words).toBe(3);
  });

  it('unpacks every key it packed, generated and looped alike, with the same words', () => {
    fc.assert(
      fc.property(keyed, ([bits, values]) => {
        const layout = Uint8Array.from(bits);
        const key = Uint8Array.from(values);
        const generated = new KeyPacker(layout, true);
        const looped = new KeyPacker(layout, false);
        const a = new Int32Array(generated.words);
        const b = new Int32Array(looped.words).fill(-1);
        expect(generated.pack(key, a)).toBe(0);
        expect(looped.pack(key, b)).toBe(0);
        expect(b).toEqual(a);
        for (const packer of [generated, looped]) {
          const back = new Uint8Array(key.length);
          packer.unpack(Int32Array.from([7, ...a]), 1, back);
          expect(back).toEqual(key);
        }
      }),
    );
  });

  it('refuses a byte wider than its bits and names it', () => {
    for (const generated of [true, false]) {
      const packer = new KeyPacker(Uint8Array.from([3, 5, 8]), generated);
      expect(packer.pack(Uint8Array.from([7, 31, 255]), new Int32Array(1))).toBe(0);
      const wide = Uint8Array.from([7, 32, 0]);
      expect(packer.pack(wide, new Int32Array(1))).not.toBe(0);
      expect(packer.wideKey(wide).message).toMatch(/state byte 1 holds 32, more than the 5 bits/);
    }
  });
});

describe('hashing words', () => {
  it('gives MurmurHash3 of the words as little-endian bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 8 }), fc.integer(), (words, seed) => {
        const w = Int32Array.from(words);
        const bytes = new Uint8Array(w.length * 4);
        w.forEach((x, i) => new DataView(bytes.buffer).setInt32(i * 4, x, true));
        expect(hashWords(w, 0, w.length, seed) >>> 0).toBe(hashBytes(bytes, 0, bytes.length, seed));
      }),
    );
  });
});
