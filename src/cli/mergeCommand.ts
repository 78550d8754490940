import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { FaultlineError } from '../core/errors.js';
import { mergeSpofShards } from '../report/spofMerge.js';
import type { SpofShardResult } from '../report/spofShard.js';
import { checkOutput } from './checkOutput.js';
import type { CliContext } from './context.js';
import { emitSpof } from './spofOutput.js';

const DESCRIPTION = `Joins the shard results that faultline spof --shard i/n wrote (one JSON file per
shard, from CI matrix jobs or Kubernetes Indexed Job pods) into the report one unsharded run
gives: the same fault sets, classes, evidence and shortest traces, in the chosen format, with
the same exit code (1 when something breaks). Every shard of the split must be given once.`;

interface RawMergeOptions {
  readonly format: 'text' | 'json';
  readonly out?: string;
  readonly requireComplete?: boolean;
}

function readShard(file: string): SpofShardResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new FaultlineError({ code: 'FL121', message: `cannot read shard result ${file}: ${(e as Error).message}`, hint: 'pass the files written by faultline spof --shard i/n --out FILE' });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new FaultlineError({ code: 'FL121', message: `${file} is not JSON`, hint: 'pass the files written by faultline spof --shard i/n --out FILE' });
  }
  const v = value as Partial<SpofShardResult>;
  const shard = v.shard as Partial<SpofShardResult['shard']> | undefined;
  if (v.faultline !== 1 || v.command !== 'spof' || typeof shard?.index !== 'number' || typeof shard.count !== 'number' || !Array.isArray(shard.ordinals) || typeof v.report !== 'object' || !Array.isArray(v.report?.rows) || shard.ordinals.length !== v.report.rows.length) {
    throw new FaultlineError({ code: 'FL121', message: `${file} is not a spof shard result`, hint: 'shard results come from faultline spof DESIGN --shard i/n (a plain spof --format json report has no shard block)' });
  }
  return value as SpofShardResult;
}

/** Runs `faultline merge` and returns its exit code. */
export function runMerge(files: readonly string[], raw: RawMergeOptions, ctx: CliContext): number {
  checkOutput({ format: raw.format, out: raw.out }, files);
  const merged = mergeSpofShards(files.map(readShard));
  return emitSpof(merged.report, raw, ctx);
}

/** Adds `merge` to the program. */
export function registerMerge(program: Command, ctx: CliContext): void {
  program
    .command('merge')
    .summary('join shard results (spof --shard i/n) into one report')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, ' '))
    .argument('<shards...>', 'shard result files (JSON)')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('--out <file>', 'write the report to this file (the text report goes to stdout)')
    .option('--require-complete', 'exit 4 when a shard stopped at its --timeout')
    .addHelpText('after', '\nExample:\n  $ faultline merge results/shard-*.json --format json --out spof.json\n')
    .action((files: string[], options: RawMergeOptions) => ctx.setExitCode(runMerge(files, options, ctx)));
}
