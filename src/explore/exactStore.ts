import { hashWords } from './hashBytes.js';
import { KeyPacker } from './keyPacker.js';
import { MonotoneColumn } from './monotoneColumn.js';
import { PagedBytes, PagedInt32, PagedWords } from './pagedBytes.js';
import type { LimitName } from '../core/result.js';
import { REFUSED, refuses, type StoreLimits, type VisitedStore } from './visitedStore.js';

const ID_BITS = 27;
const ID_MASK = (1 << ID_BITS) - 1;
const SEED = 0x9747b28c;
const MAX_LOAD = 0.8;
const PAGE_SHIFT = PagedBytes.pageShift;
const PAGE_RECORDS = PagedBytes.pageRecords;
const PAGE_MASK = PAGE_RECORDS - 1;
/** The table grows by this factor (not 2: a doubled table is half empty; not 1.25: rehashing too often, decision 0036). */
const GROWTH = 1.5;

/** How an {@link ExactStore} keeps parent links. */
export interface ExactStoreLayout {
  /**
   * Parents are appended in non-decreasing order and never re-linked (a one-thread BFS): one
   * byte per link ({@link MonotoneColumn}) instead of four. Default false.
   */
  readonly monotoneParents?: boolean;
  /** Slots the table starts with (default 4,096). */
  readonly initialSlots?: number;
  /**
   * Bits each key byte needs (`TransitionSystem.keyBits`; 8 each when absent): states are
   * stored packed to these bits in 32-bit words, and a key byte that does not fit is a
   * RangeError (the model broke its promise).
   */
  readonly bits?: Uint8Array;
}

/** A slot in `[0, slots)` from the high bits of `h` (a multiply, so any table size works). */
function slotOf(h: number, slots: number): number {
  return Math.floor((h >>> 0) * (slots / 4294967296)) | 0;
}

/**
 * Exact visited set: every state's key packed into 32-bit words ({@link KeyPacker}) in a
 * paged arena, an open-addressed `Uint32Array` table (linear probing; any size, grown by 1.5×
 * at load 0.8) whose slots hold `id + 1` in the low 27 bits and 5 low bits of the hash as a
 * tag (the high bits choose the slot; most mismatching probes are rejected without touching
 * the arena), and a column of parent ids (one byte each when they are monotone). No object
 * per state. Identity is decided by comparing every word.
 */
export class ExactStore implements VisitedStore {
  readonly capacity = ID_MASK - 1;
  private readonly packer: KeyPacker;
  /** Words of a packed key. */
  private readonly words: number;
  /** The key being inserted, packed. */
  private readonly key: Int32Array;
  private readonly arena: PagedWords;
  private readonly parents: PagedInt32 | MonotoneColumn;
  private readonly parentBytes: number;
  private table: Uint32Array;
  private count = 0;
  private growAt: number;
  refusal: LimitName | undefined;

  constructor(
    width: number,
    private readonly limits: StoreLimits = { maxStates: Infinity, maxBytes: Infinity },
    layout: ExactStoreLayout = {},
  ) {
    const slots = layout.initialSlots ?? 1 << 12;
    this.packer = new KeyPacker(layout.bits ?? new Uint8Array(width).fill(8));
    this.words = this.packer.words;
    this.key = new Int32Array(this.words);
    this.arena = new PagedWords(this.words);
    this.parents = layout.monotoneParents === true ? new MonotoneColumn() : new PagedInt32();
    this.parentBytes = layout.monotoneParents === true ? 1 : 4;
    this.table = new Uint32Array(slots);
    this.growAt = Math.floor(slots * MAX_LOAD);
  }

  get size(): number {
    return this.count;
  }

  get allocatedBytes(): number {
    return this.arena.allocatedBytes + this.parents.allocatedBytes + this.table.byteLength;
  }

  insert(key: Uint8Array, parent: number): number {
    const k = this.packed(key);
    return this.insertWords(k, hashWords(k, 0, this.words, SEED), parent);
  }

  /** `key` packed into the reused {@link key} words. */
  private packed(key: Uint8Array): Int32Array {
    const k = this.key;
    if (this.packer.pack(key, k) !== 0) throw this.packer.wideKey(key);
    return k;
  }

  private insertWords(key: Int32Array, h: number, parent: number): number {
    const tag = (h & 31) << ID_BITS;
    const table = this.table;
    const slots = table.length | 0;
    const words = this.words;
    const pages = this.arena.pages;
    const k0 = key[0]!;
    let slot = slotOf(h, slots);
    for (;;) {
      const v = table[slot]! | 0;
      if (v === 0) break;
      if ((v & ~ID_MASK) === tag) {
        // The arena's record `id` against the key, word by word.
        const id = (v & ID_MASK) - 1;
        const page = pages[id >>> PAGE_SHIFT]!;
        const at = (id & PAGE_MASK) * words;
        if (page[at] === k0) {
          let w = 1;
          while (w < words && page[at + w] === key[w]) w++;
          if (w === words) return -1 - id;
        }
      }
      slot = slot + 1 === slots ? 0 : slot + 1;
    }
    if (this.count + 1 >= this.growAt || this.arena.growthFor(this.count) > 0) {
      const arenaGrowth = this.arena.growthFor(this.count);
      const growth = arenaGrowth + (arenaGrowth > 0 ? PAGE_RECORDS * this.parentBytes : 0) + (this.count + 1 >= this.growAt ? Math.ceil(slots * GROWTH) * 4 : 0);
      if (refuses(this, this.count, this.limits, this.allocatedBytes, growth)) return REFUSED;
    } else if (this.count >= this.limits.maxStates) {
      this.refusal = 'max-states';
      return REFUSED;
    }
    const id = this.count++;
    this.arena.write(id, key);
    this.parents.set(id, parent);
    table[slot] = tag | (id + 1);
    if (this.count >= this.growAt) this.grow();
    return id;
  }

  read(id: number, dst: Uint8Array): void {
    this.packer.unpack(this.arena.pages[id >>> PAGE_SHIFT]!, (id & PAGE_MASK) * this.words, dst);
  }

  parentOf(id: number): number {
    return this.parents.get(id);
  }

  /** Re-links a stored state to another parent (a better first discoverer, decision 0030); not with monotone parents. */
  setParent(id: number, parent: number): void {
    if (this.parents instanceof MonotoneColumn) throw new RangeError('a store with monotone parents cannot re-link a state');
    this.parents.set(id, parent);
  }

  choiceOf(): number {
    return -1;
  }

  consumedBelow(): void {
    /* exact mode keeps every state: traces are rebuilt from them */
  }

  private grow(): void {
    const slots = Math.ceil(this.table.length * GROWTH);
    const table = new Uint32Array(slots);
    const w = this.words;
    for (let first = 0; first < this.count; first += PAGE_RECORDS) {
      const page = this.arena.pages[first >>> PAGE_SHIFT]!;
      const records = Math.min(PAGE_RECORDS, this.count - first);
      for (let r = 0; r < records; r++) {
        const h = hashWords(page, r * w, w, SEED);
        let slot = slotOf(h, slots);
        while (table[slot] !== 0) slot = slot + 1 === slots ? 0 : slot + 1;
        table[slot] = ((h & 31) << ID_BITS) | (first + r + 1);
      }
    }
    this.table = table;
    this.growAt = Math.floor(slots * MAX_LOAD);
  }
}
