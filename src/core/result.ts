import type { Diagnostic } from './errors.js';
import type { Property } from './property.js';
import type { Trace } from './trace.js';

/** Why a violation trace ends where it does. */
export type ViolationKind =
  /** An `always` predicate is false in the last state. */
  | 'invariant'
  /** A `within` bound expired without the predicate becoming true. */
  | 'deadline'
  /** The last state has no successor (deadlock reporting was asked for). */
  | 'deadlock';

/** The verdict on one property after a run. */
export type PropertyVerdict<S> =
  | { readonly status: 'holds'; readonly property: Property<S> }
  | {
      readonly status: 'violated';
      readonly property: Property<S>;
      readonly kind: ViolationKind;
      readonly trace: Trace<S>;
      /**
       * Exhaustive runs: the fewest faults a violation needs (the trace has that many);
       * `proven` is false when a limit stopped a search with a smaller budget.
       */
      readonly fewestFaults?: { readonly count: number; readonly proven: boolean };
    }
  | { readonly status: 'witnessed'; readonly property: Property<S>; readonly trace: Trace<S> }
  | { readonly status: 'unwitnessed'; readonly property: Property<S> }
  /** The run stopped (a limit) before the property was decided. */
  | { readonly status: 'undecided'; readonly property: Property<S> };

/** A limit that can end a run early. */
export type LimitName = 'max-states' | 'max-depth' | 'timeout' | 'max-memory';

/** How the visited set stores states. */
export type StorageMode = 'exact' | 'hash-compaction';

/**
 * Figures every run reports. Random mode (`simulate`) keeps no visited set: there `states`
 * counts states visited by the walks (repeats included), `transitions` the steps taken,
 * `bytesPerState` is 0 and `storage` is `'exact'` (placeholders); its own figures are the
 * optional `seed`, `runs`, `steps` and `stepsPerSecond`.
 */
export interface RunStats {
  readonly states: number;
  readonly transitions: number;
  /** Depth of the deepest state stored (BFS level; a run stopped inside a level counts the states it found one deeper). Random mode: longest walk. */
  readonly depth: number;
  readonly seconds: number;
  readonly statesPerSecond: number;
  /** Bytes held per stored state by the visited set, parent links and arena. */
  readonly bytesPerState: number;
  readonly storage: StorageMode;
  /** Hash compaction only: upper bound on the probability that a collision hid a state. */
  readonly omissionProbability?: number;
  /** The fault budget in force (Infinity when unbounded). */
  readonly maxFaults: number;
  /**
   * A `check` merged from shards split by first fault (decision 0048): how many. `states`,
   * `transitions` and `bytesPerState` are then the shards' sums and weighted mean, not one
   * run's distinct counts (every shard stores the fault-free states); `seconds` is the slowest
   * shard's.
   */
  readonly shards?: number;
  /**
   * A `check` of one shard of such a split: only the runs that take no fault or whose first
   * fault this shard owns were explored. Its "holds" covers those runs only; reports say so.
   */
  readonly share?: { readonly index: number; readonly count: number };
  /** Random mode only: the fast-check seed that reproduces the run. */
  readonly seed?: number;
  /** Random mode only: walks run. */
  readonly runs?: number;
  /** Random mode only: steps taken by all walks, shrinking included. */
  readonly steps?: number;
  /** Random mode only: `steps` per second of the whole run. */
  readonly stepsPerSecond?: number;
}

/** The bounds within which a pass holds. */
export interface Bounds {
  readonly maxFaults: number;
  readonly maxDepth: number;
  /** True when every reachable state within the bounds was explored. */
  readonly exhaustive: boolean;
}

interface Base<S> {
  readonly model: string;
  readonly verdicts: readonly PropertyVerdict<S>[];
  readonly stats: RunStats;
}

/** The outcome of a run, as a discriminated union: narrow on `status` before reading. */
export type CheckResult<S> =
  | (Base<S> & { readonly status: 'pass'; readonly bounds: Bounds })
  /** `limit`: a limit stopped the run after the violation was found; other properties may be undecided. */
  | (Base<S> & { readonly status: 'violation'; readonly limit?: LimitName })
  | (Base<S> & { readonly status: 'unwitnessed' })
  | (Base<S> & { readonly status: 'incomplete'; readonly limit: LimitName })
  | { readonly status: 'error'; readonly model: string; readonly error: Diagnostic };

/**
 * The limit that stopped a run, violation or not: a run is incomplete whenever a limit
 * stopped it. Undefined for a run that ended on its own (or an error).
 */
export function limitOf<S>(result: CheckResult<S>): LimitName | undefined {
  return result.status === 'incomplete' || result.status === 'violation' ? result.limit : undefined;
}

/** Exit codes of the CLI (see DESIGN.md). */
export const ExitCode = {
  ok: 0,
  violation: 1,
  usage: 2,
  internal: 3,
  incomplete: 4,
} as const;

/** Maps a result to the CLI exit code. */
export function exitCodeOf(result: CheckResult<unknown>, requireComplete: boolean): number {
  switch (result.status) {
    case 'pass':
      return ExitCode.ok;
    case 'violation':
    case 'unwitnessed':
      return ExitCode.violation;
    case 'incomplete':
      return requireComplete ? ExitCode.incomplete : ExitCode.ok;
    case 'error':
      return result.error.code.charAt(2) === '2' || result.error.code.charAt(2) === '1'
        ? ExitCode.usage
        : ExitCode.internal;
  }
}
