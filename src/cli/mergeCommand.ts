import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { FaultlineError } from '../core/errors.js';
import { simulate } from '../api/runs.js';
import type { ReportFormat } from '../report/formats.js';
import { shardsDisagree } from '../report/shardSplit.js';
import { mergeSimulateShards } from '../report/simulateMerge.js';
import type { SimulateShardResult } from '../report/simulateShard.js';
import { mergeSpofShards } from '../report/spofMerge.js';
import type { SpofShardResult } from '../report/spofShard.js';
import { checkOutput } from './checkOutput.js';
import type { CliContext } from './context.js';
import { formatOption, outOption } from './formatOption.js';
import { emitSimulate } from './simulateOutput.js';
import { emitSpof } from './spofOutput.js';

const DESCRIPTION = `Joins the shard results that faultline spof --shard i/n or faultline simulate --shard
i/n wrote (one JSON file per shard, from CI matrix jobs or Kubernetes Indexed Job pods) into the
report one unsharded run gives, in any report format, with the same exit code. spof: the same
fault sets, classes, evidence and shortest traces. simulate: the same walks' counts and, per
property, the first walk's finding shrunk as one run shrinks it (the merge reads the design
file again, which must be the text the shards walked). Every shard of the split must be given once.`;

interface RawMergeOptions {
  readonly format: ReportFormat;
  readonly out?: string;
  readonly requireComplete?: boolean;
}

const HINT = 'pass the files written by faultline spof|simulate --shard i/n --out FILE';

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
  return v.faultline === 1 && v.command === 'spof' && typeof shard?.index === 'number' && typeof shard.count === 'number' && Array.isArray(shard.ordinals) && typeof v.report === 'object' && Array.isArray(v.report?.rows) && shard.ordinals.length === v.report.rows.length;
}

function isSimulateShard(v: Partial<SimulateShardResult>): v is SimulateShardResult {
  const o = v.outcome as Partial<SimulateShardResult['outcome']> | undefined;
  return v.faultline === 1 && v.command === 'simulate' && typeof v.shard?.index === 'number' && typeof v.shard.count === 'number' && typeof v.design?.sha256 === 'string' && typeof v.searched?.seed === 'number' && Array.isArray(o?.violations) && Array.isArray(o.witnesses) && typeof o.runs === 'number';
}

type Shard = SpofShardResult | SimulateShardResult;

function readShard(file: string): Shard {
  const v = readJson(file) as Partial<Shard>;
  if (isSpofShard(v as Partial<SpofShardResult>) || isSimulateShard(v as Partial<SimulateShardResult>)) return v as Shard;
  throw notShard(`${file} is not a shard result`, 'shard results come from faultline spof|simulate DESIGN --shard i/n (a plain --format json report has no shard block)');
}

function mergeSimulate(shards: readonly SimulateShardResult[], raw: RawMergeOptions, ctx: CliContext): number {
  const merged = mergeSimulateShards(shards);
  const file = merged.design.file;
  let digest: string | undefined;
  try {
    digest = createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    digest = undefined;
  }
  if (digest !== merged.design.sha256) {
    throw new FaultlineError({
      code: 'FL131',
      message: digest === undefined ? `cannot read ${file}, the design the shards walked` : `${file} is not the text the shards walked (it changed since)`,
      hint: 'run faultline merge where the shards ran (same checkout, same working folder): the merge replays and shrinks the walks on the design',
    });
  }
  const design = ctx.deps.loadDesign(file);
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
  if (spof.length > 0 && simulate.length > 0) throw shardsDisagree('the files mix spof and simulate shards', 'merge the shards of one run at a time');
  if (simulate.length > 0) return mergeSimulate(simulate, raw, ctx);
  return emitSpof(mergeSpofShards(spof).report, raw, ctx);
}

/** Adds `merge` to the program. */
export function registerMerge(program: Command, ctx: CliContext): void {
  program
    .command('merge')
    .summary('join shard results (spof or simulate --shard i/n) into one report')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, ' '))
    .argument('<shards...>', 'shard result files (JSON)')
    .addOption(formatOption())
    .addOption(outOption())
    .option('--require-complete', 'exit 4 when a shard stopped at its --timeout')
    .addHelpText('after', '\nExamples:\n  $ faultline merge results/shard-*.json --format json --out spof.json\n  $ faultline merge sim-*.json --format junit --out simulate.junit.xml\n')
    .action((files: string[], options: RawMergeOptions) => ctx.setExitCode(runMerge(files, options, ctx)));
}
