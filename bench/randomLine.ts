import type { BenchModelName } from '../models/bench/index.js';

/** The JSON line printed for the random mode of one model. */
export interface RandomLine {
  readonly model: BenchModelName;
  readonly n: number;
  /** `pass` expected: no walk breaks the Ok invariant. */
  readonly status: string;
  readonly seed: number;
  readonly runs: number;
  readonly steps: number;
  readonly randomStepsPerSecond: number;
  /** fast-check index walks at the baseline's N (BASELINES.md); null at another N. */
  readonly baselineFastCheckStepsPerSecond: number | null;
  /** fast-check index walks (`fastCheckWalks.ts`) measured in this run, same walks and seed count. */
  readonly fastCheckStepsPerSecond: number;
}
