import { renderItf } from './itf.js';
import { renderJson } from './json.js';
import type { Report } from './report.js';
import type { Styler } from './style.js';
import { renderText } from './text.js';

/** Renders a report to the text written to stdout or `--out`. */
export type Renderer = <S>(report: Report<S>, style: Styler) => string;

/** The report formats; its keys are exactly the values `--format` accepts. */
export const reportFormats = {
  text: renderText,
  json: (report) => renderJson(report),
  itf: (report) => renderItf(report),
} as const satisfies Record<string, Renderer>;

/** A `--format` value. */
export type ReportFormat = keyof typeof reportFormats;

/** The `--format` values, in the order help lists them. */
export const reportFormatNames = Object.keys(reportFormats) as ReportFormat[];
