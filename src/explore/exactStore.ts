import { hashBytes } from './hashBytes.js';
import { PagedBytes, PagedInt32 } from './pagedBytes.js';
import type { LimitName } from '../core/result.js';
import { REFUSED, refuses, type StoreLimits, type VisitedStore } from './visitedStore.js';

const ID_BITS = 27;
const ID_MASK = (1 << ID_BITS) - 1;
const SEED = 0x9747b28c;
const MAX_LOAD = 0.8;

/**
 * Exact visited set: every state's bytes in a paged arena, an open-addressed `Uint32Array`
 * table (linear probing) whose slots hold `id + 1` in the low 27 bits and 5 bits of the hash
 * as a tag (most mismatching probes are rejected without touching the arena), and a paged
 * column of parent ids. No object per state. Identity is decided by comparing bytes.
 */
export class ExactStore implements VisitedStore {
  readonly capacity = ID_MASK - 1;
  private readonly arena: PagedBytes;
  private readonly parents = new PagedInt32();
  private table: Uint32Array;
  private mask: number;
  private count = 0;
  private growAt: number;
  refusal: LimitName | undefined;

  constructor(
    private readonly width: number,
    private readonly limits: StoreLimits = { maxStates: Infinity, maxBytes: Infinity },
    initialSlots = 1 << 12,
  ) {
    this.arena = new PagedBytes(width);
    this.table = new Uint32Array(initialSlots);
    this.mask = initialSlots - 1;
    this.growAt = Math.floor(initialSlots * MAX_LOAD);
  }

  get size(): number {
    return this.count;
  }

  get allocatedBytes(): number {
    return this.arena.allocatedBytes + this.parents.allocatedBytes + this.table.byteLength;
  }

  insert(key: Uint8Array, parent: number): number {
    return this.insertHashed(key, hashBytes(key, 0, this.width, SEED), parent);
  }

  /** The hash `insert` places `key` by (the parallel search routes states by it, decision 0030). */
  hashOf(key: Uint8Array): number {
    return hashBytes(key, 0, this.width, SEED);
  }

  /** {@link insert} with the key's {@link hashOf} already computed. */
  insertHashed(key: Uint8Array, h: number, parent: number): number {
    const tag = (h >>> 27) << ID_BITS;
    const table = this.table;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const v = table[slot]!;
      if (v === 0) break;
      if ((v & ~ID_MASK) >>> 0 === tag >>> 0) {
        const id = (v & ID_MASK) - 1;
        if (this.arena.equals(id, key)) return -1 - id;
      }
      slot = (slot + 1) & mask;
    }
    const growth =
      this.arena.growthFor(this.count) +
      (this.arena.growthFor(this.count) > 0 ? PagedBytes.pageRecords * 4 : 0) +
      (this.count + 1 >= this.growAt ? this.table.byteLength * 2 : 0);
    if (refuses(this, this.count, this.limits, this.allocatedBytes, growth)) return REFUSED;
    const id = this.count++;
    this.arena.write(id, key);
    this.parents.set(id, parent);
    table[slot] = (tag | (id + 1)) >>> 0;
    if (this.count >= this.growAt) this.grow();
    return id;
  }

  read(id: number, dst: Uint8Array): void {
    this.arena.read(id, dst);
  }

  parentOf(id: number): number {
    return this.parents.get(id);
  }

  /** Re-links a stored state to another parent (a better first discoverer, decision 0030). */
  setParent(id: number, parent: number): void {
    this.parents.set(id, parent);
  }

  choiceOf(): number {
    return -1;
  }

  consumedBelow(): void {
    /* exact mode keeps every state: traces are rebuilt from them */
  }

  private grow(): void {
    const slots = this.table.length * 2;
    const table = new Uint32Array(slots);
    const mask = slots - 1;
    for (let id = 0; id < this.count; id++) {
      const [page, off] = this.arena.locate(id);
      const h = hashBytes(page, off, this.width, SEED);
      let slot = h & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = (((h >>> 27) << ID_BITS) | (id + 1)) >>> 0;
    }
    this.table = table;
    this.mask = mask;
    this.growAt = Math.floor(slots * MAX_LOAD);
  }
}
