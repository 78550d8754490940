/**
 * What the coordinator of the parallel search and its threads tell each other (decision
 * 0045), and the numbers both sides must agree on. States and order keys travel through shared
 * memory (sharedMemory.ts); messages carry a level's task and each thread's share of it.
 */
import type { ViolationKind } from '../../core/result.js';
import type { SweepShard } from '../sweepTypes.js';
import type { SharedBuffers } from './sharedMemory.js';
import type { SharedLimits } from './sharedStore.js';

/**
 * A state's *order key* at its level: `parentRank · CHOICES + choice` of its first discoverer,
 * the position a one-thread search gives it. Initial states: their index. A parent's own event
 * (deadlock, pending deadline) sorts after all its successors: `parentRank · CHOICES + CHOICES − 1`.
 */
export const CHOICES = 2 ** 20;

/** A property decided (or to be) at one state of a level: by a parent's event key, or by the state's order key. */
export interface LevelEvent {
  readonly property: number;
  readonly key: number;
  readonly id: number;
  readonly kind: ViolationKind | 'witness';
}

/** A level to expand (or, at level 0, the initial states to store). */
export interface LevelTask {
  /** States of the level being expanded (`frontier[0..levelSize)`, in rank order). */
  readonly levelSize: number;
  /** The first id the level being found may use: its order keys sit at `id − levelStart`. */
  readonly levelStart: number;
  /** Properties already decided (skipped). */
  readonly decided: readonly boolean[];
  /** `Date.now()` after which the level stops (Infinity: never). */
  readonly deadline: number;
  /** The threads' finished count (`ctl[Finished]`, never reset) once every thread is done with this level. */
  readonly finishedAt: number;
}

/** What one thread spent on one level and did in it. */
export interface LevelTiming {
  /** Thread CPU seconds of the level (NaN where the platform cannot say). */
  readonly cpu: number;
  /** Wall seconds expanding and storing. */
  readonly busy: number;
  /** Wall seconds waiting at the level's end for the other threads (the coordinator's thread only; 0 on workers). */
  readonly wait: number;
  /** States this thread stored first. */
  readonly stored: number;
  /** States another thread stored first that this one reached with a smaller order key. */
  readonly updates: number;
}

/** One thread's share of a level. */
export interface LevelShare {
  readonly transitions: number;
  /** States this thread stored. */
  readonly stored: number;
  /** Per property, the ids this thread stored that decide it (violate an invariant, witness, miss a deadline). */
  readonly hits: readonly (readonly number[])[];
  /** Parents' own events: at most the earliest per property. */
  readonly events: readonly LevelEvent[];
  /** `(id, order key)` pairs: a smaller order key for a state another thread stored first. */
  readonly updates: Float64Array;
  /** A limit refused a state. */
  readonly refused: boolean;
  readonly timing: LevelTiming;
  /** What the model threw, if it did. */
  readonly failure?: string;
}

/** Coordinator → worker (over the worker's own port). */
export type WorkerCommand =
  | { readonly type: 'join'; readonly buffers: SharedBuffers; readonly limits: SharedLimits }
  | ({ readonly type: 'expand' } & LevelTask);

/** What a worker is started with. */
export interface SharedWorkerInput {
  readonly maxFaults: number;
  readonly checkDeadlocks: boolean;
  /** The share of first faults explored (decision 0048); undefined: every run. */
  readonly shard: SweepShard | undefined;
  /** This worker's thread number (1, 2, …; the coordinator's thread is 0). */
  readonly me: number;
}
