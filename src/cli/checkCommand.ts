import type { Command } from 'commander';
import { FaultlineError } from '../core/errors.js';
import { exitCodeOf } from '../core/result.js';
import { warnIfIncomplete } from './warnIfIncomplete.js';
import type { SomeReport } from '../report/formats.js';
import { resolveCheckSettings } from './checkSettings.js';
import { checkWithProgress } from './checkWithProgress.js';
import { runReport } from '../api/runs.js';
import { checkOutput } from './checkOutput.js';
import type { CliContext } from './context.js';
import { emitReports } from './emitReport.js';
import { formatOption, outOption } from './formatOption.js';
import { integerAtLeast, positiveNumber } from './parseNumber.js';
import { reportDiagnostics } from './reportError.js';
import { siteTrailer } from './siteReport.js';
import { worstExitCode } from './worstExitCode.js';
import { runCheckShard, type RawShardCheckOptions } from './checkShard.js';
import { parseShard } from '../explore/shardSpec.js';

const DESCRIPTION = `Explores every reachable state of the design, breadth first, under every sequence of
faults up to the fault budget, and checks each property the design lists. A violation comes
back as the shortest trace to it, with only the changed fields shown per step and a replay
command that reproduces it. Limits (--max-states, --timeout, --max-memory) stop the run early:
the result is then incomplete (exit 0 with a warning, or exit 4 with --require-complete).
--shard i/n splits the runs by their first fault over machines: each shard writes a result that
faultline merge joins into the report of one run (same verdicts, traces and fewest faults).`;

/** One design's report and exit code. */
interface DesignRun {
  readonly report: SomeReport;
  readonly code: number;
  /** For a design imported from configs: the config lines behind its violations. */
  readonly trailer?: string;
}

/** `check` options as commander hands them over, with `--strict` for site manifests. */
type RawOptions = RawShardCheckOptions;

async function checkOne(file: string, raw: RawOptions, ctx: CliContext, several: boolean): Promise<DesignRun> {
  const startedAt = performance.now();
  let design;
  try {
    design = raw.strict && ctx.deps.loadStrict ? ctx.deps.loadStrict(file) : ctx.deps.loadDesign(file);
  } catch (error) {
    if (!(error instanceof FaultlineError)) throw error;
    // Another design of the run may still be checked: report this one as an error.
    const code = reportDiagnostics(error.diagnostics, ctx.io);
    const result = { status: 'error', model: 'none', error: error.diagnostics[0]! } as const;
    return { report: { kind: 'run', command: 'check', design: { file, name: file }, result, limits: {} }, code };
  }
  const settings = resolveCheckSettings(raw, design.options);
  const result = await checkWithProgress(design, settings.engine, raw.workers, startedAt, ctx.io);
  const report: SomeReport = runReport(result);
  if (result.status === 'error') return { report, code: reportDiagnostics([result.error], ctx.io) };
  const trailer = siteTrailer(design, result);
  warnIfIncomplete(result, settings, ctx.io, several ? file : undefined);
  return { report, code: exitCodeOf(result, settings.requireComplete), trailer };
}

/**
 * Runs `faultline check` on one or more designs, writes one report holding them all, and
 * returns the worst exit code. `--out` is checked before anything is explored.
 */
export async function runCheck(files: readonly string[], raw: RawOptions, ctx: CliContext): Promise<number> {
  if (raw.shard !== undefined) {
    const shard = parseShard(raw.shard);
    if (files.length !== 1) {
      throw new FaultlineError({
        code: 'FL123',
        message: `check --shard ${raw.shard} was given ${files.length} designs; a shard result holds one design's share`,
        hint: 'run the shards of each design separately (one matrix or Indexed Job per design), then faultline merge each design\'s shard files',
      });
    }
    return runCheckShard(files[0]!, shard, raw, ctx);
  }
  const output = { format: raw.format, out: raw.out };
  checkOutput(output, files);
  const runs: DesignRun[] = [];
  for (const file of files) runs.push(await checkOne(file, raw, ctx, files.length > 1));
  const reports = runs.filter((r) => r.report.kind !== 'run' || r.report.result.status !== 'error' || files.length > 1).map((r) => r.report);
  if (reports.length > 0) emitReports(reports, output, ctx.io);
  if (output.format === 'text' || output.out !== undefined) for (const r of runs) if (r.trailer) ctx.io.out(r.trailer);
  return worstExitCode(runs.map((r) => r.code));
}

/** Adds `check` to the program. */
export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .summary('explore every state of a design (exhaustive)')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, " "))
    .argument('<designs...>', 'design files (YAML or JSON); several give one report holding them all')
    .option('--max-states <n>', 'stop after storing this many states', integerAtLeast(1))
    .option('--max-depth <n>', 'do not expand states deeper than this many steps', integerAtLeast(0))
    .option('--max-faults <n>', 'fault budget: at most this many faults on any path', integerAtLeast(0))
    .option('--timeout <seconds>', 'stop after this many seconds', positiveNumber)
    .option('--max-memory <MiB>', 'stop before the visited set exceeds this many MiB', integerAtLeast(1))
    .option('--hash-compaction', 'store 64-bit fingerprints only (less memory, a reported omission probability)')
    .option('--deadlock', 'report reachable states without any successor as violations')
    .option('--require-complete', 'exit 4 when a limit stops the run before it explored everything')
    .option('--strict', 'for a site manifest: warnings about config directives faultline does not model are errors')
    .option('--shard <i/n>', 'explore only the runs whose first fault hashes to shard i of n (and the fault-free ones), and write a shard result for faultline merge')
    .option('--workers <n>', 'threads sharing one visited set (default: every core, once the space outgrows one thread; same counts, verdicts and traces)', integerAtLeast(1))
    .addOption(formatOption())
    .addOption(outOption())
    .addHelpText('after', '\nExamples:\n  $ faultline check models/designs/r6-advert-mismatch.pitfall.yaml --max-faults 2\n  $ faultline check models/designs/*.pitfall.yaml --format junit --out results.xml\n  $ faultline check site.yaml --max-faults 2 --shard 3/8 --out check-3.json   # then: faultline merge check-*.json\n')
    .action(async (designs: string[], options: RawOptions) => ctx.setExitCode(await runCheck(designs, options, ctx)));
}
