import { hashBytes } from './hashBytes.js';
import { PagedBytes, PagedInt32 } from './pagedBytes.js';
import type { LimitName } from '../core/result.js';
import { REFUSED, refuses, type StoreLimits, type VisitedStore } from './visitedStore.js';

const MAX_LOAD = 0.75;
const SEED_LO = 0x3c6ef372;
const SEED_HI = 0x1b873593;

/**
 * Hash compaction (TLC/SPIN style): the visited set keeps a 64-bit fingerprint per state
 * (two independent MurmurHash3 values), never the state. Only the BFS queue holds state
 * bytes, and its pages are freed once expanded. Parent ids and successor indices are kept so
 * a trace is rebuilt by replaying its path from the initial state.
 *
 * Two distinct states with one fingerprint make the second look visited: it and what only it
 * leads to are omitted. {@link omissionProbability} bounds the chance of that.
 */
export class FingerprintStore implements VisitedStore {
  readonly capacity = 0x7ffffffe;
  private readonly queue: PagedBytes;
  private readonly parents = new PagedInt32();
  private readonly choices = new PagedInt32();
  private table: Uint32Array;
  private slots: number;
  private count = 0;
  private growAt: number;
  refusal: LimitName | undefined;

  constructor(
    private readonly width: number,
    private readonly limits: StoreLimits = { maxStates: Infinity, maxBytes: Infinity },
    initialSlots = 1 << 12,
  ) {
    this.queue = new PagedBytes(width);
    this.slots = initialSlots;
    this.table = new Uint32Array(initialSlots * 2);
    this.growAt = Math.floor(initialSlots * MAX_LOAD);
  }

  get size(): number {
    return this.count;
  }

  get allocatedBytes(): number {
    return this.queue.allocatedBytes + this.parents.allocatedBytes + this.choices.allocatedBytes + this.table.byteLength;
  }

  insert(key: Uint8Array, parent: number, choice: number): number {
    let lo = hashBytes(key, 0, this.width, SEED_LO);
    const hi = hashBytes(key, 0, this.width, SEED_HI);
    if (lo === 0 && hi === 0) lo = 1;
    const growth =
      this.queue.growthFor(this.count) +
      (this.queue.growthFor(this.count) > 0 ? PagedBytes.pageRecords * 8 : 0) +
      (this.count + 1 >= this.growAt ? this.table.byteLength * 2 : 0);
    if (this.contains(lo, hi)) return -1;
    if (refuses(this, this.count, this.limits, this.allocatedBytes, growth)) return REFUSED;
    this.place(this.table, this.slots, lo, hi);
    const id = this.count++;
    this.queue.write(id, key);
    this.parents.set(id, parent);
    this.choices.set(id, choice);
    if (this.count >= this.growAt) this.grow();
    return id;
  }

  read(id: number, dst: Uint8Array): void {
    this.queue.read(id, dst);
  }

  parentOf(id: number): number {
    return this.parents.get(id);
  }

  choiceOf(id: number): number {
    return this.choices.get(id);
  }

  consumedBelow(id: number): void {
    this.queue.releaseBelow(id);
  }

  /** Upper bound on the probability that some state was omitted: n(n−1)/2 pairs over 2^64. */
  omissionProbability(): number {
    const n = this.count;
    return Math.min(1, (n * (n - 1)) / 2 / 2 ** 64);
  }

  /** Whether the fingerprint is already present. */
  private contains(lo: number, hi: number): boolean {
    const mask = this.slots - 1;
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const a = this.table[slot * 2]!;
      const b = this.table[slot * 2 + 1]!;
      if (a === 0 && b === 0) return false;
      if (a === lo >>> 0 && b === hi >>> 0) return true;
      slot = (slot + 1) & mask;
    }
  }

  /** Inserts the fingerprint; false when it was already present. */
  private place(table: Uint32Array, slots: number, lo: number, hi: number): boolean {
    const mask = slots - 1;
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const a = table[slot * 2]!;
      const b = table[slot * 2 + 1]!;
      if (a === 0 && b === 0) {
        table[slot * 2] = lo;
        table[slot * 2 + 1] = hi;
        return true;
      }
      if (a === lo >>> 0 && b === hi >>> 0) return false;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    const slots = this.slots * 2;
    const table = new Uint32Array(slots * 2);
    for (let s = 0; s < this.slots; s++) {
      const a = old[s * 2]!;
      const b = old[s * 2 + 1]!;
      if (a !== 0 || b !== 0) this.place(table, slots, a, b);
    }
    this.table = table;
    this.slots = slots;
    this.growAt = Math.floor(slots * MAX_LOAD);
  }
}
