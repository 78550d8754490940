/**
 * Writes a random run's report (stdout, or `--out` with the text report on stdout) and
 * returns its exit code. Shared by `faultline simulate` and `faultline merge` of simulate
 * shards, so a merge prints exactly what one run prints; both make the run with the library's
 * `simulate`, which builds the report's design, random and limits fields.
 */
import { runReport, type DesignResult } from '../api/runs.js';
import { exitCodeOf } from '../core/result.js';
import type { CliContext } from './context.js';
import { emitReport, type OutputSettings } from './emitReport.js';
import { reportDiagnostics } from './reportError.js';
import { warnIfIncomplete } from './warnIfIncomplete.js';

/** Writes the report of the random run `result` and returns the exit code. */
export function emitSimulate<S>(result: DesignResult<S>, output: OutputSettings, requireComplete: boolean, ctx: CliContext): number {
  const seed = result.run.random?.seed;
  if (result.status === 'error') {
    ctx.io.err(`use --seed=${seed} to reproduce\n`);
    return reportDiagnostics([result.error], ctx.io);
  }
  emitReport(runReport(result), output, ctx.io);
  warnIfIncomplete(result, { limits: result.run.limits, requireComplete }, ctx.io);
  if (output.format !== 'text' && output.out === undefined) ctx.io.err(`use --seed=${seed} to reproduce\n`);
  return exitCodeOf(result, requireComplete);
}
