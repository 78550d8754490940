/** The JSON form of a spof report: the report object itself, with its summary line. */
import { spofSummary, type SpofReport } from './spofReport.js';

/** Renders `report` as one JSON document. */
export function renderSpofJson(report: SpofReport): string {
  return `${JSON.stringify({ command: 'spof', ...report, summary: spofSummary(report) }, null, 2)}\n`;
}
