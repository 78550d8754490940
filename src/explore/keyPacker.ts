import { generatedFunction } from '../core/generatedFunction.js';

/** Packs a key's bytes into words; returns non-zero when a byte is wider than its bits. */
export type PackWords = (key: Uint8Array, out: Int32Array) => number;
/** Unpacks the words `src[offset..)` of one packed key into its bytes. */
export type UnpackWords = (src: Int32Array, offset: number, dst: Uint8Array) => void;

/** Keys wider than this many bytes are packed by a loop instead of generated straight-line code. */
const GENERATED_MAX_WIDTH = 512;

/** Where key byte i lives: bit `pos` of the packed bit string, `bits` wide. */
interface Field {
  readonly pos: number;
  readonly bits: number;
}

/**
 * Packs state keys into 32-bit words and back (decision 0043): key byte i takes the next
 * `bits[i]` bits (decision 0036's `keyBits`; 8 when nothing is declared), so a key is
 * ⌈Σ bits / 32⌉ words. Comparing, hashing and storing keys a word at a time costs a quarter
 * of the typed-array accesses of a byte at a time, which is most of the cost in V8.
 *
 * For keys up to 512 bytes the packer is generated straight-line code for the layout
 * (`new Function`, as ajv compiles schemas): one load per byte, shifts by constants, no
 * loop and so no per-iteration checks; wider keys go through a loop. Both agree bit for bit
 * (tested). A byte wider than its bits is reported, never truncated.
 */
export class KeyPacker {
  /** Words of a packed key. */
  readonly words: number;
  /** Packs `key` into `out[0..words)`; non-zero when a byte does not fit its bits. */
  readonly pack: PackWords;
  /** Unpacks one key from `src[offset..offset+words)` into `dst[0..width)`. */
  readonly unpack: UnpackWords;
  private readonly fields: readonly Field[];

  constructor(
    private readonly bits: Uint8Array,
    generated = bits.length <= GENERATED_MAX_WIDTH,
  ) {
    let pos = 0;
    this.fields = Array.from(bits, (b) => {
      if (!Number.isInteger(b) || b < 1 || b > 8) throw new RangeError(`a key byte takes 1..8 bits, not ${b}`);
      const field = { pos, bits: b };
      pos += b;
      return field;
    });
    this.words = Math.max(1, Math.ceil(pos / 32));
    const made = generated ? generate(this.fields, this.words) : undefined;
    this.pack = made?.pack ?? loopPack(this.fields, this.words);
    this.unpack = made?.unpack ?? loopUnpack(this.fields);
  }

  /** The error for a key that {@link pack} refused: which byte, which value, how many bits. */
  wideKey(key: Uint8Array): RangeError {
    const i = this.fields.findIndex((f, j) => key[j]! >>> f.bits !== 0);
    return new RangeError(`state byte ${i} holds ${key[i]}, more than the ${this.bits[i]} bits the model declared for it (valueBits)`);
  }
}

/** The parts of word `w`: each field overlapping it, shifted into place. */
function wordTerms(fields: readonly Field[], w: number): { i: number; shift: number }[] {
  const lo = w * 32;
  const terms: { i: number; shift: number }[] = [];
  fields.forEach((f, i) => {
    if (f.pos + f.bits > lo && f.pos < lo + 32) terms.push({ i, shift: f.pos - lo });
  });
  return terms;
}

/** Straight-line pack and unpack for one layout. */
function generate(fields: readonly Field[], words: number): { pack: PackWords; unpack: UnpackWords } | undefined {
  const pack: string[] = [];
  fields.forEach((_, i) => pack.push(`const v${i} = k[${i}];`));
  const narrow = fields.flatMap((f, i) => (f.bits < 8 ? [`(v${i} >>> ${f.bits})`] : []));
  for (let w = 0; w < words; w++) {
    const terms = wordTerms(fields, w).map(({ i, shift }) => (shift === 0 ? `v${i}` : shift > 0 ? `(v${i} << ${shift})` : `(v${i} >>> ${-shift})`));
    pack.push(`o[${w}] = ${terms.join(' | ') || '0'};`);
  }
  pack.push(`return ${narrow.join(' | ') || '0'};`);
  const unpack: string[] = [];
  for (let w = 0; w < words; w++) unpack.push(`const w${w} = s[at + ${w}];`);
  fields.forEach((f, i) => {
    const mask = (1 << f.bits) - 1;
    const w = f.pos >>> 5;
    const off = f.pos & 31;
    const value = off + f.bits > 32 ? `((w${w} >>> ${off}) | (w${w + 1} << ${32 - off}))` : off === 0 ? `w${w}` : `(w${w} >>> ${off})`;
    unpack.push(`d[${i}] = ${value} & ${mask};`);
  });
  const packWords = generatedFunction<PackWords>(['k', 'o'], pack.join('\n'));
  const unpackWords = generatedFunction<UnpackWords>(['s', 'at', 'd'], unpack.join('\n'));
  // No code generation here (e.g. a policy forbids it): the loops do the same.
  return packWords && unpackWords ? { pack: packWords, unpack: unpackWords } : undefined;
}

/** The loop that {@link generate}'s pack unrolls. */
function loopPack(fields: readonly Field[], words: number): PackWords {
  const pos = Int32Array.from(fields, (f) => f.pos);
  const bits = Int32Array.from(fields, (f) => f.bits);
  return (key, out) => {
    out.fill(0, 0, words);
    let wide = 0;
    for (let i = 0; i < pos.length; i++) {
      const v = key[i]!;
      const p = pos[i]!;
      const off = p & 31;
      wide |= v >>> bits[i]!;
      out[p >>> 5] = out[p >>> 5]! | (v << off);
      if (off + bits[i]! > 32) out[(p >>> 5) + 1] = out[(p >>> 5) + 1]! | (v >>> (32 - off));
    }
    return wide;
  };
}

/** The loop that {@link generate}'s unpack unrolls. */
function loopUnpack(fields: readonly Field[]): UnpackWords {
  const pos = Int32Array.from(fields, (f) => f.pos);
  const bits = Int32Array.from(fields, (f) => f.bits);
  return (src, at, dst) => {
    for (let i = 0; i < pos.length; i++) {
      const p = pos[i]!;
      const off = p & 31;
      let v = src[at + (p >>> 5)]! >>> off;
      if (off + bits[i]! > 32) v |= src[at + (p >>> 5) + 1]! << (32 - off);
      dst[i] = v & ((1 << bits[i]!) - 1);
    }
  };
}
