/**
 * Writes a random run's report (stdout, or `--out` with the text report on stdout) and
 * returns its exit code. Shared by `faultline simulate` and `faultline merge` of simulate
 * shards, so a merge prints exactly what one run prints.
 */
import { designInfo } from '../api/designInfo.js';
import type { LoadedDesign } from '../design/loadDesign.js';
import type { SimulateResult } from '../explore/simulate.js';
import { exitCodeOf } from '../core/result.js';
import type { RunReport } from '../report/report.js';
import type { CliContext } from './context.js';
import { emitReport, type OutputSettings } from './emitReport.js';
import { reportDiagnostics } from './reportError.js';
import { warnIfIncomplete } from './warnIfIncomplete.js';

/** How the report is written, and what the run was given. */
export interface SimulateOutput extends OutputSettings {
  readonly timeout: number | undefined;
  readonly requireComplete: boolean;
}

/** The report of a random run on `design` (with `--timeout` when one was given). */
export function simulateReport<S>(run: SimulateResult<S>, design: LoadedDesign, timeout: number | undefined): RunReport<S> {
  const faultKinds = design.document.faults?.kinds ?? Object.keys(design.kind.faultKinds);
  const searched = { ...run.searched, faultKinds };
  const random = { seed: run.seed, runs: run.runs, steps: run.steps, stepsPerSecond: run.stepsPerSecond, searched };
  const limits = timeout === undefined ? {} : { timeout };
  return { kind: 'run', command: 'simulate', design: designInfo(design), result: run.result, random, limits };
}

/** Writes the report of `run` on `design` and returns the exit code. */
export function emitSimulate<S>(run: SimulateResult<S>, design: LoadedDesign, output: SimulateOutput, ctx: CliContext): number {
  if (run.result.status === 'error') {
    ctx.io.err(`use --seed=${run.seed} to reproduce\n`);
    return reportDiagnostics([run.result.error], ctx.io);
  }
  const report = simulateReport(run, design, output.timeout);
  const { limits } = report;
  emitReport(report, output, ctx.io);
  warnIfIncomplete(run.result, { limits, requireComplete: output.requireComplete }, ctx.io);
  if (output.format !== 'text' && output.out === undefined) ctx.io.err(`use --seed=${run.seed} to reproduce\n`);
  return exitCodeOf(run.result, output.requireComplete);
}
