/**
 * fast-check's own index walks, measured live beside the engine's random mode (issue 13): a
 * walk is `fc.array(fc.nat())` of successor indices; each step takes successor
 * `index mod count` of the packed model (walks of exactly maxSteps indices, as the engine's walks run to maxSteps) and checks the invariant, as BASELINES.md describes
 * ("fast-check index walks"). Steps per second, in this run, on this machine's load.
 */
import fc from 'fast-check';
import type { BenchModel } from '../models/bench/benchModel.js';

/** Runs `runs` walks of up to `maxSteps` steps with `seed`; returns steps and steps per second. */
export function fastCheckIndexWalks(bench: BenchModel<unknown>, runs: number, maxSteps: number, seed: number): { steps: number; stepsPerSecond: number; holds: boolean } {
  const m = bench.model;
  const n = m.instanceCount;
  const successors: Uint8Array[] = Array.from({ length: n }, () => new Uint8Array(m.width));
  const state = new Uint8Array(m.width);
  let steps = 0;
  const started = performance.now();
  const outcome = fc.check(
    fc.property(fc.array(fc.nat(), { minLength: maxSteps, maxLength: maxSteps }), (choices) => {
      state.set(m.initialStates()[0]!);
      if (!bench.ok.holds(state)) return false;
      for (const c of choices) {
        let count = 0;
        for (let i = 0; i < n; i++) if (m.step(i, state, successors[count]!)) count++;
        if (count === 0) break;
        state.set(successors[c % count]!);
        m.canonicalize?.(state);
        steps++;
        if (!bench.ok.holds(state)) return false;
      }
      return true;
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  const seconds = (performance.now() - started) / 1000;
  return { steps, stepsPerSecond: seconds > 0 ? steps / seconds : steps, holds: !outcome.failed };
}
