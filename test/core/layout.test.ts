import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/core/errors.js';
import { array, bool, codecOf, enumOf, int, optional, record, type Layout } from '../../src/core/layout.js';

type Sample = {
  small: number;
  wide: number;
  huge: number;
  flag: boolean;
  role: 'init' | 'backup' | 'master';
  maybe: number | null;
  ports: readonly number[];
}

const sampleLayout = record<Sample>({
  small: int(-5, 250),
  wide: int(-1000, 60000),
  huge: int(0, 4_000_000_000),
  flag: bool(),
  role: enumOf(['init', 'backup', 'master']),
  maybe: optional(int(0, 9)),
  ports: array(int(0, 3), 4),
});

const sampleArb: fc.Arbitrary<Sample> = fc.record({
  small: fc.integer({ min: -5, max: 250 }),
  wide: fc.integer({ min: -1000, max: 60000 }),
  huge: fc.integer({ min: 0, max: 4_000_000_000 }),
  flag: fc.boolean(),
  role: fc.constantFrom('init' as const, 'backup' as const, 'master' as const),
  maybe: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
  ports: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
});

function bytesOf<T>(layout: Layout<T>, value: T): number[] {
  const out = new Uint8Array(layout.width);
  layout.write(value, out, 0);
  return [...out];
}

function fl301(write: () => void): string | undefined {
  try {
    write();
  } catch (e) {
    if (e instanceof FaultlineError) return e.diagnostics[0]?.code;
    throw e;
  }
  return undefined;
}

describe('layout', () => {
  it('sizes scalars at 1, 2 or 4 bytes by the size of their domain', () => {
    expect([int(0, 255).width, int(0, 256).width, int(-1, 65534).width, int(0, 65536).width]).toEqual([1, 2, 2, 4]);
    expect([bool().width, enumOf(['a', 'b']).width, optional(int(0, 300)).width, array(int(0, 9), 5).width]).toEqual([1, 1, 3, 5]);
    expect(sampleLayout.width).toBe(1 + 2 + 4 + 1 + 1 + 2 + 4);
  });

  it('declares the bits each byte can need, so the visited set packs states to them', () => {
    expect([int(0, 1).bits, int(3, 10).bits, int(0, 255).bits, int(0, 256).bits, int(0, 65536).bits]).toEqual([[1], [3], [8], [8, 1], [8, 8, 1, 1]]);
    expect([bool().bits, enumOf(['only']).bits, enumOf(['a', 'b', 'c']).bits, optional(int(0, 9)).bits, array(bool(), 3).bits]).toEqual([[1], [1], [2], [1, 4], [1, 1, 1]]);
    expect(sampleLayout.bits).toEqual([8, 8, 8, 8, 8, 8, 8, 1, 2, 1, 4, 2, 2, 2, 2]);
    expect(codecOf(sampleLayout).valueBits).toEqual(sampleLayout.bits);
  });

  it('takes 8 bits a byte for a hand-written layout inside a combinator that declares none', () => {
    const custom: Layout<number> = { width: 2, write: (v, out, off) => out.set([v & 255, v >> 8], off), read: (b, off) => b[off]! | (b[off + 1]! << 8) };
    expect(record({ a: bool(), b: custom }).bits).toEqual([1, 8, 8]);
    expect(codecOf(custom).valueBits).toBeUndefined();
  });

  it('writes every byte of every value within its declared bits', () => {
    fc.assert(
      fc.property(sampleArb, (v) => bytesOf(sampleLayout, v).every((byte, i) => byte >>> sampleLayout.bits![i]! === 0)),
    );
  });

  it('round-trips every value of a record through its codec', () => {
    const codec = codecOf(sampleLayout);
    const buf = new Uint8Array(codec.width);
    fc.assert(
      fc.property(sampleArb, (value) => {
        codec.encode(value, buf);
        expect(codec.decode(buf)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes from an offset inside a larger buffer', () => {
    const codec = codecOf(sampleLayout);
    fc.assert(
      fc.property(sampleArb, fc.integer({ min: 0, max: 40 }), (value, offset) => {
        const arena = new Uint8Array(offset + codec.width + 7).fill(0xee);
        const buf = new Uint8Array(codec.width);
        codec.encode(value, buf);
        arena.set(buf, offset);
        expect(codec.decode(arena, offset)).toEqual(value);
      }),
      { numRuns: 100 },
    );
  });

  it('encodes two values to the same bytes exactly when they are equal', () => {
    fc.assert(
      fc.property(sampleArb, sampleArb, (a, b) => {
        const same = JSON.stringify(bytesOf(sampleLayout, a)) === JSON.stringify(bytesOf(sampleLayout, b));
        expect(same).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 300 },
    );
  });

  it('encodes fields in layout order whatever the order of the object keys', () => {
    fc.assert(
      fc.property(sampleArb, fc.infiniteStream(fc.double()), (value, noise) => {
        const keys = Object.keys(value) as (keyof Sample)[];
        const order = keys.map((k) => [k, noise.next().value] as const).sort((x, y) => x[1] - y[1]);
        const shuffled = Object.fromEntries(order.map(([k]) => [k, value[k]])) as unknown as Sample;
        expect(bytesOf(sampleLayout, shuffled)).toEqual(bytesOf(sampleLayout, value));
      }),
      { numRuns: 100 },
    );
    const layout = record<{ a: number; b: number }>({ a: int(0, 9), b: int(0, 9) });
    expect(bytesOf(layout, { b: 7, a: 2 })).toEqual([2, 7]);
  });

  it('writes integers as little-endian offsets from the minimum', () => {
    expect(bytesOf(int(-5, 250), -5)).toEqual([0]);
    expect(bytesOf(int(-1000, 60000), 300)).toEqual([0x14, 0x05]);
    expect(bytesOf(int(0, 4_000_000_000), 4_000_000_000)).toEqual([0x00, 0x28, 0x6b, 0xee]);
  });

  it('tells null apart from a present zero in an optional field', () => {
    const layout = optional(int(0, 9));
    expect(bytesOf(layout, null)).toEqual([0, 0]);
    expect(bytesOf(layout, 0)).toEqual([1, 0]);
    expect(layout.read(new Uint8Array([1, 0]), 0)).toBe(0);
    expect(layout.read(new Uint8Array([0, 0]), 0)).toBeNull();
  });

  it('rejects integers outside their range with FL301', () => {
    const buf = new Uint8Array(4);
    const layout = int(0, 3);
    expect(fl301(() => layout.write(4, buf, 0))).toBe('FL301');
    expect(fl301(() => layout.write(-1, buf, 0))).toBe('FL301');
    expect(fl301(() => layout.write(1.5, buf, 0))).toBe('FL301');
    expect(fl301(() => layout.write(Number.NaN, buf, 0))).toBe('FL301');
    fc.assert(
      fc.property(fc.integer().filter((n) => n < -5 || n > 250), (n) => {
        expect(fl301(() => int(-5, 250).write(n, buf, 0))).toBe('FL301');
      }),
    );
  });

  it('rejects enum values outside the list and arrays of the wrong length with FL301', () => {
    const buf = new Uint8Array(8);
    const roles = enumOf(['init', 'backup', 'master']);
    expect(fl301(() => roles.write('Master' as 'master', buf, 0))).toBe('FL301');
    expect(fl301(() => array(int(0, 3), 4).write([1, 2, 3], buf, 0))).toBe('FL301');
    expect(fl301(() => array(int(0, 3), 4).write([1, 2, 3, 0, 1], buf, 0))).toBe('FL301');
    expect(fl301(() => array(int(0, 3), 4).write([1, 2, 3, 9], buf, 0))).toBe('FL301');
  });

  it('rejects an out-of-domain field inside a record with FL301 and names the domain', () => {
    const codec = codecOf(sampleLayout);
    const bad = { small: 0, wide: 0, huge: 0, flag: false, role: 'init', maybe: 12, ports: [0, 0, 0, 0] } as const;
    let message = '';
    try {
      codec.encode(bad, new Uint8Array(codec.width));
    } catch (e) {
      expect(e).toBeInstanceOf(FaultlineError);
      expect((e as FaultlineError).diagnostics[0]?.code).toBe('FL301');
      message = (e as FaultlineError).diagnostics[0]?.message ?? '';
    }
    expect(message).toContain('12');
    expect(message).toContain('0..9');
  });
});
