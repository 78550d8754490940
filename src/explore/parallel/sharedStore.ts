/**
 * One thread's handle on the visited set the parallel search shares (decision 0045): the
 * one-thread {@link ExactStore}'s layout (keys packed into words in an arena, an open-addressed
 * table of `id + 1` with 5 hash bits as a tag, linear probing) in shared memory, where a state
 * is claimed by a compare-and-swap on its slot. A thread writes the key (and its order key)
 * at an id of its own first and publishes the slot after, so whoever sees the slot sees the
 * key. Ids come in blocks per thread; the table grows at a barrier every thread joins.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { hashWords } from '../hashBytes.js';
import { REFUSED } from '../visitedStore.js';
import { Ctl, ID_BITS, ID_BLOCK, Stop, TABLE_GROWTH, growAtFor, wakeAll, type SharedBuffers } from './sharedMemory.js';

const ID_MASK = (1 << ID_BITS) - 1;
/** The seed of the hash that places a key (any fixed value; the same on every thread). */
export const SHARED_SEED = 0x9747b28c;

/** A slot in `[0, slots)` from the high bits of `h` (a multiply, so any table size works). */
function slotOf(h: number, slots: number): number {
  return Math.floor((h >>> 0) * (slots / 4294967296)) | 0;
}

/** What a thread needs to take part in a table resize: its place, and how the new table reaches it. */
export interface ResizeRole {
  /** Thread 0 allocates, rehashes and hands the new table to the others. */
  readonly me: number;
  /** Thread 0: a port to each other thread taking part (index = thread − 1). Others: the port from thread 0. */
  readonly ports: readonly MessagePort[];
}

/** The shared visited set as seen from one thread. */
export class SharedStore {
  readonly words: number;
  readonly capacity: number;
  readonly ctl: Int32Array;
  readonly arena: Int32Array;
  readonly parents: Int32Array;
  readonly orders: Float64Array;
  readonly frontier: Int32Array;
  readonly fanOut: Int32Array;
  table: Int32Array;
  /** This thread's next unused id, and the end of its block. */
  private next = 0;
  private blockEnd = 0;
  /** The end of the ids this thread claimed last (beyond `blockEnd` when a limit shortened the block). */
  private claimedEnd = 0;
  /** First id of the level being found (orders are kept at `id − levelStart`). */
  levelStart = 0;
  /** The most states the run may store. */
  maxStates = Infinity;
  /** Bytes the table may take at most (the run's memory limit less the arrays sized by ids). */
  maxTableBytes = Infinity;
  /** States this thread stored (for the run's figures). */
  stored = 0;

  constructor(
    readonly buffers: SharedBuffers,
    private readonly role: ResizeRole,
  ) {
    this.words = buffers.words;
    this.capacity = buffers.capacity;
    this.ctl = new Int32Array(buffers.ctl);
    this.arena = new Int32Array(buffers.arena);
    this.parents = new Int32Array(buffers.parents);
    this.orders = new Float64Array(buffers.orders);
    this.frontier = new Int32Array(buffers.frontier);
    this.fanOut = new Int32Array(buffers.fanOut);
    this.table = new Int32Array(buffers.table);
  }

  /** The id's packed key words start at `id · words` of {@link arena}. */
  hash(key: Int32Array): number {
    return hashWords(key, 0, this.words, SHARED_SEED);
  }

  /**
   * Stores `key` (packed, with its {@link hash} `h`) with order key `order` unless present
   * ({@link orders} holds `order + 1`: 0 marks an id that holds no state of the level).
   * Returns the new id (≥ 0), `−1 − id` of the state already stored (by any thread), or
   * {@link REFUSED} when a limit stops the run (`ctl[Stop]` says which).
   */
  insert(key: Int32Array, h: number, order: number): number {
    const tag = (h & 31) << ID_BITS;
    const table = this.table;
    const slots = table.length | 0;
    const words = this.words;
    const arena = this.arena;
    const k0 = key[0]!;
    let slot = slotOf(h, slots);
    let probes = 0;
    for (;;) {
      let v = Atomics.load(table, slot);
      if (v === 0) {
        if (this.next === this.blockEnd && !this.claim()) return REFUSED;
        const id = this.next;
        const at = id * words;
        for (let w = 0; w < words; w++) arena[at + w] = key[w]!;
        this.orders[id - this.levelStart] = order + 1;
        v = Atomics.compareExchange(table, slot, 0, tag | (id + 1));
        if (v === 0) {
          this.next = id + 1;
          this.stored++;
          return id;
        }
        // Another thread took the slot first: its key may be this one.
      }
      if ((v & ~ID_MASK) === tag) {
        const id = (v & ID_MASK) - 1;
        const at = id * words;
        if (arena[at] === k0) {
          let w = 1;
          while (w < words && arena[at + w] === key[w]) w++;
          if (w === words) return -1 - id;
        }
      }
      slot = slot + 1 === slots ? 0 : slot + 1;
      if (++probes === slots) throw new Error('internal: the shared table is full');
    }
  }

  /** Claims a block of ids; false (with `ctl[Stop]` set) when a limit forbids it. */
  private claim(): boolean {
    const ctl = this.ctl;
    const holes = Atomics.load(ctl, Ctl.Holes);
    const start = Atomics.add(ctl, Ctl.NextId, ID_BLOCK);
    // States stored at most once this block is full: every id claimed so far less the holes.
    const left = Math.min(this.capacity - start, this.maxStates - (start - holes));
    if (left <= 0) {
      Atomics.compareExchange(ctl, Ctl.Stop, Stop.None, this.capacity - start <= 0 && this.maxStates - (start - holes) > 0 ? Stop.MaxMemory : Stop.MaxStates);
      wakeAll(ctl);
      return false;
    }
    this.next = start;
    this.blockEnd = start + Math.min(ID_BLOCK, left);
    this.claimedEnd = start + ID_BLOCK;
    if (start + ID_BLOCK >= Atomics.load(ctl, Ctl.GrowAt) && Atomics.compareExchange(ctl, Ctl.Resize, 0, 1) === 0) wakeAll(ctl);
    return true;
  }

  /**
   * Ends this thread's share of a level: the rest of its block is left unused (its order
   * slots 0, so the level's settling skips them) and counted as holes.
   */
  closeBlock(): void {
    // The next id may hold the order key of an insert that lost its slot to another thread.
    if (this.next < this.blockEnd) this.orders[this.next - this.levelStart] = 0;
    if (this.claimedEnd > this.next) Atomics.add(this.ctl, Ctl.Holes, this.claimedEnd - this.next);
    this.next = this.blockEnd = this.claimedEnd = 0;
  }

  /** Whether a resize is waiting for this thread. */
  resizeAsked(): boolean {
    return Atomics.load(this.ctl, Ctl.Resize) !== 0;
  }

  /**
   * Takes part in the resize every thread of the level must join: thread 0 waits for the
   * others, builds the larger table from the old one's slots, sends it to each and bumps the
   * generation; the others wait for it. A thread must not be inside {@link insert}.
   */
  joinResize(): void {
    const ctl = this.ctl;
    const generation = Atomics.load(ctl, Ctl.Generation);
    if (Atomics.load(ctl, Ctl.Resize) === 0) return;
    Atomics.add(ctl, Ctl.Arrived, 1);
    wakeAll(ctl);
    const threads = Atomics.load(ctl, Ctl.Threads);
    if (this.role.me === 0) {
      waitUntil(ctl, () => Atomics.load(ctl, Ctl.Arrived) === threads);
      this.grow(threads);
      for (const port of this.role.ports) port.postMessage({ table: this.buffers.table });
      Atomics.store(ctl, Ctl.Arrived, 0);
      Atomics.store(ctl, Ctl.Resize, 0);
      Atomics.add(ctl, Ctl.Generation, 1);
      wakeAll(ctl);
      return;
    }
    waitUntil(ctl, () => Atomics.load(ctl, Ctl.Generation) !== generation);
    const port = this.role.ports[0]!;
    for (;;) {
      const m = receiveMessageOnPort(port);
      if (m !== undefined) {
        this.adopt((m.message as { table: SharedArrayBuffer }).table);
        return;
      }
      Atomics.wait(ctl, Ctl.Wake, Atomics.load(ctl, Ctl.Wake), 1);
    }
  }

  /** Uses `table` from now on (a worker joining, or a resize). */
  adopt(table: SharedArrayBuffer): void {
    (this.buffers as { table: SharedArrayBuffer }).table = table;
    this.table = new Int32Array(table);
  }

  /** Rehashes every slot into a table {@link TABLE_GROWTH} times larger (thread 0, every other thread stopped). */
  grow(threads: number): void {
    const old = this.table;
    const slots = old.length * TABLE_GROWTH;
    if (slots * 4 > this.maxTableBytes) {
      // Past the memory limit: stop the level; the store is still sound, only fuller.
      Atomics.compareExchange(this.ctl, Ctl.Stop, Stop.None, Stop.MaxMemory);
      Atomics.store(this.ctl, Ctl.GrowAt, 2 ** 31 - 1);
      return;
    }
    const buffer = new SharedArrayBuffer(slots * 4);
    const table = new Int32Array(buffer);
    const words = this.words;
    const arena = this.arena;
    for (let s = 0; s < old.length; s++) {
      const v = old[s]!;
      if (v === 0) continue;
      const h = hashWords(arena, ((v & ID_MASK) - 1) * words, words, SHARED_SEED);
      let slot = slotOf(h, slots);
      while (table[slot] !== 0) slot = slot + 1 === slots ? 0 : slot + 1;
      table[slot] = v;
    }
    this.adopt(buffer);
    Atomics.store(this.ctl, Ctl.GrowAt, growAtFor(slots, threads));
  }

  /** Unpacks nothing: copies the packed words of `id` into `dst`. */
  readWords(id: number, dst: Int32Array): void {
    const at = id * this.words;
    for (let w = 0; w < this.words; w++) dst[w] = this.arena[at + w]!;
  }
}

/** Blocks (waking on the control block's wake word) until `done()` holds. */
export function waitUntil(ctl: Int32Array, done: () => boolean): void {
  for (;;) {
    const seen = Atomics.load(ctl, Ctl.Wake);
    if (done()) return;
    Atomics.wait(ctl, Ctl.Wake, seen, 50);
  }
}
