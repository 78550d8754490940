/**
 * One random-mode measurement: seeded walks of the engine's `simulate` on the packed model
 * with the Ok invariant checked on every step, rated in steps per second.
 */
import { simulate } from '../src/explore/simulate.js';
import { benchModels } from '../models/bench/index.js';
import { randomBaselines } from './baselines.js';
import type { RandomTask } from './benchPlan.js';
import { fastCheckIndexWalks } from './fastCheckWalks.js';
import type { RandomLine } from './randomLine.js';

/** The seed the bench uses, so runs are comparable. */
export const BENCH_SEED = 20_240_601;

/** Runs `task.runs` walks of at most `task.maxSteps` steps each. */
export function measureRandom(task: RandomTask): RandomLine {
  const bench = benchModels[task.model](task.n);
  const { model, ok } = bench;
  const run = simulate(model, [ok], { seed: BENCH_SEED, runs: task.runs, maxSteps: task.maxSteps });
  const live = fastCheckIndexWalks(bench, task.runs, task.maxSteps, BENCH_SEED);
  const base = randomBaselines[task.model];
  return {
    model: task.model,
    n: task.n,
    status: run.result.status,
    seed: run.seed,
    runs: run.runs,
    steps: run.steps,
    randomStepsPerSecond: Math.round(run.stepsPerSecond),
    baselineFastCheckStepsPerSecond: base.n === task.n ? base.fastCheckIndexWalkStepsPerSecond : null,
    fastCheckStepsPerSecond: Math.round(live.stepsPerSecond),
  };
}
