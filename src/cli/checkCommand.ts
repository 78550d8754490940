import type { Command } from 'commander';
import { exitCodeOf } from '../core/result.js';
import { warnIfIncomplete } from './warnIfIncomplete.js';
import { resolveCheckSettings, type RawCheckOptions } from './checkSettings.js';
import { checkWithWorkers } from './checkWorkers.js';
import type { CliContext } from './context.js';
import { emitReport } from './emitReport.js';
import { formatOption, outOption } from './formatOption.js';
import { integerAtLeast, positiveNumber } from './parseNumber.js';
import { progressLine } from './progress.js';
import { reportDiagnostics } from './reportError.js';
import { siteInfo, siteTrailer } from './siteReport.js';

const DESCRIPTION = `Explores every reachable state of the design, breadth first, under every sequence of
faults up to the fault budget, and checks each property the design lists. A violation comes
back as the shortest trace to it, with only the changed fields shown per step and a replay
command that reproduces it. Limits (--max-states, --timeout, --max-memory) stop the run early:
the result is then incomplete (exit 0 with a warning, or exit 4 with --require-complete).`;

/** Runs `faultline check` and returns its exit code. */
export async function runCheck(file: string, raw: RawCheckOptions & { readonly strict?: boolean; readonly workers?: number }, ctx: CliContext): Promise<number> {
  const startedAt = performance.now();
  const design = raw.strict && ctx.deps.loadStrict ? ctx.deps.loadStrict(file) : ctx.deps.loadDesign(file);
  const settings = resolveCheckSettings(raw, design.options);
  const progress = progressLine(ctx.io, 'states');
  const result = await checkWithWorkers(design, { ...settings.engine, startedAt, onProgress: progress.update }, raw.workers, ctx.deps);
  progress.done();
  if (result.status === 'error') return reportDiagnostics([result.error], ctx.io);
  const info = { file, name: design.name, ...(design.description === undefined ? {} : { description: design.description }), ...siteInfo(design), faults: design.faultScope };
  emitReport({ kind: 'run', command: 'check', design: info, result, limits: settings.limits }, settings.output, ctx.io);
  if (settings.output.format === 'text' || settings.output.out !== undefined) ctx.io.out(siteTrailer(design, result));
  warnIfIncomplete(result, settings, ctx.io);
  return exitCodeOf(result, settings.requireComplete);
}

/** Adds `check` to the program. */
export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .summary('explore every state of a design (exhaustive)')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, " "))
    .argument('<design>', 'design file (YAML or JSON)')
    .option('--max-states <n>', 'stop after storing this many states', integerAtLeast(1))
    .option('--max-depth <n>', 'do not expand states deeper than this many steps', integerAtLeast(0))
    .option('--max-faults <n>', 'fault budget: at most this many faults on any path', integerAtLeast(0))
    .option('--timeout <seconds>', 'stop after this many seconds', positiveNumber)
    .option('--max-memory <MiB>', 'stop before the visited set exceeds this many MiB', integerAtLeast(1))
    .option('--hash-compaction', 'store 64-bit fingerprints only (less memory, a reported omission probability)')
    .option('--deadlock', 'report reachable states without any successor as violations')
    .option('--require-complete', 'exit 4 when a limit stops the run before it explored everything')
    .option('--strict', 'for a site manifest: warnings about config directives faultline does not model are errors')
    .option('--workers <n>', 'worker threads (default: every core, once the space outgrows one thread; same counts and traces)', integerAtLeast(1))
    .addOption(formatOption())
    .addOption(outOption())
    .addHelpText('after', '\nExample:\n  $ faultline check models/designs/r6-advert-mismatch.pitfall.yaml --max-faults 2\n')
    .action(async (design: string, options: RawCheckOptions & { strict?: boolean; workers?: number }) => ctx.setExitCode(await runCheck(design, options, ctx)));
}
