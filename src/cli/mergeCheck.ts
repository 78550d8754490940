/**
 * `faultline merge` of check shards (docs/decisions/0048-check-shards.md): one split of one
 * run, the design loaded again and compared with the shards' digest, each shard's verdicts
 * replayed on it, joined by `mergeCheckShares` and reported as `check` reports.
 */
import { designInfo } from '../api/designInfo.js';
import { limitsOf, runReport, type DesignResult } from '../api/runs.js';
import { exitCodeOf } from '../core/result.js';
import { mergeCheckShares } from '../explore/mergeCheckShares.js';
import { checkShardsOfOneRun, shardBalance, shardCheckResult } from '../report/checkMerge.js';
import type { CheckShardResult } from '../report/checkShard.js';
import type { CliContext } from './context.js';
import { emitReport, type OutputSettings } from './emitReport.js';
import { expectShardsDesign } from './expectShardsDesign.js';
import { notShard } from './readShard.js';
import { reportDiagnostics } from './reportError.js';
import { siteTrailer } from './siteReport.js';
import { warnIfIncomplete } from './warnIfIncomplete.js';

/** Merges check shards, writes the report and returns the exit code. */
export function mergeCheck(shards: readonly CheckShardResult[], output: OutputSettings, requireComplete: boolean, ctx: CliContext): number {
  const parts = checkShardsOfOneRun(shards);
  const { file, sha256 } = parts[0]!.design;
  const design = ctx.deps.loadDesign(file);
  expectShardsDesign(design, sha256, 'checked');
  ctx.io.err(shardBalance(parts));
  let merged;
  try {
    merged = mergeCheckShares(parts.map((s) => shardCheckResult(s, design)));
  } catch (e) {
    throw notShard(`the shard results do not fit ${file}: ${(e as Error).message}`, 'merge shard files written by faultline check --shard i/n on this design');
  }
  const s = parts[0]!.searched;
  const limits = limitsOf({
    ...(s.maxStates === null ? {} : { maxStates: s.maxStates }),
    ...(s.maxDepth === null ? {} : { maxDepth: s.maxDepth }),
    ...(s.timeoutSeconds === null ? {} : { timeoutSeconds: s.timeoutSeconds }),
    ...(s.maxMemoryMiB === null ? {} : { maxMemoryMiB: s.maxMemoryMiB }),
  });
  const result: DesignResult = { ...merged, run: { command: 'check', design: designInfo(design), limits } };
  if (result.status === 'error') return reportDiagnostics([result.error], ctx.io);
  emitReport(runReport(result), output, ctx.io);
  const trailer = siteTrailer(design, result);
  if (trailer && (output.format === 'text' || output.out !== undefined)) ctx.io.out(trailer);
  warnIfIncomplete(result, { limits, requireComplete }, ctx.io);
  return exitCodeOf(result, requireComplete);
}
