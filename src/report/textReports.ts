import type { SomeReport } from './formats.js';
import type { RenderOptions } from './report.js';
import { renderSpofText } from './spofText.js';
import { renderText } from './text.js';

/** The text format: each design's report in turn, a blank line between them. */
export function renderTextReports(reports: readonly SomeReport[], options: RenderOptions): string {
  return reports
    .map((report) => (report.kind === 'spof' ? renderSpofText(report, options.style, options) : renderText(report, options.style, options)))
    .join('\n');
}
