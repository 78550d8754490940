/**
 * `faultline check DESIGN --shard i/n` (docs/decisions/0048-check-shards.md): explores the
 * runs that take no fault or whose first fault the shard owns, and writes a shard result for
 * `faultline merge` instead of a report. Exit 0 once written (the merge gives the verdict's
 * exit code); a design or model error exits as `check` does, and writes nothing.
 */
import { checkWithProgress } from './checkWithProgress.js';
import { designInfo } from '../api/designInfo.js';
import { ExitCode, limitOf } from '../core/result.js';
import type { SweepShard } from '../explore/sweepTypes.js';
import { checkShardOutcome, renderCheckShard, type CheckShardResult } from '../report/checkShard.js';
import { checkOutput } from './checkOutput.js';
import { resolveCheckSettings, type RawCheckOptions } from './checkSettings.js';
import type { CliContext } from './context.js';
import { designDigest } from '../design/designDigest.js';
import { reportDiagnostics } from './reportError.js';
import { writeShard } from './writeShard.js';
import { FIRST_FAULT_SPLIT } from '../explore/firstFaultOwner.js';
import { shardName } from '../explore/shardSpec.js';
import { limitFlag } from '../report/textStats.js';

/** `check` options as the shard run takes them. */
export type RawShardCheckOptions = RawCheckOptions & { readonly strict?: boolean; readonly workers?: number };

/** Runs one shard of `faultline check` and returns its exit code. */
export async function runCheckShard(file: string, shard: SweepShard, raw: RawShardCheckOptions, ctx: CliContext): Promise<number> {
  const startedAt = performance.now();
  checkOutput({ format: 'json', out: raw.out }, [file]);
  const design = raw.strict && ctx.deps.loadStrict ? ctx.deps.loadStrict(file) : ctx.deps.loadDesign(file);
  const sha256 = designDigest(design);
  const settings = resolveCheckSettings(raw, design.options);
  const result = await checkWithProgress(design, settings.engine, raw.workers, startedAt, ctx.io);
  if (result.status === 'error') return reportDiagnostics([result.error], ctx.io);
  const limit = limitOf(result);
  if (limit !== undefined) {
    ctx.io.err(`warning: shard ${shardName(shard)} incomplete: it stopped at ${limitFlag(limit, settings.limits)}; the merge of this split will be incomplete (faultline merge --require-complete exits 4)\n`);
  }
  const e = settings.engine;
  const shardFile: CheckShardResult = {
    faultline: 1,
    command: 'check',
    shard,
    design: { file, name: designInfo(design).name, sha256 },
    properties: design.properties.map((p) => p.name),
    searched: {
      split: FIRST_FAULT_SPLIT,
      maxFaults: e.maxFaults ?? null,
      maxDepth: e.maxDepth ?? null,
      maxStates: e.maxStates ?? null,
      timeoutSeconds: e.timeoutSeconds ?? null,
      maxMemoryMiB: e.maxMemoryMiB ?? null,
      storage: e.storage ?? 'exact',
      checkDeadlocks: e.checkDeadlocks === true,
    },
    outcome: checkShardOutcome(result),
  };
  writeShard(renderCheckShard(shardFile), shard, raw.out, ctx.io);
  return ExitCode.ok;
}
