/**
 * The text form of a spof report: a table of minimal fault sets × broken properties with
 * evidence (members of the same class listed under their representative), the shortest
 * trace of each with the replay command, and the summary line.
 */
import type { RenderOptions } from './report.js';
import type { Styler } from './style.js';
import { spofSummary, type SpofReport } from './spofReport.js';

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** Evidence shown in the table: the first pairs, then how many more (JSON has them all). */
const SHOWN = 3;

function evidence(details: readonly string[]): string {
  const shown = details.slice(0, SHOWN);
  const more = details.length - shown.length;
  return [...shown, ...(more > 0 ? [`+${more} more`] : [])].join(', ');
}

/** Renders `report` as text; without `timing` the sweep's run time is left out. */
export function renderSpofText(report: SpofReport, style: Styler, options: Pick<RenderOptions, 'timing'> = { timing: true }): string {
  const lines: string[] = [];
  const size = report.k === 1 ? 'single failures' : `fault sets of up to ${report.k} elements`;
  lines.push(`${style('bold', `spof ${report.design.name}`)} (${report.design.file}): ${size}`);
  for (const b of report.baseline) {
    lines.push(style('red', `with no fault at all, ${b.property} is broken: ${evidence(b.details) || 'see faultline check'}`));
  }
  if (report.rows.length > 0) {
    const setText = report.rows.map((r) => r.faultSet.map((c) => c[0]!.label).join(' + '));
    const w1 = Math.min(60, Math.max(9, ...setText.map((t) => t.length)));
    const w2 = Math.max(6, ...report.rows.flatMap((r) => r.breaks.map((b) => b.property.length)));
    const num = String(report.rows.length).length + 1;
    lines.push('', style('dim', `${pad('#', num)} ${pad('fault set', w1)}  ${pad('breaks', w2)}  evidence`));
    report.rows.forEach((row, i) => {
      row.breaks.forEach((b, j) => {
        const left = j === 0 ? `${pad(String(i + 1), num)} ${pad(setText[i]!, w1)}` : `${pad('', num)} ${pad('', w1)}`;
        lines.push(`${left}  ${style('red', pad(b.property, w2))}  ${evidence(b.details)}`);
      });
      for (const cls of row.faultSet) {
        for (const same of cls.slice(1)) lines.push(style('dim', `${pad('', num)}   = ${same.label}`));
      }
    });
    lines.push('', 'shortest traces (faultline replay ' + report.design.file + ' --path PATH):');
    report.rows.forEach((row, i) => {
      lines.push(`${pad(String(i + 1), num)} --path ${row.trace.path}  ${style('dim', foldRuns(row.trace.steps).join(' → '))}`);
    });
  }
  lines.push('', style(report.rows.length + report.baseline.length > 0 ? 'red' : 'green', spofSummary(report)));
  lines.push(style('dim', `${report.evaluated} of ${report.classSets} class sets evaluated (the rest proved unchanged or already broken by a subset)${options.timing ? ` in ${report.seconds.toFixed(2)} s` : ''}`));
  return `${lines.join('\n')}\n`;
}

/** Runs of one label folded into one (`tick ×13`): a site's traces wait many ticks. */
export function foldRuns(steps: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < steps.length; ) {
    let j = i;
    while (j < steps.length && steps[j] === steps[i]) j++;
    out.push(j - i > 1 ? `${steps[i]} ×${j - i}` : steps[i]!);
    i = j;
  }
  return out;
}
