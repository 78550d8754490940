/**
 * The slot layout of the shared table (decision 0045): a header word — `id + 1` in the low
 * {@link ID_BITS} bits, 5 bits of the hash above as a tag, all-ones id while the key is being
 * written — then, for keys of at most 2 words, the key. Where a key starts its probe, and how
 * a table's slots move into a larger one.
 */
import { hashWords } from '../hashBytes.js';
import { ID_BITS } from './sharedMemory.js';

/** The id field of a header. */
export const ID_MASK = (1 << ID_BITS) - 1;
/** A header's id field while its key is being written. */
export const BUSY = ID_MASK;
/** The seed of the hash that places a key (any fixed value; the same on every thread). */
export const SEED = 0x9747b28c;

/** A slot in `[0, slots)` from the high bits of `h` (a multiply, so any table size works). */
export function slotOf(h: number, slots: number): number {
  return Math.floor((h >>> 0) * (slots / 4294967296)) | 0;
}

/**
 * Places the slots `[from, to)` of `old` (all their words) in `table`, by the hash of their
 * key: read from the slot itself when the key is held there, else from `arena`. Several
 * threads may fill `table` at once, each from its own range: a slot is claimed by a
 * compare-and-swap of its header, the rest of it written after (nobody reads `table` until
 * every range is done).
 */
export function rehashInto(old: Int32Array, stride: number, from: number, to: number, table: Int32Array, arena: Int32Array, words: number): void {
  const slots = table.length / stride;
  const inline = stride === 1 + words;
  for (let s = from; s < to; s++) {
    const at = s * stride;
    const v = old[at]!;
    if (v === 0) continue;
    const h = inline ? hashWords(old, at + 1, words, SEED) : hashWords(arena, ((v & ID_MASK) - 1) * words, words, SEED);
    let slot = slotOf(h, slots);
    while (table[slot * stride] !== 0 || Atomics.compareExchange(table, slot * stride, 0, v) !== 0) slot = slot + 1 === slots ? 0 : slot + 1;
    for (let w = 1; w < stride; w++) table[slot * stride + w] = old[at + w]!;
  }
}
