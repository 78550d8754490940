/**
 * Figures measured by others on this kind of machine, copied from shared/bench/BASELINES.md
 * (2 cores, Node 20, Debian 12). Reference only: absolute seconds vary from run to run, so
 * the bench compares against the naive BFS it runs itself and shows these beside it.
 */
import type { BenchModelName } from '../models/bench/index.js';

/** One exhaustive row of the baseline table (invariant that holds). */
export interface ExhaustiveBaseline {
  readonly spinBfsSeconds: number;
  readonly spinDfsSeconds: number;
  readonly naiveSeconds: number;
}

/** SPIN 6.5.2 and the naive TS BFS, full state space, by model and N. */
export const exhaustiveBaselines: Readonly<Record<BenchModelName, Readonly<Record<number, ExhaustiveBaseline>>>> = {
  vrrp: {
    6: { spinBfsSeconds: 0.26, spinDfsSeconds: 0.36, naiveSeconds: 3.35 },
    7: { spinBfsSeconds: 2.58, spinDfsSeconds: 3.66, naiveSeconds: 28.6 },
    8: { spinBfsSeconds: 31, spinDfsSeconds: 43, naiveSeconds: 246 },
  },
  'stp-ring': {
    4: { spinBfsSeconds: 0.21, spinDfsSeconds: 0.08, naiveSeconds: 2.69 },
    5: { spinBfsSeconds: 11.2, spinDfsSeconds: 7.79, naiveSeconds: 137.6 },
  },
  philosophers: {
    14: { spinBfsSeconds: 0.39, spinDfsSeconds: 0.5, naiveSeconds: 6.67 },
    16: { spinBfsSeconds: 3.34, spinDfsSeconds: 4.4, naiveSeconds: 50.0 },
    18: { spinBfsSeconds: 27, spinDfsSeconds: 39, naiveSeconds: 441 },
  },
};

/** Random simulation baselines, steps per second with the invariant checked every step. */
export interface RandomBaseline {
  readonly n: number;
  readonly quintStepsPerSecond: number;
  readonly fastCheckIndexWalkStepsPerSecond: number;
  readonly fastCheckCommandsStepsPerSecond: number;
}

/** The random-mode rows: vrrp-7, stp-ring-5, philosophers-16. */
export const randomBaselines: Readonly<Record<BenchModelName, RandomBaseline>> = {
  vrrp: { n: 7, quintStepsPerSecond: 15_700, fastCheckIndexWalkStepsPerSecond: 1_180_000, fastCheckCommandsStepsPerSecond: 535_000 },
  'stp-ring': { n: 5, quintStepsPerSecond: 13_300, fastCheckIndexWalkStepsPerSecond: 829_000, fastCheckCommandsStepsPerSecond: 630_000 },
  philosophers: { n: 16, quintStepsPerSecond: 11_000, fastCheckIndexWalkStepsPerSecond: 1_380_000, fastCheckCommandsStepsPerSecond: 795_000 },
};

/** The largest N the baseline ran the naive BFS at, per model. */
export const naiveMaxN: Readonly<Record<BenchModelName, number>> = { vrrp: 8, 'stp-ring': 5, philosophers: 18 };
