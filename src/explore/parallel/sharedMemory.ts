/**
 * The memory every thread of the parallel search shares (decision 0045): one visited set for
 * all of them — an open-addressed table of state ids, an arena of packed keys and a column of
 * parent ids — plus the level being expanded (its states in rank order), the order keys of the
 * level being found and a control block of counters and flags. All of it lives in
 * SharedArrayBuffers, which Linux commits page by page as they are first written, so the
 * arrays are allocated at the largest size a run may need and cost only what is used.
 */

/** Slots of the table at first; it grows by {@link TABLE_GROWTH} when its load passes {@link MAX_LOAD}. */
export const INITIAL_SLOTS = 1 << 16;
/** The table's load at which a resize is requested (the slack above it absorbs inserts until every thread has stopped). */
export const MAX_LOAD = 0.75;
/** How much a resize grows the table. */
export const TABLE_GROWTH = 2;
/** Ids a thread claims at a time for the states it stores; the rest of a block is left unused when a level ends. */
export const ID_BLOCK = 256;
/** Bits of a table slot that hold `id + 1`; the other 5 hold bits of the hash. */
export const ID_BITS = 27;
/** At most this many ids (a slot holds `id + 1` in {@link ID_BITS} bits). */
export const MAX_IDS = 2 ** ID_BITS - 2;

/** Indices into the control block (an Int32Array). */
export const enum Ctl {
  /** The next id no thread has claimed (blocks of {@link ID_BLOCK}). */
  NextId = 0,
  /** Non-zero: the table is over its load; every thread stops at its next parent and joins the resize. */
  Resize = 1,
  /** Threads that have stopped for the resize. */
  Arrived = 2,
  /** The table's generation: bumped when a resize has installed a new table. */
  Generation = 3,
  /** Why the level stops early: {@link Stop}. */
  Stop = 4,
  /** The next rank of the level being expanded that no thread has claimed. */
  NextRank = 5,
  /** Threads done with a level, counted over the run (a level is done when it reaches its task's `finishedAt`). */
  Finished = 6,
  /** Threads taking part in the level being expanded. */
  Threads = 7,
  /** The claimed-ids figure at which a resize is requested. */
  GrowAt = 8,
  /** Bumped (and notified) on any change another thread may be waiting for. */
  Wake = 9,
  /** Ids left unused at the ends of blocks (holes), over the run. */
  Holes = 10,
}
/** Words in the control block. */
export const CTL_WORDS = 16;

/** Why a level stopped early. */
export const enum Stop {
  None = 0,
  MaxStates = 1,
  MaxMemory = 2,
  Timeout = 3,
  Failed = 4,
}

/** The shared buffers of one parallel search; posted to a worker when it joins. */
export interface SharedBuffers {
  readonly ctl: SharedArrayBuffer;
  readonly table: SharedArrayBuffer;
  /** Packed keys, `words` Int32 per id. */
  readonly arena: SharedArrayBuffer;
  /** Parent id per id (-1: initial state). */
  readonly parents: SharedArrayBuffer;
  /** Order key per id of the level being found, at `id − levelStart` (Float64). */
  readonly orders: SharedArrayBuffer;
  /** Ids of the level being expanded in rank order (Int32). */
  readonly frontier: SharedArrayBuffer;
  /** Successors each parent of the level being expanded had, by rank (Int32). */
  readonly fanOut: SharedArrayBuffer;
  /** Words of a packed key. */
  readonly words: number;
  /** Ids the arrays hold. */
  readonly capacity: number;
}

/** Bytes each id may take in the arrays sized by ids (arena, parents, and the level arrays at their widest). */
export function bytesPerId(words: number): number {
  return words * 4 + 4 + 8 + 4 + 4;
}

/**
 * Allocates the buffers for keys of `words` words and at most `capacity` ids (which the caller
 * bounds by the run's state and memory limits and by {@link MAX_IDS}).
 */
export function allocateShared(words: number, capacity: number): SharedBuffers {
  const ids = Math.max(1, Math.min(capacity, MAX_IDS));
  const ctl = new SharedArrayBuffer(CTL_WORDS * 4);
  return {
    ctl,
    table: new SharedArrayBuffer(INITIAL_SLOTS * 4),
    arena: new SharedArrayBuffer(ids * words * 4),
    parents: new SharedArrayBuffer(ids * 4),
    orders: new SharedArrayBuffer(ids * 8),
    frontier: new SharedArrayBuffer(ids * 4),
    fanOut: new SharedArrayBuffer(ids * 4),
    words,
    capacity: ids,
  };
}

/** The claimed-ids figure at which a table of `slots` slots asks to grow, for `threads` threads. */
export function growAtFor(slots: number, threads: number): number {
  // Each thread may claim one more block, and fill it, before it sees the request.
  return Math.max(ID_BLOCK, Math.floor(slots * MAX_LOAD) - 2 * threads * ID_BLOCK);
}

/** Bumps the wake word and wakes every thread waiting on it. */
export function wakeAll(ctl: Int32Array): void {
  Atomics.add(ctl, Ctl.Wake, 1);
  Atomics.notify(ctl, Ctl.Wake);
}
