/**
 * Writes a spof report in the chosen format (stdout, or `--out` with the text report on
 * stdout) and returns the exit code one sweep gives: 1 when something breaks, 4 or 0 when a
 * timeout left it incomplete. Shared by `faultline spof` and `faultline merge`.
 */
import { ExitCode } from '../core/result.js';
import type { ReportFormat } from '../report/formats.js';
import type { SpofReport } from '../report/spofReport.js';
import type { CliContext } from './context.js';
import { emitReport } from './emitReport.js';

/** How a spof report is written. */
export interface SpofOutput {
  readonly format: ReportFormat;
  readonly out?: string;
  readonly timeout?: number;
  readonly requireComplete?: boolean;
}

/** Writes `report` and returns the exit code. */
export function emitSpof(report: SpofReport, output: SpofOutput, ctx: CliContext): number {
  emitReport(report, { format: output.format, out: output.out }, ctx.io);
  if (report.rows.length > 0 || report.baseline.length > 0) return ExitCode.violation;
  if (!report.complete) {
    const why = output.timeout === undefined ? 'a shard stopped at its --timeout' : `the sweep stopped at --timeout ${output.timeout}`;
    ctx.io.err(`warning: incomplete: ${why}; pass --require-complete to exit 4 instead of 0\n`);
    return output.requireComplete ? ExitCode.incomplete : ExitCode.ok;
  }
  return ExitCode.ok;
}
