/**
 * Writes a spof report in the chosen format (stdout, or `--out` with the text report on
 * stdout) and returns the exit code one sweep gives: 1 when something breaks, 4 or 0 when a
 * timeout left it incomplete. Shared by `faultline spof` and `faultline merge`.
 */
import { writeFileSync } from 'node:fs';
import { ExitCode } from '../core/result.js';
import { renderSpofJson } from '../report/spofJson.js';
import type { SpofReport } from '../report/spofReport.js';
import { renderSpofText } from '../report/spofText.js';
import { coloured, plain, wantsColour } from '../report/style.js';
import type { CliContext } from './context.js';

/** How a spof report is written. */
export interface SpofOutput {
  readonly format: 'text' | 'json';
  readonly out?: string;
  readonly timeout?: number;
  readonly requireComplete?: boolean;
}

/** Writes `report` and returns the exit code. */
export function emitSpof(report: SpofReport, output: SpofOutput, ctx: CliContext): number {
  const style = wantsColour(ctx.io.stdoutIsTTY, ctx.io.env) ? coloured : plain;
  const render = (format: 'text' | 'json', forFile: boolean): string =>
    format === 'json' ? renderSpofJson(report) : renderSpofText(report, forFile ? plain : style);
  if (output.out === undefined) ctx.io.out(render(output.format, false));
  else {
    writeFileSync(output.out, render(output.format, true));
    if (output.format !== 'text') ctx.io.out(render('text', false));
    ctx.io.err(`wrote the ${output.format} report to ${output.out}\n`);
  }
  if (report.rows.length > 0 || report.baseline.length > 0) return ExitCode.violation;
  if (!report.complete) {
    const why = output.timeout === undefined ? 'a shard stopped at its --timeout' : `the sweep stopped at --timeout ${output.timeout}`;
    ctx.io.err(`warning: incomplete: ${why}; pass --require-complete to exit 4 instead of 0\n`);
    return output.requireComplete ? ExitCode.incomplete : ExitCode.ok;
  }
  return ExitCode.ok;
}
