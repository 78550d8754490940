import type { Command } from 'commander';
import { replay, replayPathOf } from '../api/runs.js';
import { ExitCode } from '../core/result.js';
import type { ReportFormat } from '../report/formats.js';
import { checkOutput } from './checkOutput.js';
import type { CliContext } from './context.js';
import { emitReport } from './emitReport.js';
import { formatOption, outOption } from './formatOption.js';
import { integerAtLeast } from './parseNumber.js';

const DESCRIPTION = `Replays one trace of a design from its action-index path (the initial-state index, then
the index of the chosen successor at each step, as check and simulate print it) and shows
each step with the fields that changed, then which properties fail along the trace and at
which step. Exits 1 when a property fails along the trace, 0 otherwise.`;

interface RawReplayOptions {
  readonly path: string;
  readonly maxFaults?: number;
  readonly format: ReportFormat;
  readonly out?: string;
}

/** Runs `faultline replay` and returns its exit code. */
export function runReplay(file: string, raw: RawReplayOptions, ctx: CliContext): number {
  const path = replayPathOf(raw.path);
  checkOutput({ format: raw.format, out: raw.out }, [file]);
  const design = ctx.deps.loadDesign(file);
  const result = replay(design, path, raw.maxFaults === undefined ? {} : { maxFaults: raw.maxFaults });
  emitReport(result, { format: raw.format, out: raw.out }, ctx.io);
  return result.verdicts.some((v) => v.status === 'violated') ? ExitCode.violation : ExitCode.ok;
}

/** Adds `replay` to the program. */
export function registerReplay(program: Command, ctx: CliContext): void {
  program
    .command('replay')
    .summary('replay one trace from its path and show what fails along it')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, " "))
    .argument('<design>', 'design file (YAML or JSON)')
    .requiredOption('--path <path>', 'action-index path, e.g. 0/2/1/3')
    .option('--max-faults <n>', "the fault budget the trace was found under (default: the design's)", integerAtLeast(0))
    .addOption(formatOption())
    .addOption(outOption())
    .addHelpText('after', '\nExample:\n  $ faultline replay models/designs/r6-nopreempt-placement.pitfall.yaml --path 0/0/2/1\n')
    .action((design: string, options: RawReplayOptions) => ctx.setExitCode(runReplay(design, options, ctx)));
}
