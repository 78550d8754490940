import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { FaultlineError } from '../core/errors.js';
import { designInfo } from '../api/designInfo.js';
import { limitsOf, runReport, simulate, type DesignResult } from '../api/runs.js';
import { exitCodeOf } from '../core/result.js';
import { mergeCheckShares } from '../explore/mergeCheckShares.js';
import { checkShardsOfOneRun, shardBalance, shardCheckResult } from '../report/checkMerge.js';
import type { CheckShardResult } from '../report/checkShard.js';
import type { ReportFormat } from '../report/formats.js';
import { shardsDisagree } from '../report/shardSplit.js';
import { mergeSimulateShards } from '../report/simulateMerge.js';
import type { SimulateShardResult } from '../report/simulateShard.js';
import { mergeSpofShards } from '../report/spofMerge.js';
import type { SpofShardResult } from '../report/spofShard.js';
import { checkOutput } from './checkOutput.js';
import { expectShardsDesign } from './expectShardsDesign.js';
import { emitReport } from './emitReport.js';
import { reportDiagnostics } from './reportError.js';
import { siteTrailer } from './siteReport.js';
import { warnIfIncomplete } from './warnIfIncomplete.js';
import type { CliContext } from './context.js';
import { formatOption, outOption } from './formatOption.js';
import { emitSimulate } from './simulateOutput.js';
import { emitSpof } from './spofOutput.js';

const DESCRIPTION = `Joins the shard results that faultline spof, simulate or check --shard i/n wrote (one
JSON file per shard, from CI matrix jobs or Kubernetes Indexed Job pods) into the report one
unsharded run gives, in any report format, with the same exit code. spof: the same fault sets,
classes, evidence and shortest traces. simulate: the same walks' counts and, per property, the
first walk's finding shrunk as one run shrinks it. check: the same verdicts, shortest traces and
fewest faults; its state and transition counts are the shards' sums (every shard explores the
fault-free states), and the report says so. simulate and check merges read the design file
again, which must be the text the shards ran. Every shard of the split must be given once.`;

interface RawMergeOptions {
  readonly format: ReportFormat;
  readonly out?: string;
  readonly requireComplete?: boolean;
}

const HINT = 'pass the files written by faultline spof|simulate|check --shard i/n --out FILE';

function notShard(message: string, hint = HINT): FaultlineError {
  return new FaultlineError({ code: 'FL121', message, hint });
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw notShard(`cannot read shard result ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw notShard(`${file} is not JSON`);
  }
}

function isSpofShard(v: Partial<SpofShardResult>): v is SpofShardResult {
  const shard = v.shard as Partial<SpofShardResult['shard']> | undefined;
  return v.faultline === 1 && v.command === 'spof' && typeof shard?.index === 'number' && typeof shard.count === 'number' && Array.isArray(shard.ordinals) && typeof shard.designSha256 === 'string' && typeof v.report === 'object' && Array.isArray(v.report?.rows) && shard.ordinals.length === v.report.rows.length;
}

function isSimulateShard(v: Partial<SimulateShardResult>): v is SimulateShardResult {
  const o = v.outcome as Partial<SimulateShardResult['outcome']> | undefined;
  return v.faultline === 1 && v.command === 'simulate' && typeof v.shard?.index === 'number' && typeof v.shard.count === 'number' && typeof v.design?.sha256 === 'string' && typeof v.searched?.seed === 'number' && Array.isArray(o?.violations) && Array.isArray(o.witnesses) && typeof o.runs === 'number';
}

function isCheckShard(v: Partial<CheckShardResult>): v is CheckShardResult {
  const o = v.outcome as Partial<CheckShardResult['outcome']> | undefined;
  return (
    v.faultline === 1 && v.command === 'check' && typeof v.shard?.index === 'number' && typeof v.shard.count === 'number' && typeof v.design?.sha256 === 'string' &&
    typeof v.searched?.storage === 'string' && Array.isArray(o?.verdicts) && typeof o.stats?.states === 'number' && (o.status !== 'incomplete' || typeof o.limit === 'string')
  );
}

type Shard = SpofShardResult | SimulateShardResult | CheckShardResult;

function readShard(file: string): Shard {
  const v = readJson(file) as Partial<Shard>;
  if (isSpofShard(v as Partial<SpofShardResult>) || isSimulateShard(v as Partial<SimulateShardResult>) || isCheckShard(v as Partial<CheckShardResult>)) return v as Shard;
  throw notShard(`${file} is not a shard result`, 'shard results come from faultline spof|simulate|check DESIGN --shard i/n (a plain --format json report has no shard block)');
}

function mergeCheck(shards: readonly CheckShardResult[], raw: RawMergeOptions, ctx: CliContext): number {
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
  const requireComplete = raw.requireComplete === true;
  emitReport(runReport(result), { format: raw.format, out: raw.out }, ctx.io);
  const trailer = siteTrailer(design, result);
  if (trailer && (raw.format === 'text' || raw.out !== undefined)) ctx.io.out(trailer);
  warnIfIncomplete(result, { limits, requireComplete }, ctx.io);
  return exitCodeOf(result, requireComplete);
}

function mergeSimulate(shards: readonly SimulateShardResult[], raw: RawMergeOptions, ctx: CliContext): number {
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
  return emitSimulate(run, { format: raw.format, out: raw.out }, raw.requireComplete === true, ctx);
}

/** Runs `faultline merge` and returns its exit code. */
export function runMerge(files: readonly string[], raw: RawMergeOptions, ctx: CliContext): number {
  checkOutput({ format: raw.format, out: raw.out }, files);
  const shards = files.map(readShard);
  const spof = shards.filter((s): s is SpofShardResult => s.command === 'spof');
  const simulate = shards.filter((s): s is SimulateShardResult => s.command === 'simulate');
  const check = shards.filter((s): s is CheckShardResult => s.command === 'check');
  const commands = [spof, simulate, check].filter((list) => list.length > 0).length;
  if (commands > 1) throw shardsDisagree(`the files mix ${(['spof', 'simulate', 'check'] as const).filter((c) => shards.some((s) => s.command === c)).join(' and ')} shards`, 'merge the shards of one run at a time');
  if (check.length > 0) return mergeCheck(check, raw, ctx);
  if (simulate.length > 0) return mergeSimulate(simulate, raw, ctx);
  return emitSpof(mergeSpofShards(spof).report, raw, ctx);
}

/** Adds `merge` to the program. */
export function registerMerge(program: Command, ctx: CliContext): void {
  program
    .command('merge')
    .summary('join shard results (spof, simulate or check --shard i/n) into one report')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, ' '))
    .argument('<shards...>', 'shard result files (JSON)')
    .addOption(formatOption())
    .addOption(outOption())
    .option('--require-complete', 'exit 4 when a shard stopped at a limit (--timeout; for check also --max-states, --max-depth, --max-memory)')
    .addHelpText('after', '\nExamples:\n  $ faultline merge results/shard-*.json --format json --out spof.json\n  $ faultline merge sim-*.json --format junit --out simulate.junit.xml\n  $ faultline merge check-*.json --format sarif --out check.sarif\n')
    .action((files: string[], options: RawMergeOptions) => ctx.setExitCode(runMerge(files, options, ctx)));
}
