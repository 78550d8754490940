import type { Command } from 'commander';
import type { ReportFormat } from '../report/formats.js';
import { shardsDisagree } from '../report/shardSplit.js';
import { mergeSpofShards } from '../report/spofMerge.js';
import type { CheckShardResult } from '../report/checkShard.js';
import type { SimulateShardResult } from '../report/simulateShard.js';
import type { SpofShardResult } from '../report/spofShard.js';
import { checkOutput } from './checkOutput.js';
import type { CliContext } from './context.js';
import { formatOption, outOption } from './formatOption.js';
import { mergeCheck } from './mergeCheck.js';
import { mergeSimulate } from './mergeSimulate.js';
import { readShard } from './readShard.js';
import { emitSpof } from './spofOutput.js';

const DESCRIPTION = `Joins the shard results that faultline spof, simulate or check --shard i/n wrote (one
JSON file per shard, from CI matrix jobs or Kubernetes Indexed Job pods) into the report one
unsharded run gives, in any report format, with the same exit code. spof: the same fault sets,
classes, evidence and shortest traces. simulate: the same walks' counts and, per property, the
first walk's finding shrunk as one run shrinks it. check: the same verdicts, shortest traces and
fewest faults; its state and transition counts are the shards' sums (every shard explores the
fault-free states), and the report says so. simulate and check merges load the design file
again, which must hold the design the shards ran (for a site manifest, with the same config
files). Every shard of the split must be given once.`;

interface RawMergeOptions {
  readonly format: ReportFormat;
  readonly out?: string;
  readonly requireComplete?: boolean;
}

/** Runs `faultline merge` and returns its exit code. */
export function runMerge(files: readonly string[], raw: RawMergeOptions, ctx: CliContext): number {
  checkOutput({ format: raw.format, out: raw.out }, files);
  const shards = files.map(readShard);
  const spof = shards.filter((s): s is SpofShardResult => s.command === 'spof');
  const simulate = shards.filter((s): s is SimulateShardResult => s.command === 'simulate');
  const check = shards.filter((s): s is CheckShardResult => s.command === 'check');
  const commands = (['spof', 'simulate', 'check'] as const).filter((c) => shards.some((s) => s.command === c));
  if (commands.length > 1) throw shardsDisagree(`the files mix ${commands.join(' and ')} shards`, 'merge the shards of one run at a time');
  const output = { format: raw.format, out: raw.out };
  if (check.length > 0) return mergeCheck(check, output, raw.requireComplete === true, ctx);
  if (simulate.length > 0) return mergeSimulate(simulate, output, raw.requireComplete === true, ctx);
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
