/**
 * The memory every thread of the parallel search shares (decision 0045): one visited set for
 * all of them — an open-addressed table of state ids, an arena of packed keys and a column of
 * parent ids — plus the level being expanded (its states in rank order), the order keys of the
 * level being found and a control block of counters and flags, all in SharedArrayBuffers.
 * The table and the arrays indexed by id grow together at a barrier every thread joins
 * (sharedStore.ts), so they stay within twice what the run uses.
 */

/** Slots of the table at first; it grows by {@link GROWTH} when its load passes {@link MAX_LOAD}. */
export const INITIAL_SLOTS = 1 << 16;
/** The table's load at which a resize is requested (threads go on until they reach a parent's end). */
export const MAX_LOAD = 0.8;
/** The load no claim may pass: a thread that would waits for the resize. */
export const HARD_LOAD = 0.9;
/** How much a resize grows what is full. */
export const GROWTH = 2;
/** log2 of {@link ID_BLOCK}. */
export const ID_BLOCK_SHIFT = 8;
/** Ids a thread claims at a time for the states it stores; the rest of a block is left unused when a level ends. */
export const ID_BLOCK = 1 << ID_BLOCK_SHIFT;
/** Bits of a slot's header that hold `id + 1`; the other 5 hold bits of the hash. */
export const ID_BITS = 27;
/** At most this many ids (a header holds `id + 1` in {@link ID_BITS} bits, all ones meaning "being written"). */
export const MAX_IDS = 2 ** ID_BITS - 3;
/**
 * Indices into the control block (an Int32Array). Fields written often by one thread and read
 * by another sit on cache lines of their own (16 words = 64 bytes apart): every thread reads
 * the first line between parents, and a write to a shared line would cost each reader a miss.
 */
export const enum Ctl {
  /** Non-zero: the table is over its load; every thread stops at its next parent and joins the resize. */
  Resize = 0,
  /** Why the level stops early: {@link Stop}. */
  Stop = 1,
  /** Threads taking part in the level being expanded. */
  Threads = 2,
  /** The claimed-ids figure at which a resize is requested. */
  GrowAt = 3,
  /** The claimed-ids figure no claim may pass before a resize (the table's hard load, or the ids the arrays hold). */
  HardLimit = 4,
  /** The buffers' generation: bumped twice a resize (new buffers posted; every share rehashed). */
  Generation = 5,
  /** Threads that have stopped for the resize. */
  Arrived = 6,
  /** Threads that have rehashed their share of the old table in a resize. */
  Rehashed = 7,
  /** The next id no thread has claimed (blocks of {@link ID_BLOCK}). */
  NextId = 16,
  /** Ids left unused at the ends of blocks (holes), over the run. */
  Holes = 17,
  /** The next rank of the level being expanded that no thread has claimed. */
  NextRank = 32,
  /** Threads done with a level, counted over the run (a level is done when it reaches its task's `finishedAt`). */
  Finished = 48,
  /** Bumped (and notified) on any change another thread may be waiting for. */
  Wake = 49,
  /** Non-zero: a worker's thread ended without reporting (threadWatch.ts); every wait gives up. */
  Lost = 50,
}
/** Words in the control block. */
export const CTL_WORDS = 64;

/** Why a level stopped early. */
export const enum Stop {
  None = 0,
  MaxStates = 1,
  MaxMemory = 2,
  Timeout = 3,
  Failed = 4,
}

/** The buffers a resize replaces. */
export interface GrowingBuffers {
  readonly table: SharedArrayBuffer;
  /** Packed keys, `words` Int32 per id. */
  readonly arena: SharedArrayBuffer;
  /** Parent id per id (-1: initial state). */
  readonly parents: SharedArrayBuffer;
  /**
   * Per id of the level being found, at `id − levelStart`: the parent rank of its order key
   * plus one (0: no state), and its choice (Int32 each; decision 0045).
   */
  readonly ranks: SharedArrayBuffer;
  readonly choices: SharedArrayBuffer;
  /** The thread that claimed each block of ids (Uint8, by `id >>> ID_BLOCK_SHIFT`). */
  readonly owners: SharedArrayBuffer;
  /** Ids of the level being expanded in rank order (Int32). */
  readonly frontier: SharedArrayBuffer;
  /** Successors each parent of the level being expanded had, by rank (Int32). */
  readonly fanOut: SharedArrayBuffer;
}

/** The shared buffers of one parallel search; posted to a worker when it joins. */
export interface SharedBuffers extends GrowingBuffers {
  readonly ctl: SharedArrayBuffer;
  /** Words of a packed key. */
  readonly words: number;
}

/** Bytes each id takes in the arrays indexed by id (arena, parents, and the level arrays). */
export function bytesPerId(words: number): number {
  return words * 4 + 4 + 4 + 4 + 4 + 4;
}

/**
 * Ids the arrays indexed by id hold beside a table of `slots` slots: as many as the table may
 * hold ({@link HARD_LOAD}), so the table and the arrays grow in one resize.
 */
export function idsFor(slots: number): number {
  return Math.min(MAX_IDS, Math.floor(slots * HARD_LOAD));
}

/** Buffers of `slots` table slots and {@link idsFor} ids for keys of `words` words, zeroed. */
export function allocateGrowing(words: number, slots: number): GrowingBuffers {
  const capacity = idsFor(slots);
  return {
    table: new SharedArrayBuffer(slots * 4),
    arena: new SharedArrayBuffer(capacity * words * 4),
    parents: new SharedArrayBuffer(capacity * 4),
    ranks: new SharedArrayBuffer(capacity * 4),
    choices: new SharedArrayBuffer(capacity * 4),
    owners: new SharedArrayBuffer(Math.ceil(capacity / ID_BLOCK) + 1),
    frontier: new SharedArrayBuffer(capacity * 4),
    fanOut: new SharedArrayBuffer(capacity * 4),
  };
}

/** The buffers of a new search for keys of `words` words. */
export function allocateShared(words: number): SharedBuffers {
  return { ctl: new SharedArrayBuffer(CTL_WORDS * 4), words, ...allocateGrowing(words, INITIAL_SLOTS) };
}

/**
 * The claimed-ids figures at which a resize is asked for (`growAt`) and past which no claim
 * goes (`hardLimit`), for a table of `slots` slots and `threads` threads: each thread may claim
 * a block, and fill it, before it sees the request.
 */
export function limitsFor(slots: number, threads: number): { growAt: number; hardLimit: number } {
  return { growAt: Math.max(0, Math.floor(slots * MAX_LOAD) - 2 * threads * ID_BLOCK), hardLimit: idsFor(slots) };
}

/** Bumps the wake word and wakes every thread waiting on it. */
export function wakeAll(ctl: Int32Array): void {
  Atomics.add(ctl, Ctl.Wake, 1);
  Atomics.notify(ctl, Ctl.Wake);
}
