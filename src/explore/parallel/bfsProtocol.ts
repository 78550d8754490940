/**
 * Messages between the coordinator of a parallel breadth-first search and its workers, and the
 * numbers both sides must agree on (decision 0030).
 */
import type { ViolationKind } from '../../core/result.js';
import type { ModelSource } from './modelSource.js';

/**
 * A state's *order key* at its level: `parentRank · CHOICES + choice` of its first discoverer,
 * the position a one-thread search gives it. Initial states: their index. A parent's own event
 * (deadlock, pending deadline) sorts after all its successors: `parentRank · CHOICES + CHOICES − 1`.
 */
export const CHOICES = 2 ** 20;

/** What each worker is started with. */
export interface BfsWorkerInput {
  readonly source: ModelSource;
  readonly me: number;
  readonly workers: number;
  /** One Int32 per worker, bumped (and notified) when a peer posted to it. */
  readonly signal: SharedArrayBuffer;
  readonly maxFaults: number;
  readonly checkDeadlocks: boolean;
  readonly maxStates: number;
  readonly maxBytes: number;
  /** `Date.now()` after which the search stops (Infinity: never). */
  readonly deadline: number;
}

/** A property decided (or to be) at one state of a level. */
export interface BfsEvent {
  readonly property: number;
  readonly key: number;
  readonly id: number;
  readonly kind: ViolationKind | 'witness';
}

/** Coordinator → worker. */
export type BfsCommand =
  | { readonly type: 'initial' }
  /** Ranks of the level just found (aligned with the sorted keys sent back), then expand it. */
  | { readonly type: 'expand'; readonly sorted: Float64Array; readonly ranks: Int32Array; readonly decided: readonly boolean[] }
  /** Figures as if the search had stopped after expanding the parent of rank `parent`. */
  | { readonly type: 'trim'; readonly parent: number }
  | { readonly type: 'state'; readonly id: number }
  | { readonly type: 'stats' }
  /** Everything stored so far (the coordinator's own search, before workers take over: decision 0044). */
  | { readonly type: 'handOver' }
  /** A worker's share of a hand-over, in the handing search's id order, parents already in this run's `parentRef` form. */
  | ({ readonly type: 'load' } & StoredStates);

/** What one worker spent on one level (decision 0044): thread CPU, and wall time working and waiting at the barrier. */
export interface LevelTiming {
  /** Thread CPU seconds of the level (NaN where the platform cannot say). */
  readonly cpu: number;
  /** Wall seconds expanding, storing and exchanging, waits aside. */
  readonly busy: number;
  /** Wall seconds blocked at the level's end, waiting for peers' records or end markers. */
  readonly wait: number;
  /** Successor records this worker sent to peers, and received from them. */
  readonly sent: number;
  readonly received: number;
  /** Successors dropped by the seen-key cache (decision 0036). */
  readonly cacheHits: number;
}

/** Worker → coordinator, after a level. */
export interface LevelReply {
  readonly type: 'level';
  /** Order keys of the states this worker stored at the new level, ascending. */
  readonly sorted: Float64Array;
  readonly transitions: number;
  readonly events: readonly BfsEvent[];
  readonly refusal: 'max-states' | 'max-memory' | undefined;
  readonly timedOut: boolean;
  readonly timing: LevelTiming;
}

/** Worker → coordinator, for `trim`. */
export interface TrimReply {
  readonly type: 'trim';
  readonly states: number;
  readonly transitions: number;
}

/** Worker → coordinator, for `state`: its key and first discoverer (-1: initial, with its index). */
export interface StateReply {
  readonly type: 'state';
  readonly key: Uint8Array;
  readonly parent: number;
  readonly initialIndex: number;
}

/** Worker → coordinator, for `stats`. */
export interface StatsReply {
  readonly type: 'stats';
  readonly states: number;
  readonly allocatedBytes: number;
  /** Thread CPU seconds from the thread's start to its 'ready' (module loading, model building), and in all so far. */
  readonly startCpu: number;
  readonly cpu: number;
}

/**
 * States handed over (decision 0044): packed keys, their hashes and parents by id, where the
 * level being found starts and its order keys, and which ids are initial states (and their
 * indices).
 */
export interface StoredStates {
  readonly keys: Uint8Array;
  readonly hashes: Uint32Array;
  readonly parents: Int32Array;
  /** Id of the first state of the level being found (the ones before it are below it). */
  readonly frontier: number;
  /** Order keys of the states of the level being found. */
  readonly orders: Float64Array;
  readonly initialIds: Int32Array;
  readonly initialIndices: Int32Array;
}

/** A search's whole store, for a hand-over. */
export type HandOverReply = { readonly type: 'handOver' } & StoredStates;

/** Any reply, or a failure (model threw, bad source). */
export type BfsReply = LevelReply | TrimReply | StateReply | StatsReply | HandOverReply | { readonly type: 'failed'; readonly message: string; readonly code: string };

/** A parent link across workers: `id · workers + worker` (−1 for an initial state). */
export function parentRef(worker: number, id: number, workers: number): number {
  return id * workers + worker;
}

/** Which worker owns a state of hash `h`: the high bits of a multiplicative mix (independent of the table's low bits). */
export function ownerOf(h: number, workers: number): number {
  return Math.floor(((Math.imul(h, 0x9e3779b1) >>> 0) / 2 ** 32) * workers);
}
