import type { BenchModelName } from '../models/bench/index.js';

/** The JSON line printed for the random mode of one model. */
export interface RandomLine {
  readonly model: BenchModelName;
  readonly n: number;
  /** `pass` expected: no walk breaks the Ok invariant. */
  readonly status: string;
  readonly seed: number;
  readonly runs: number;
  /** Steps of the timed round. */
  readonly steps: number;
  /** 1 when a first, shorter round only warmed the code up (its walks ended before `minSteps`), else 0. */
  readonly warmUpRounds: number;
  readonly randomStepsPerSecond: number;
  /** fast-check index walks at the baseline's N (BASELINES.md); null at another N. */
  readonly baselineFastCheckStepsPerSecond: number | null;
  /** fast-check index walks (`fastCheckWalks.ts`) measured in this run, same walks and seed count. */
  readonly fastCheckStepsPerSecond: number;
  /** Steps fast-check's walks took in their timed round. */
  readonly fastCheckSteps: number;
}
