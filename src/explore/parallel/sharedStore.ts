/**
 * One thread's handle on the visited set the parallel search shares (decision 0045): keys
 * packed into words in an arena by id, and an open-addressed table (linear probing) of one
 * word a slot — `id + 1` with 5 hash bits as a tag — as in `ExactStore`. A thread claims an
 * empty slot by a compare-and-swap of its header to "being written", writes the key into the
 * arena (and the order key at its id), then publishes the header; a thread that meets a
 * header being written waits for it. Ids come in blocks per thread. The table and the arrays
 * indexed by id grow together at a barrier every thread of the level joins: thread 0 (the
 * coordinator's) allocates, every thread copies and rehashes a share.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { hashWords } from '../hashBytes.js';
import { BUSY, ID_MASK, rehashInto, SEED, slotOf } from './sharedTable.js';
import { REFUSED } from '../visitedStore.js';
import { CHOICES } from './sharedProtocol.js';
import { throwIfLost } from './threadWatch.js';
import { allocateGrowing, bytesPerId, Ctl, GROWTH, ID_BITS, ID_BLOCK, ID_BLOCK_SHIFT, idsFor, limitsFor, MAX_IDS, MAX_LOAD, Stop, wakeAll, type GrowingBuffers, type SharedBuffers } from './sharedMemory.js';

/** What a thread needs to take part in a resize: its place, and how the new buffers reach it. */
export interface ResizeRole {
  /** Thread 0 allocates, copies and hands the new buffers to the others. */
  readonly me: number;
  /** Thread 0: a port to each other thread taking part. Others: the port from thread 0. */
  readonly ports: readonly MessagePort[];
}

/** What a run allows the store (thread 0 enforces the memory limit when it grows). */
export interface SharedLimits {
  readonly maxStates: number;
  readonly maxBytes: number;
}

/** The shared visited set as seen from one thread. */
export class SharedStore {
  readonly words: number;
  /** Slots of the table (one Int32 header each). */
  slots = 0;
  readonly ctl: Int32Array;
  table!: Int32Array;
  arena!: Int32Array;
  parents!: Int32Array;
  ranks!: Int32Array;
  choices!: Int32Array;
  owners!: Uint8Array;
  frontier!: Int32Array;
  fanOut!: Int32Array;
  /** Ids the arrays hold now: derived from the table ({@link idsFor}). */
  capacity = 0;
  /** The buffers in use (a worker joining later gets these). */
  buffers: SharedBuffers;
  /** This thread's next unused id, the end of its usable block, and of its claim. */
  private next = 0;
  private blockEnd = 0;
  private claimedEnd = 0;
  /** First id of the level being found (its order keys are kept at `id − levelStart`). */
  levelStart = 0;
  /** States of the level being expanded (what a resize copies of the frontier and fan-out). */
  levelSize = 0;
  /** States this thread stored since the count was last reset. */
  stored = 0;

  constructor(
    buffers: SharedBuffers,
    private readonly role: ResizeRole,
    private readonly limits: SharedLimits,
  ) {
    this.words = buffers.words;
    this.ctl = new Int32Array(buffers.ctl);
    this.buffers = buffers;
    this.adopt(buffers);
  }

  /** This thread's number (0: the coordinator's). */
  get me(): number {
    return this.role.me;
  }

  /** The order key of the state at `id − levelStart` of the level being found (−1: none there). */
  orderAt(at: number): number {
    return (this.ranks[at]! - 1) * CHOICES + this.choices[at]!;
  }

  /** Sets the order key at `id − levelStart` (`order` ≥ 0). */
  setOrderAt(at: number, order: number): void {
    const rank = Math.floor(order / CHOICES);
    this.ranks[at] = rank + 1;
    this.choices[at] = order - rank * CHOICES;
  }

  /** The hash that places a packed key. */
  hash(key: Int32Array): number {
    return hashWords(key, 0, this.words, SEED);
  }

  /**
   * Stores `key` (packed, with its {@link hash} `h`) unless present, with the order key
   * `rank · CHOICES + choice` ({@link ranks} holds `rank + 1`: 0 marks an id that holds no
   * state of the level).
   * Returns the new id (≥ 0), `−1 − id` of the state already stored (by any thread), or
   * {@link REFUSED} when a limit stops the run (`ctl[Stop]` says which). May wait for a resize.
   */
  insert(key: Int32Array, h: number, rank: number, choice: number): number {
    const tag = (h & 31) << ID_BITS;
    const table = this.table;
    const slots = this.slots;
    const words = this.words;
    const k0 = key[0]!;
    let slot = slotOf(h, slots);
    for (let probes = 0; probes < slots; probes++) {
      // A plain read: a header changes from 0 to "being written" by a compare-and-swap, then
      // once more, by an atomic store made after the key words were written.
      let v = table[slot]! | 0;
      if (v === 0) {
        if (this.next === this.blockEnd) {
          const claimed = this.claim();
          if (claimed === REFUSED) return REFUSED;
          if (claimed === WAIT) {
            this.joinResize();
            return this.insert(key, h, rank, choice);
          }
        }
        v = Atomics.compareExchange(table, slot, 0, tag | BUSY);
        if (v === 0) {
          const id = this.next++;
          const arena = this.arena;
          const from = id * words;
          for (let w = 0; w < words; w++) arena[from + w] = key[w]!;
          this.ranks[id - this.levelStart] = rank + 1;
          this.choices[id - this.levelStart] = choice;
          Atomics.store(table, slot, tag | (id + 1));
          this.stored++;
          return id;
        }
        // Another thread took the slot first: its key may be this one.
      }
      if ((v & ~ID_MASK) === tag) {
        if ((v & ID_MASK) === BUSY) v = this.settled(slot);
        const id = (v & ID_MASK) - 1;
        const arena = this.arena;
        const from = id * words;
        if (arena[from] === k0) {
          let w = 1;
          while (w < words && arena[from + w] === key[w]) w++;
          if (w === words) return -1 - id;
        }
      }
      slot = slot + 1 === slots ? 0 : slot + 1;
    }
    throw new Error('internal: the shared table is full');
  }

  /** The header at `at` once the thread writing its key has published it. */
  private settled(at: number): number {
    for (;;) {
      const v = Atomics.load(this.table, at);
      if ((v & ID_MASK) !== BUSY) return v;
    }
  }

  /**
   * Claims a block of ids: 0, or {@link WAIT} when the table or the arrays must grow first
   * (a resize is asked for), or {@link REFUSED} (with `ctl[Stop]` set) when a limit forbids it.
   */
  private claim(): number {
    const ctl = this.ctl;
    for (;;) {
      if (Atomics.load(ctl, Ctl.Stop) !== Stop.None) return REFUSED;
      const start = Atomics.load(ctl, Ctl.NextId);
      // States stored at most once this block is full: every id claimed so far less the holes.
      const left = this.limits.maxStates - (start - Atomics.load(ctl, Ctl.Holes));
      if (left <= 0) {
        Atomics.compareExchange(ctl, Ctl.Stop, Stop.None, Stop.MaxStates);
        wakeAll(ctl);
        return REFUSED;
      }
      if (start + ID_BLOCK > Atomics.load(ctl, Ctl.HardLimit)) {
        this.askResize();
        return WAIT;
      }
      if (Atomics.compareExchange(ctl, Ctl.NextId, start, start + ID_BLOCK) !== start) continue;
      this.owners[start >>> ID_BLOCK_SHIFT] = this.role.me;
      this.next = start;
      this.blockEnd = start + Math.min(ID_BLOCK, left);
      this.claimedEnd = start + ID_BLOCK;
      if (start + ID_BLOCK >= Atomics.load(ctl, Ctl.GrowAt)) this.askResize();
      return 0;
    }
  }

  private askResize(): void {
    if (Atomics.compareExchange(this.ctl, Ctl.Resize, 0, 1) === 0) wakeAll(this.ctl);
  }

  /**
   * Ends this thread's share of a level: the rest of its block is left unused (its order
   * slots 0, so the level's settling skips them) and counted as holes.
   */
  closeBlock(): void {
    // The next id may hold the order key of an insert that lost its slot to another thread.
    if (this.next < this.blockEnd) this.ranks[this.next - this.levelStart] = 0;
    if (this.claimedEnd > this.next) Atomics.add(this.ctl, Ctl.Holes, this.claimedEnd - this.next);
    this.next = this.blockEnd = this.claimedEnd = 0;
  }

  /**
   * Ends this thread's part of a level ({@link closeBlock}), counts it finished and waits until
   * the threads' finished count reaches `finishedAt`, joining any resize meanwhile (a resize
   * needs every thread of the level).
   */
  finish(finishedAt: number): void {
    this.closeBlock();
    Atomics.add(this.ctl, Ctl.Finished, 1);
    wakeAll(this.ctl);
    waitUntil(this.ctl, () => {
      if (this.resizeAsked()) this.joinResize();
      return Atomics.load(this.ctl, Ctl.Finished) >= finishedAt;
    });
  }

  /** Whether a resize is waiting for this thread. */
  resizeAsked(): boolean {
    return Atomics.load(this.ctl, Ctl.Resize) !== 0;
  }

  /**
   * Takes part in the resize every thread of the level must join. Thread 0 waits for the
   * others, builds the larger buffers (copying the level's own arrays), sends them to each and
   * bumps the generation; then every thread copies its share of the keys and parent links and
   * rehashes its share of the old table's slots into the new table (by compare-and-swap: the
   * shares interleave), and when all are done thread 0
   * resets the barrier and bumps the generation again. Between a thread's arrival and that
   * second generation no thread reads or writes the store otherwise.
   */
  joinResize(): void {
    const ctl = this.ctl;
    const generation = Atomics.load(ctl, Ctl.Generation);
    if (Atomics.load(ctl, Ctl.Resize) === 0) return;
    Atomics.add(ctl, Ctl.Arrived, 1);
    wakeAll(ctl);
    const threads = Atomics.load(ctl, Ctl.Threads);
    const old = { table: this.table, arena: this.arena, parents: this.parents };
    let grown: boolean;
    if (this.role.me === 0) {
      waitUntil(ctl, () => Atomics.load(ctl, Ctl.Arrived) === threads);
      grown = this.grow(threads);
      for (const port of this.role.ports) port.postMessage({ buffers: this.buffers, grown });
      Atomics.add(ctl, Ctl.Generation, 1);
      wakeAll(ctl);
    } else {
      waitUntil(ctl, () => Atomics.load(ctl, Ctl.Generation) !== generation);
      const message = this.receive();
      this.adopt(message.buffers);
      grown = message.grown;
    }
    if (grown) {
      // This thread's share of the ids (keys, parent links) and of the old table's slots.
      const me = this.role.me;
      const ids = Math.min(Atomics.load(ctl, Ctl.NextId), old.parents.length);
      const idShare = Math.ceil(ids / threads);
      const from = Math.min(ids, me * idShare);
      const to = Math.min(ids, from + idShare);
      this.arena.set(old.arena.subarray(from * this.words, to * this.words), from * this.words);
      this.parents.set(old.parents.subarray(from, to), from);
      const slotShare = Math.ceil(old.table.length / threads);
      rehashInto(old.table, me * slotShare, Math.min(old.table.length, (me + 1) * slotShare), this.table, old.arena, this.words);
    }
    Atomics.add(ctl, Ctl.Rehashed, 1);
    wakeAll(ctl);
    if (this.role.me === 0) {
      waitUntil(ctl, () => Atomics.load(ctl, Ctl.Rehashed) === threads);
      Atomics.store(ctl, Ctl.Arrived, 0);
      Atomics.store(ctl, Ctl.Rehashed, 0);
      Atomics.store(ctl, Ctl.Resize, 0);
      Atomics.add(ctl, Ctl.Generation, 1);
      wakeAll(ctl);
    } else waitUntil(ctl, () => Atomics.load(ctl, Ctl.Generation) === generation + 2);
  }

  /** The next message from thread 0 (the new buffers of a resize). */
  private receive(): { buffers: SharedBuffers; grown: boolean } {
    const port = this.role.ports[0]!;
    for (;;) {
      const m = receiveMessageOnPort(port);
      if (m !== undefined) return m.message as { buffers: SharedBuffers; grown: boolean };
      throwIfLost(this.ctl);
      Atomics.wait(this.ctl, Ctl.Wake, Atomics.load(this.ctl, Ctl.Wake), 1);
    }
  }

  /** Uses `buffers` from now on (a resize, or a worker joining). */
  adopt(buffers: GrowingBuffers): void {
    this.buffers = { ...this.buffers, ...buffers };
    this.table = new Int32Array(buffers.table);
    this.slots = this.table.length;
    this.arena = new Int32Array(buffers.arena);
    this.parents = new Int32Array(buffers.parents);
    this.ranks = new Int32Array(buffers.ranks);
    this.choices = new Int32Array(buffers.choices);
    this.owners = new Uint8Array(buffers.owners);
    this.frontier = new Int32Array(buffers.frontier);
    this.fanOut = new Int32Array(buffers.fanOut);
    this.capacity = idsFor(this.slots);
  }

  /** Bytes the store holds: the table and the arrays indexed by id. */
  get allocatedBytes(): number {
    return this.table.byteLength + this.capacity * bytesPerId(this.words);
  }

  /** Sets the resize thresholds for `threads` threads (thread 0, between levels or in a resize). */
  setLimits(threads: number): void {
    const { growAt, hardLimit } = limitsFor(this.slots, threads);
    Atomics.store(this.ctl, Ctl.GrowAt, growAt);
    Atomics.store(this.ctl, Ctl.HardLimit, hardLimit);
  }

  /**
   * Grows the table by {@link GROWTH} past the ids claimed (thread 0, every other thread
   * stopped), with the arrays indexed by id sized to the table ({@link idsFor}), so one
   * resize grows both. Adopts the new buffers and copies the level's own arrays; the keys, the
   * parent links and the table's slots are copied and rehashed by every thread, a share each,
   * after. Returns false, with the level stopped, past the memory limit or the ids a slot can
   * name.
   */
  private grow(threads: number): boolean {
    const claimed = Atomics.load(this.ctl, Ctl.NextId) + 2 * threads * ID_BLOCK;
    const slots = Math.max(this.slots + 1, Math.ceil((claimed / MAX_LOAD) * GROWTH));
    const bytes = slots * 4 + idsFor(slots) * bytesPerId(this.words);
    if (bytes > this.limits.maxBytes || claimed >= MAX_IDS) {
      Atomics.compareExchange(this.ctl, Ctl.Stop, Stop.None, claimed >= MAX_IDS ? Stop.MaxStates : Stop.MaxMemory);
      this.setLimits(threads);
      return false;
    }
    const old = { ranks: this.ranks, choices: this.choices, owners: this.owners, frontier: this.frontier, fanOut: this.fanOut };
    const ids = Math.min(Atomics.load(this.ctl, Ctl.NextId), this.capacity);
    const found = Math.max(0, ids - this.levelStart);
    this.adopt(allocateGrowing(this.words, slots));
    this.ranks.set(old.ranks.subarray(0, found));
    this.choices.set(old.choices.subarray(0, found));
    this.owners.set(old.owners.subarray(0, Math.ceil(ids / ID_BLOCK)));
    this.frontier.set(old.frontier.subarray(0, this.levelSize));
    this.fanOut.set(old.fanOut.subarray(0, this.levelSize));
    this.setLimits(threads);
    return true;
  }
}

/** {@link SharedStore.claim}'s answer when a resize must come first. */
const WAIT = 1;

/** Blocks (waking on the control block's wake word) until `done()` holds; throws `ThreadLost` once a worker's thread is gone. */
export function waitUntil(ctl: Int32Array, done: () => boolean): void {
  for (;;) {
    const seen = Atomics.load(ctl, Ctl.Wake);
    if (done()) return;
    throwIfLost(ctl);
    Atomics.wait(ctl, Ctl.Wake, seen, 50);
  }
}
