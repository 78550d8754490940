import type { WalkShareOutcome } from './walkShare.js';
import type { RunStats } from '../core/result.js';
import type { StorageMode } from '../core/result.js';
import type { SweepShard } from './sweepTypes.js';

/** Live figures handed to a progress callback about once a second. */
export interface Progress {
  readonly states: number;
  readonly transitions: number;
  readonly depth: number;
  readonly seconds: number;
  readonly statesPerSecond: number;
  /** States waiting to be expanded (exhaustive mode) or walks done (random mode). */
  readonly queued: number;
}

/** Options of an exhaustive run, as a caller gives them. */
export interface CheckOptions {
  /** Stop (incomplete) after storing this many states. */
  readonly maxStates?: number;
  /** Do not expand states at this BFS depth (incomplete if any had successors). */
  readonly maxDepth?: number;
  /** Fault budget: at most this many fault steps on any path (a bound, not a limit). */
  readonly maxFaults?: number;
  /** Stop (incomplete) after this many seconds. */
  readonly timeoutSeconds?: number;
  /** Stop (incomplete) before the visited set and arena exceed this many MiB. */
  readonly maxMemoryMiB?: number;
  /** `exact` (default) or `hash-compaction` (64-bit fingerprints only). */
  readonly storage?: StorageMode;
  /** Report reachable states without successors, whatever the model says. */
  readonly checkDeadlocks?: boolean;
  /** Stop at the first violation instead of deciding every property. */
  readonly stopAtFirstViolation?: boolean;
  /**
   * Search again with smaller fault budgets for each violation whose trace has faults, and
   * report the fewest faults it needs with a trace that has that many (default true).
   */
  readonly fewestFaults?: boolean;
  /**
   * Explore one share of an n-way split (0-based `index`): only the runs that take no fault or
   * whose first fault this share owns (docs/decisions/0048). The shares together find every
   * violation and witness, and the smallest of their traces is the one a whole run gives; their
   * state counts overlap (every share explores the fault-free states). `faultline check --shard`
   * and `faultline merge` use it.
   */
  readonly shard?: SweepShard;
  /**
   * `performance.now()` when the run's clock started, when it started before the search
   * (the CLI starts it before reading the design, so `--timeout` covers loading it too).
   */
  readonly startedAt?: number;
  readonly onProgress?: (progress: Progress) => void;
}

/** Options of a random run. */
export interface SimulateOptions {
  /** Seed of the walks (walk o's numbers derive from it and o); drawn and reported when absent. */
  readonly seed?: number;
  /** Number of walks. */
  readonly runs?: number;
  /** Steps per walk at most. */
  readonly maxSteps?: number;
  readonly maxFaults?: number;
  readonly timeoutSeconds?: number;
  /** Shrink a failing walk (default true). */
  readonly shrink?: boolean;
  /** `performance.now()` when the run's clock started (see {@link CheckOptions.startedAt}). */
  readonly startedAt?: number;
  readonly onProgress?: (progress: Progress) => void;
  /**
   * The walks, done already by worker threads or shards (merged with `mergeWalkShares`):
   * `simulate` then only shrinks what they found and reports (docs/decisions/0037).
   */
  readonly walked?: WalkShareOutcome;
}

/** Extra figures of a random run. */
export interface RandomStats extends RunStats {
  readonly seed: number;
  readonly runs: number;
  readonly steps: number;
  readonly stepsPerSecond: number;
}
