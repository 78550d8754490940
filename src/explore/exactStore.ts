import { hashBytes } from './hashBytes.js';
import { MonotoneColumn } from './monotoneColumn.js';
import { PagedBytes, PagedInt32 } from './pagedBytes.js';
import type { LimitName } from '../core/result.js';
import { REFUSED, refuses, type StoreLimits, type VisitedStore } from './visitedStore.js';

const ID_BITS = 27;
const ID_MASK = (1 << ID_BITS) - 1;
const SEED = 0x9747b28c;
const MAX_LOAD = 0.8;
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
   * Bits each key byte needs (`TransitionSystem.keyBits`): states are stored packed to these
   * bits, and a key byte that does not fit is a RangeError (the model broke its promise).
   */
  readonly bits?: Uint8Array;
}

/** A slot in `[0, slots)` from the high bits of `h` (a multiply, so any table size works). */
function slotOf(h: number, slots: number): number {
  return Math.floor((h >>> 0) * (slots / 4294967296));
}

/**
 * Exact visited set: every state's bytes in a paged arena, an open-addressed `Uint32Array`
 * table (linear probing; any size, grown by 1.5× at load 0.8) whose slots hold `id + 1` in
 * the low 27 bits and 5 low bits of the hash as a tag (the high bits choose the slot; most
 * mismatching probes are rejected without touching the arena), and a column of parent ids
 * (one byte each when they are monotone). No object per state. Identity is decided by
 * comparing bytes.
 */
export class ExactStore implements VisitedStore {
  readonly capacity = ID_MASK - 1;
  private readonly arena: PagedBytes;
  /** Stored bytes per state: `width`, or fewer when keys are packed to `bits`. */
  private readonly stored: number;
  private readonly bits: Uint8Array | undefined;
  private readonly packed: Uint8Array;
  private readonly parents: PagedInt32 | MonotoneColumn;
  private table: Uint32Array;
  private count = 0;
  private growAt: number;
  refusal: LimitName | undefined;

  constructor(
    private readonly width: number,
    private readonly limits: StoreLimits = { maxStates: Infinity, maxBytes: Infinity },
    layout: ExactStoreLayout = {},
  ) {
    const slots = layout.initialSlots ?? 1 << 12;
    this.bits = layout.bits;
    this.stored = this.bits === undefined ? width : Math.ceil(this.bits.reduce((n, b) => n + b, 0) / 8);
    this.packed = new Uint8Array(this.stored);
    this.arena = new PagedBytes(this.stored);
    this.parents = layout.monotoneParents === true ? new MonotoneColumn() : new PagedInt32();
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
    const k = this.pack(key);
    return this.insertPacked(k, hashBytes(k, 0, this.stored, SEED), parent);
  }

  /** Bytes a key takes in the store: `width`, or fewer when keys are packed to `bits`. */
  get packedWidth(): number {
    return this.stored;
  }

  /**
   * `key` as the store keeps it (packed to its bits), in a buffer the next call of `packedKey`,
   * `insert` or `read` reuses, or `key` itself when nothing is packed. The parallel search
   * hashes, filters, routes and inserts states in this form (decisions 0030, 0044).
   */
  packedKey(key: Uint8Array): Uint8Array {
    return this.pack(key);
  }

  /** The hash `insert` places a key by, from its {@link packedKey} form. */
  hashPacked(packed: Uint8Array): number {
    return hashBytes(packed, 0, this.stored, SEED);
  }

  /** `key` packed to the store's bits (in a buffer reused by the next call), or `key` itself. */
  private pack(key: Uint8Array): Uint8Array {
    const bits = this.bits;
    if (bits === undefined) return key;
    const out = this.packed;
    let acc = 0;
    let used = 0;
    let o = 0;
    for (let i = 0; i < this.width; i++) {
      const v = key[i]!;
      const b = bits[i]!;
      if (v >>> b !== 0) throw new RangeError(`state byte ${i} holds ${v}, more than the ${b} bits the model declared for it (valueBits)`);
      acc |= v << used;
      used += b;
      while (used >= 8) {
        out[o++] = acc & 0xff;
        acc >>>= 8;
        used -= 8;
      }
    }
    if (used > 0) out[o] = acc & 0xff;
    return out;
  }

  /** {@link insert} of a key already packed ({@link packedKey}, `packedWidth` bytes), with its {@link hashPacked}. */
  insertPacked(key: Uint8Array, h: number, parent: number): number {
    const tag = (h & 31) << ID_BITS;
    const table = this.table;
    const slots = table.length;
    let slot = slotOf(h, slots);
    for (;;) {
      const v = table[slot]!;
      if (v === 0) break;
      if ((v & ~ID_MASK) >>> 0 === tag >>> 0) {
        const id = (v & ID_MASK) - 1;
        if (this.arena.equals(id, key)) return -1 - id;
      }
      if (++slot === slots) slot = 0;
    }
    const growth =
      this.arena.growthFor(this.count) +
      (this.arena.growthFor(this.count) > 0 ? PagedBytes.pageRecords * (this.parents instanceof MonotoneColumn ? 1 : 4) : 0) +
      (this.count + 1 >= this.growAt ? Math.ceil(this.table.length * GROWTH) * 4 : 0);
    if (refuses(this, this.count, this.limits, this.allocatedBytes, growth)) return REFUSED;
    const id = this.count++;
    this.arena.write(id, key);
    this.parents.set(id, parent);
    table[slot] = (tag | (id + 1)) >>> 0;
    if (this.count >= this.growAt) this.grow();
    return id;
  }

  read(id: number, dst: Uint8Array): void {
    const bits = this.bits;
    if (bits === undefined) {
      this.arena.read(id, dst);
      return;
    }
    const src = this.packed;
    this.arena.read(id, src);
    let acc = 0;
    let have = 0;
    let o = 0;
    for (let i = 0; i < this.width; i++) {
      const b = bits[i]!;
      while (have < b) {
        acc |= src[o++]! << have;
        have += 8;
      }
      dst[i] = acc & ((1 << b) - 1);
      acc >>>= b;
      have -= b;
    }
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
    for (let id = 0; id < this.count; id++) {
      const [page, off] = this.arena.locate(id);
      const h = hashBytes(page, off, this.stored, SEED);
      let slot = slotOf(h, slots);
      while (table[slot] !== 0) if (++slot === slots) slot = 0;
      table[slot] = (((h & 31) << ID_BITS) | (id + 1)) >>> 0;
    }
    this.table = table;
    this.growAt = Math.floor(slots * MAX_LOAD);
  }
}
