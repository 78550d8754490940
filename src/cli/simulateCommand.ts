import type { Command } from 'commander';
import { exitCodeOf } from '../core/result.js';
import { warnIfIncomplete } from './warnIfIncomplete.js';
import { checkOutput } from './checkOutput.js';
import type { CliContext } from './context.js';
import { runReport, simulate } from '../api/runs.js';
import { emitReport } from './emitReport.js';
import { formatOption, outOption } from './formatOption.js';
import { integerAtLeast, positiveNumber, seedNumber } from './parseNumber.js';
import { progressLine } from './progress.js';
import { reportDiagnostics } from './reportError.js';
import { resolveSimulateSettings, type RawSimulateOptions } from './simulateSettings.js';

const DESCRIPTION = `Walks the design at random: each run starts in an initial state and picks actions and
faults at random for up to --max-steps steps, within the fault budget, checking every property
along the way. A failing walk is shrunk to a short trace. Much faster than check on large
designs, but it proves nothing when it finds nothing. The seed is always printed; pass it back
with --seed to rerun the same walks.`;

/** Runs `faultline simulate` and returns its exit code. */
export function runSimulate(file: string, raw: RawSimulateOptions, ctx: CliContext): number {
  const startedAt = performance.now();
  checkOutput({ format: raw.format, out: raw.out }, [file]);
  const design = ctx.deps.loadDesign(file);
  const settings = resolveSimulateSettings(raw, design.options);
  const progress = progressLine(ctx.io, 'walks');
  const result = simulate(design, { ...settings.engine, startedAt, onProgress: progress.update });
  progress.done();
  const seed = result.run.random?.seed;
  if (result.status === 'error') {
    ctx.io.err(`use --seed=${seed} to reproduce\n`);
    return reportDiagnostics([result.error], ctx.io);
  }
  emitReport(runReport(result), settings.output, ctx.io);
  warnIfIncomplete(result, { limits: result.run.limits, requireComplete: false }, ctx.io);
  if (settings.output.format !== 'text' && settings.output.out === undefined) ctx.io.err(`use --seed=${seed} to reproduce\n`);
  return exitCodeOf(result, false);
}

/** Adds `simulate` to the program. */
export function registerSimulate(program: Command, ctx: CliContext): void {
  program
    .command('simulate')
    .summary('walk a design at random (fast, finds bugs, proves nothing)')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, " "))
    .argument('<design>', 'design file (YAML or JSON)')
    .option('--seed <n>', 'seed of the random walks (printed on every run)', seedNumber)
    .option('--runs <n>', 'number of walks', integerAtLeast(1))
    .option('--max-steps <n>', 'steps per walk at most', integerAtLeast(1))
    .option('--max-faults <n>', 'fault budget per walk', integerAtLeast(0))
    .option('--timeout <seconds>', 'stop after this many seconds', positiveNumber)
    .addOption(formatOption())
    .addOption(outOption())
    .addHelpText('after', '\nExample:\n  $ faultline simulate models/designs/r6-nopreempt-placement.pitfall.yaml --runs 1000 --seed 42\n')
    .action((design: string, options: RawSimulateOptions) => ctx.setExitCode(runSimulate(design, options, ctx)));
}
