/**
 * State layouts: a fixed layout of small integers derived from the shape of a model's state.
 * A layout gives a canonical byte encoding (a {@link StateCodec}) without hand-written
 * packing: `record({ st: array(enumOf(['Init', 'Backup', 'Master']), 3), lan: bool() })`.
 *
 * Each scalar takes 1 byte when its domain has at most 256 values, else 2 or 4 bytes. Records
 * encode their fields in the order the layout lists them, so two equal states always encode
 * to the same bytes whatever order their object keys were created in.
 */
import { FaultlineError } from './errors.js';
import { generatedFunction } from './generatedFunction.js';
import type { StateCodec } from './model.js';

/** How a value of type `T` sits in a byte string. */
export interface Layout<T> {
  readonly width: number;
  write(value: T, out: Uint8Array, offset: number): void;
  read(bytes: Uint8Array, offset: number): T;
  /**
   * Bits each of the `width` bytes can need (1..8 each): every byte `write` makes is below
   * `2 ** bits[i]`. The exact visited set stores states packed to these bits (decision 0047);
   * absent, 8 a byte. The combinators below declare them; a hand-written layout may.
   */
  readonly bits?: readonly number[];
}

/** The bits of each byte of a number below `size` written little-endian in `width` bytes (at least 1 a byte). */
function uintBits(size: number, width: number): number[] {
  const total = Math.ceil(Math.log2(Math.max(2, size)));
  return Array.from({ length: width }, (_, i) => Math.min(8, Math.max(1, total - 8 * i)));
}

/** `layout`'s bits, 8 a byte where it declares none. */
function bitsOf(layout: Layout<unknown>): readonly number[] {
  return layout.bits ?? new Array<number>(layout.width).fill(8);
}

function bytesFor(size: number): 1 | 2 | 4 {
  return size <= 0x100 ? 1 : size <= 0x10000 ? 2 : 4;
}

function writeUint(out: Uint8Array, offset: number, width: 1 | 2 | 4, v: number): void {
  out[offset] = v & 0xff;
  if (width > 1) out[offset + 1] = (v >>> 8) & 0xff;
  if (width > 2) {
    out[offset + 2] = (v >>> 16) & 0xff;
    out[offset + 3] = (v >>> 24) & 0xff;
  }
}

function readUint(bytes: Uint8Array, offset: number, width: 1 | 2 | 4): number {
  let v = bytes[offset]!;
  if (width > 1) v |= bytes[offset + 1]! << 8;
  if (width > 2) v = (v | (bytes[offset + 2]! << 16) | (bytes[offset + 3]! << 24)) >>> 0;
  return v;
}

function outOfDomain(what: string, value: unknown): never {
  throw new FaultlineError({
    code: 'FL301',
    message: `state value ${JSON.stringify(value)} is outside its declared domain ${what}`,
    hint: 'the model produced a value its state layout does not allow; widen the layout or fix the model',
  });
}

/** An integer in `min..max` inclusive. */
export function int(min: number, max: number): Layout<number> {
  const width = bytesFor(max - min + 1);
  return {
    width,
    bits: uintBits(max - min + 1, width),
    write(v, out, off) {
      if (!Number.isInteger(v) || v < min || v > max) outOfDomain(`${min}..${max}`, v);
      writeUint(out, off, width, v - min);
    },
    read: (b, off) => readUint(b, off, width) + min,
  };
}

/**
 * An integer in `min..max` that takes no byte when the range holds one value (a feature a
 * configuration leaves off costs nothing per state).
 */
export function intOrNone(min: number, max: number): Layout<number> {
  if (min !== max) return int(min, max);
  return {
    width: 0,
    bits: [],
    write(v) {
      if (v !== min) outOfDomain(`${min}`, v);
    },
    read: () => min,
  };
}

/** A value that never changes: no byte (a feature a configuration leaves off costs nothing per state). */
export function constant<const T>(value: T): Layout<T> {
  return {
    width: 0,
    bits: [],
    write(v) {
      if (v !== value) outOfDomain(JSON.stringify(value), v);
    },
    read: () => value,
  };
}

/** A boolean. */
export function bool(): Layout<boolean> {
  return {
    width: 1,
    bits: [1],
    write(v, out, off) {
      if (typeof v !== 'boolean') outOfDomain('boolean', v);
      out[off] = v ? 1 : 0;
    },
    read: (b, off) => b[off] === 1,
  };
}

/** One of a fixed list of values (strings or numbers), compared with `===`. */
export function enumOf<const T extends string | number>(values: readonly T[]): Layout<T> {
  const width = bytesFor(values.length);
  const index = new Map<T, number>(values.map((v, i) => [v, i]));
  return {
    width,
    bits: uintBits(values.length, width),
    write(v, out, off) {
      const i = index.get(v);
      if (i === undefined) outOfDomain(`{${values.join(', ')}}`, v);
      writeUint(out, off, width, i);
    },
    read: (b, off) => values[readUint(b, off, width)]!,
  };
}

/** `null` or a value of `inner`. */
export function optional<T>(inner: Layout<T>): Layout<T | null> {
  return {
    width: 1 + inner.width,
    // The flag byte, then the inner value's bytes (all 0 when null).
    bits: [1, ...bitsOf(inner)],
    write(v, out, off) {
      if (v === null) {
        out.fill(0, off, off + 1 + inner.width);
      } else {
        out[off] = 1;
        inner.write(v, out, off + 1);
      }
    },
    read: (b, off) => (b[off] === 0 ? null : inner.read(b, off + 1)),
  };
}

/** A fixed-length array. */
export function array<T>(of: Layout<T>, length: number): Layout<readonly T[]> {
  const each = bitsOf(of);
  return {
    width: of.width * length,
    bits: Array.from({ length }, () => each).flat(),
    write(v, out, off) {
      if (v.length !== length) outOfDomain(`array of length ${length}`, `length ${v.length}`);
      for (let i = 0; i < length; i++) of.write(v[i]!, out, off + i * of.width);
    },
    read(b, off) {
      const result: T[] = new Array(length);
      for (let i = 0; i < length; i++) result[i] = of.read(b, off + i * of.width);
      return result;
    },
  };
}

/** A record with a fixed set of fields, encoded in the order given here. */
export function record<T extends object>(fields: { readonly [K in keyof T]: Layout<T[K]> }): Layout<T> {
  const entries = Object.entries(fields) as [keyof T & string, Layout<unknown>][];
  const keys = entries.map(([key]) => key);
  const layouts = entries.map(([, layout]) => layout);
  const offsets: number[] = [];
  let width = 0;
  for (const layout of layouts) {
    offsets.push(width);
    width += layout.width;
  }
  const { write, read } = generatedRecord<T>(keys, layouts, offsets) ?? {
    write(v: T, out: Uint8Array, off: number) {
      for (let i = 0; i < keys.length; i++) layouts[i]!.write(v[keys[i] as keyof T], out, off + offsets[i]!);
    },
    read(b: Uint8Array, off: number) {
      const result: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) result[keys[i]!] = layouts[i]!.read(b, off + offsets[i]!);
      return result as T;
    },
  };
  return { width, bits: layouts.flatMap(bitsOf), write, read };
}

/**
 * A record's `write` and `read` as straight-line code, one call per field (as the key packer's
 * generated code, decision 0043): each call site then sees one field layout, which V8 inlines,
 * where the loop's one call site sees them all; `read` returns an object literal of one shape.
 * Undefined where code cannot be generated, or for a field named `__proto__` (a literal would
 * set the prototype): the loops in {@link record} do the same.
 */
function generatedRecord<T>(keys: readonly string[], layouts: readonly Layout<unknown>[], offsets: readonly number[]): Pick<Layout<T>, 'write' | 'read'> | undefined {
  if (keys.includes('__proto__')) return undefined;
  const name = (k: string): string => JSON.stringify(k);
  const bind = layouts.map((_, i) => `const L${i} = L[${i}];`).join('\n');
  const write = keys.map((k, i) => `L${i}.write(v[${name(k)}], out, off + ${offsets[i]});`).join('\n');
  const read = `return {${keys.map((k, i) => `${name(k)}: L${i}.read(b, off + ${offsets[i]})`).join(', ')}};`;
  const make = generatedFunction<(l: readonly Layout<unknown>[]) => Pick<Layout<T>, 'write' | 'read'>>(
    ['L'],
    `${bind}\nreturn { write(v, out, off) {\n${write}\n}, read(b, off) {\n${read}\n} };`,
  );
  return make?.(layouts);
}

/** The codec of a layout, for `Model.codec`. */
export function codecOf<T>(layout: Layout<T>): StateCodec<T> {
  return {
    width: layout.width,
    encode: (state, out) => layout.write(state, out, 0),
    decode: (bytes, offset = 0) => layout.read(bytes, offset),
    ...(layout.bits ? { valueBits: layout.bits } : {}),
  };
}
