import { renderItfReports } from './itf.js';
import { renderJsonReports } from './json.js';
import { renderJunitReports } from './junit.js';
import { renderMarkdownReports } from './markdown.js';
import { renderHtml } from './html/renderHtml.js';
import type { RenderOptions, Report } from './report.js';
import { renderSarif } from './sarif/renderSarif.js';
import { renderTextReports } from './textReports.js';

/**
 * Any report, whatever its state type. `Report<S>` is invariant in `S` (traces hold states,
 * properties take them), so a list of reports of different models can only say `any` here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SomeReport = Report<any>;

/** One report format: how it renders the reports of one run of the CLI. */
export interface ReportFormatSpec {
  /** Renders the reports (one per design, in the order given) as one document. */
  readonly render: (reports: readonly SomeReport[], options: RenderOptions) => string;
  /** File name extension of the format, for the gallery (`.sarif.json`). */
  readonly extension: string;
  /** True when one document holds the report of one design only (ITF: one trace). */
  readonly singleDesign?: boolean;
}

/** The report formats; its keys are exactly the values `--format` accepts. */
export const reportFormats = {
  text: { render: renderTextReports, extension: '.txt' },
  json: { render: renderJsonReports, extension: '.json' },
  itf: { render: renderItfReports, extension: '.itf.json', singleDesign: true },
  markdown: { render: renderMarkdownReports, extension: '.md' },
  junit: { render: renderJunitReports, extension: '.junit.xml' },
  sarif: { render: renderSarif, extension: '.sarif' },
  html: { render: renderHtml, extension: '.html' },
} as const satisfies Record<string, ReportFormatSpec>;

/** A `--format` value. */
export type ReportFormat = keyof typeof reportFormats;

/** The `--format` values, in the order help lists them. */
export const reportFormatNames = Object.keys(reportFormats) as ReportFormat[];
