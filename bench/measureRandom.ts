/**
 * One random-mode measurement: seeded walks of the engine's `simulate` on the packed model
 * with the Ok invariant checked on every step, rated in steps per second, beside fast-check's
 * own index walks over the same number of walks.
 */
import { simulate } from '../src/explore/simulate.js';
import { benchModels } from '../models/bench/index.js';
import { randomBaselines } from './baselines.js';
import type { RandomTask } from './benchPlan.js';
import { fastCheckIndexWalks } from './fastCheckWalks.js';
import type { RandomLine } from './randomLine.js';

/** The seed the bench uses, so runs are comparable. */
export const BENCH_SEED = 20_240_601;

/** Walks for a timed round: `task.runs`, or as many more as reach `task.minSteps` at the steps per walk seen. */
function walksFor(task: RandomTask, seenSteps: number, seenRuns: number): number {
  if (seenSteps >= task.minSteps) return seenRuns;
  const perWalk = Math.max(1, seenSteps) / seenRuns;
  return Math.ceil((task.minSteps / perWalk) * 1.05);
}

/**
 * Runs `task.runs` walks of at most `task.maxSteps` steps each. When they take fewer than
 * `task.minSteps` steps in all (walks that end early: a deadlock), that round only warms the
 * code up, on both sides, and a second round of as many walks as reach `minSteps` is the one
 * timed — a 20 ms round would rate the compiler, not the walks.
 */
export function measureRandom(task: RandomTask): RandomLine {
  const bench = benchModels[task.model](task.n);
  const { model, ok } = bench;
  const walk = (runs: number) => simulate(model, [ok], { seed: BENCH_SEED, runs, maxSteps: task.maxSteps });
  let run = walk(task.runs);
  const runs = walksFor(task, run.steps, task.runs);
  if (runs !== task.runs) {
    fastCheckIndexWalks(bench, task.runs, task.maxSteps, BENCH_SEED);
    run = walk(runs);
  }
  const live = fastCheckIndexWalks(bench, runs, task.maxSteps, BENCH_SEED);
  const base = randomBaselines[task.model];
  return {
    model: task.model,
    n: task.n,
    status: run.result.status,
    seed: run.seed,
    runs: run.runs,
    steps: run.steps,
    warmUpRounds: runs !== task.runs ? 1 : 0,
    randomStepsPerSecond: Math.round(run.stepsPerSecond),
    baselineFastCheckStepsPerSecond: base.n === task.n ? base.fastCheckIndexWalkStepsPerSecond : null,
    fastCheckStepsPerSecond: Math.round(live.stepsPerSecond),
    fastCheckSteps: live.steps,
  };
}
