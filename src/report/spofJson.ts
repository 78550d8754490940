/** The JSON form of a spof report: the report's data, with its summary line. */
import type { RenderOptions } from './report.js';
import { spofSummary, type SpofReport } from './spofReport.js';

/**
 * `report` as a JSON value: every row with every broken pair, each row's trace as its path
 * and step labels. Without `timing` the sweep's run time is left out.
 */
export function spofJson(report: SpofReport, options: Pick<RenderOptions, 'timing'>): object {
  const { kind: _kind, design, seconds, rows, ...rest } = report;
  return {
    command: 'spof',
    design: { file: design.file, name: design.name, ...(design.description === undefined ? {} : { description: design.description }) },
    ...rest,
    ...(options.timing ? { seconds } : {}),
    rows: rows.map((row) => ({ ...row, trace: { path: row.trace.path, steps: row.trace.steps } })),
    summary: spofSummary(report),
  };
}
