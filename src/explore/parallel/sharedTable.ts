/**
 * The slot layout of the shared table (decision 0045): one word a slot — `id + 1` in the low
 * {@link ID_BITS} bits, 5 bits of the hash above as a tag, all-ones id while the key is being
 * written; the key itself is in the arena at its id. Where a key starts its probe, and how a
 * table's slots move into a larger one.
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
 * Places the slots `[from, to)` of `old` in `table`, by the hash of their key in `arena`.
 * Several threads may fill `table` at once, each from its own range: a slot is claimed by a
 * compare-and-swap of its header (nobody else reads `table` until every range is done).
 */
export function rehashInto(old: Int32Array, from: number, to: number, table: Int32Array, arena: Int32Array, words: number): void {
  const slots = table.length;
  for (let s = from; s < to; s++) {
    const v = old[s]!;
    if (v === 0) continue;
    let slot = slotOf(hashWords(arena, ((v & ID_MASK) - 1) * words, words, SEED), slots);
    while (table[slot] !== 0 || Atomics.compareExchange(table, slot, 0, v) !== 0) slot = slot + 1 === slots ? 0 : slot + 1;
  }
}
