import type { CheckResult } from '../core/result.js';
import { reportFormats, type ReportFormat } from '../report/formats.js';
import type { SpofReport } from '../report/spofReport.js';
import { coloured, plain } from '../report/style.js';
import { runReport, type DesignResult, type ReplayResult } from './runs.js';

/** Options of the renderers. */
export interface RenderOptions {
  /** ANSI colours in the text format; default false. */
  readonly colour?: boolean;
}

/**
 * A run or a replay in one of the CLI's report formats (`text`, `json`, `itf`, ...; the
 * names are `reportFormatNames`): exactly what `faultline check --format F` prints. A result
 * of `checkModel` is reported under the model's name.
 */
export function render<S>(subject: DesignResult<S> | ReplayResult<S> | CheckResult<S>, format: ReportFormat = 'text', options: RenderOptions = {}): string {
  const report = 'kind' in subject ? subject : runReport('run' in subject ? subject : { ...subject, run: { command: 'check', design: { file: subject.model, name: subject.model }, limits: {} } });
  return reportFormats[format].render([report], { style: format === 'text' && options.colour === true ? coloured : plain, timing: true });
}

/** A `spof` report as `faultline spof --format F` prints it. */
export function renderSpof(report: SpofReport, format: ReportFormat = 'text', options: RenderOptions = {}): string {
  return reportFormats[format].render([report], { style: format === 'text' && options.colour === true ? coloured : plain, timing: true });
}
