import type { Command } from 'commander';
import { ExitCode } from '../core/result.js';
import { defaultWorkers, runWorkers, workerScript } from '../explore/parallel/runWorkers.js';
import { parseShard, subShard } from '../explore/shardSpec.js';
import type { SweepShard } from '../explore/sweepTypes.js';
import { mergeSpofShards } from '../report/spofMerge.js';
import { renderSpofShard, type SpofShardResult } from '../report/spofShard.js';
import type { ReportFormat } from '../report/formats.js';
import { checkOutput } from './checkOutput.js';
import type { CliContext } from './context.js';
import { formatOption, outOption } from './formatOption.js';
import { sweepProgress } from './progress.js';
import { integerAtLeast, positiveNumber } from './parseNumber.js';
import { emitSpof } from './spofOutput.js';
import { spofSweep } from './spofSweep.js';
import type { SpofWorkerInput } from './spofWorker.js';
import { writeShard } from './writeShard.js';

const DESCRIPTION = `Fails every set of up to k elements of a topology or site design (default 1: every
single failure), exhaustively, and prints the table of fault sets that break a property, with
evidence (which endpoints no longer reach which; for a site, what the HA layer did), the
shortest trace of each (a path for faultline replay) and a summary line. A topology design's
network is converged after each set; a site's elements are its cables, NICs, ports, switches
and routers and each node's crash, keepalived stop or kill and daemon stop, and each set is
judged by the protocol-level check of the HA layer under it. Elements with the same effect
(a link, its ports, the NIC at its end) are one class, elements proved to change nothing are
skipped, and only minimal fault sets are listed. Exits 1 when something breaks, 0 otherwise.
With --shard i/n it sweeps one n-th of the fault sets and writes a shard result (JSON) that
faultline merge joins with the others into the one-run report; a shard exits 0 when it ran.`;

interface RawSpofOptions {
  readonly k: number;
  readonly format: ReportFormat;
  readonly out?: string;
  readonly timeout?: number;
  readonly requireComplete?: boolean;
  readonly shard?: string;
  readonly workers?: number;
}

async function sweepShare(file: string, raw: RawSpofOptions, shard: SweepShard, ctx: CliContext): Promise<SpofShardResult> {
  const settings = { k: raw.k, ...(raw.timeout === undefined ? {} : { timeoutSeconds: raw.timeout }) };
  // Default: every core for pairs and beyond; single failures are cheap enough for one thread
  // (starting workers would cost more than it saves on most designs).
  const workers = raw.workers ?? (raw.k >= 2 ? defaultWorkers() : 1);
  if (workers > 1) {
    const inputs: SpofWorkerInput[] = Array.from({ length: workers }, (_, w) => ({ file, settings: { ...settings, shard: subShard(shard, w, workers) } }));
    const parts = await runWorkers<SpofWorkerInput, SpofShardResult>(workerScript(import.meta.url, './spofWorker.js'), inputs);
    return mergeSpofShards(parts, shard);
  }
  const progress = sweepProgress(ctx.io);
  try {
    return spofSweep(file, { ...settings, ...(shard.count > 1 ? { shard } : {}), onProgress: progress.update }, ctx.deps.loadDesign);
  } finally {
    progress.done();
  }
}

/** Runs `faultline spof` and returns its exit code. */
export async function runSpof(file: string, raw: RawSpofOptions, ctx: CliContext): Promise<number> {
  const shard = raw.shard === undefined ? undefined : parseShard(raw.shard);
  checkOutput({ format: shard === undefined ? raw.format : 'json', out: raw.out }, [file]);
  const result = await sweepShare(file, raw, shard ?? { index: 0, count: 1 }, ctx);
  if (shard !== undefined) {
    writeShard(renderSpofShard(result), shard, raw.out, ctx.io);
    return ExitCode.ok;
  }
  return emitSpof(result.report, raw, ctx);
}

/** Adds `spof` to the program. */
export function registerSpof(program: Command, ctx: CliContext): void {
  program
    .command('spof')
    .summary('every fault set up to size k of a topology or site design, and what it breaks')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, ' '))
    .argument('<design>', 'design file (YAML or JSON) with a topology or site section')
    .option('--k <n>', 'largest fault-set size', integerAtLeast(1), 1)
    .addOption(formatOption())
    .addOption(outOption())
    .option('--timeout <seconds>', 'stop the sweep after this many seconds', positiveNumber)
    .option('--require-complete', 'exit 4 when --timeout stops the sweep before it covered everything')
    .option('--shard <i/n>', 'sweep only the i-th of n shares and write a shard result for faultline merge')
    .option('--workers <n>', 'worker threads (default: the cores when k ≥ 2, else 1)', integerAtLeast(1))
    .addHelpText(
      'after',
      '\nExamples:\n  $ faultline spof models/designs/l5-access-mii.pitfall.yaml\n  $ faultline spof fabric.yaml --k 2 --shard 3/8 --out shard-3.json   # then: faultline merge shard-*.json\n',
    )
    .action(async (design: string, options: RawSpofOptions) => ctx.setExitCode(await runSpof(design, options, ctx)));
}
