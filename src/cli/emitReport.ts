import { reportFormats, type ReportFormat, type SomeReport } from '../report/formats.js';
import { coloured, plain, wantsColour } from '../report/style.js';
import type { CliIo } from './io.js';
import { writeFailure } from './writeFailure.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** Where a report goes. */
export interface OutputSettings {
  readonly format: ReportFormat;
  /** Write the chosen format to this file (and the text report to stdout). */
  readonly out: string | undefined;
}

/**
 * Writes the reports of a run (one per design): in the chosen format to stdout, or with
 * `--out` atomically to the file while stdout gets the text report. Colour only for text on
 * a TTY without NO_COLOR. `checkOutput` has vetted `--out` before the run.
 */
export function emitReports(reports: readonly SomeReport[], output: OutputSettings, io: CliIo): void {
  const style = wantsColour(io.stdoutIsTTY, io.env) ? coloured : plain;
  if (output.out === undefined) {
    io.out(reportFormats[output.format].render(reports, { style: output.format === 'text' ? style : plain, timing: true }));
    return;
  }
  try {
    writeFileAtomic(output.out, reportFormats[output.format].render(reports, { style: plain, timing: true }));
  } catch (error) {
    // The run's result is not lost: the text report still goes to stdout.
    io.out(reportFormats.text.render(reports, { style, timing: true }));
    throw writeFailure(output.out, error);
  }
  if (output.format !== 'text') io.out(reportFormats.text.render(reports, { style, timing: true }));
  io.err(`wrote the ${output.format} report to ${output.out}\n`);
}

/** {@link emitReports} for one design. */
export function emitReport(report: SomeReport, output: OutputSettings, io: CliIo): void {
  emitReports([report], output, io);
}
