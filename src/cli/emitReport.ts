import { writeFileSync } from 'node:fs';
import { reportFormats, type ReportFormat } from '../report/formats.js';
import type { Report } from '../report/report.js';
import { coloured, plain, wantsColour } from '../report/style.js';
import type { CliIo } from './io.js';
import { writeFailure } from './writeFailure.js';

/** Where a report goes. */
export interface OutputSettings {
  readonly format: ReportFormat;
  /** Write the chosen format to this file (and the text report to stdout). */
  readonly out: string | undefined;
}

/**
 * Writes a report: in the chosen format to stdout, or with `--out` to the file while stdout
 * gets the text report. Colour only for text on a TTY without NO_COLOR.
 */
export function emitReport(report: Report<unknown>, output: OutputSettings, io: CliIo): void {
  const style = wantsColour(io.stdoutIsTTY, io.env) ? coloured : plain;
  if (output.out === undefined) {
    io.out(reportFormats[output.format](report, output.format === 'text' ? style : plain));
    return;
  }
  try {
    writeFileSync(output.out, reportFormats[output.format](report, plain));
  } catch (error) {
    // The run's result is not lost: the text report still goes to stdout.
    io.out(reportFormats.text(report, style));
    throw writeFailure(output.out, error);
  }
  if (output.format !== 'text') io.out(reportFormats.text(report, style));
  io.err(`wrote the ${output.format} report to ${output.out}\n`);
}
