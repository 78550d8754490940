/**
 * `faultline merge` of simulate shards (docs/decisions/0037-simulate-shards.md): one split of
 * one run, the design loaded again and compared with the shards' digest, the walks' findings
 * shrunk as one run shrinks them and reported as `simulate` reports.
 */
import { simulate } from '../api/runs.js';
import { mergeSimulateShards } from '../report/simulateMerge.js';
import type { SimulateShardResult } from '../report/simulateShard.js';
import type { CliContext } from './context.js';
import type { OutputSettings } from './emitReport.js';
import { expectShardsDesign } from './expectShardsDesign.js';
import { emitSimulate } from './simulateOutput.js';

/** Merges simulate shards, writes the report and returns the exit code. */
export function mergeSimulate(shards: readonly SimulateShardResult[], output: OutputSettings, requireComplete: boolean, ctx: CliContext): number {
  const merged = mergeSimulateShards(shards);
  const file = merged.design.file;
  const design = ctx.deps.loadDesign(file);
  expectShardsDesign(design, merged.design.sha256, 'walked');
  const { seed, runs, maxSteps, maxFaults, timeoutSeconds } = merged.searched;
  const run = simulate(design, {
    seed,
    runs,
    maxSteps,
    ...(maxFaults === null ? {} : { maxFaults }),
    ...(timeoutSeconds === null ? {} : { timeoutSeconds }),
    walked: merged.outcome,
    // The run's time: the slowest shard's, then the merge's shrinking.
    startedAt: performance.now() - merged.seconds * 1000,
  });
  return emitSimulate(run, output, requireComplete, ctx);
}
