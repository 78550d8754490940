/**
 * The HTML of a `spof` report: the sweep's figures, the design's figure, and every fault set
 * that breaks something as a row; choosing a row marks its elements on the figure.
 */
import type { DesignPicture } from '../../design/picture/designPicture.js';
import { replayCommand } from '../reproduce.js';
import { spofSummary, type SpofReport } from '../spofReport.js';
import { designFigure } from './designFigure.js';
import { escapeHtml } from './escapeHtml.js';

/**
 * The marks of one row: each class's first member as the fault it is (the one its trace
 * injects), the other members of the class as `alike` (any one of them has the same effect).
 */
function rowMarks(picture: DesignPicture, faultSet: SpofReport['rows'][number]['faultSet']): [string, string][] {
  const chosen = picture.faultMarks(faultSet.map((members) => members[0]!.id));
  const alike = picture.faultMarks(faultSet.flatMap((members) => members.slice(1).map((m) => m.id)));
  const seen = new Set(chosen.map((m) => m.element));
  return [...chosen.map((m): [string, string] => [m.element, m.mark]), ...alike.filter((m) => !seen.has(m.element)).map((m): [string, string] => [m.element, 'alike'])];
}

/** The `<section>` of a spof report. */
export function htmlSpof(report: SpofReport, picture: DesignPicture | undefined, kind: string): string {
  const d = report.design;
  const head = `<h2>faultline spof <code>${escapeHtml(d.file)}</code>: design “${escapeHtml(d.name)}”</h2>${d.description ? `<p class="describe">${escapeHtml(d.description)}</p>` : ''}`;
  const scope = `<div class="explored"><p>every fault set of up to ${report.k} element${report.k === 1 ? '' : 's'}, minimal sets only</p><p>${escapeHtml(spofSummary(report))}</p></div>`;
  const baseline = report.baseline.length > 0 ? `<p class="error">broken with no fault at all: ${escapeHtml(report.baseline.map((b) => `${b.property} (${b.details.join(', ')})`).join('; '))}</p>` : '';
  const rows = report.rows.map((row, i) => {
    const marks = picture ? rowMarks(picture, row.faultSet) : [];
    const set = row.faultSet.map((members) => {
      const [first, ...same] = members;
      const alike = same.length > 0 ? `<br><span class="same">same effect: ${escapeHtml(same.map((m) => m.label).join('; '))}</span>` : '';
      return `${escapeHtml(first!.label)}${alike}`;
    });
    const breaks = row.breaks.map((b) => `<b>${escapeHtml(b.property)}</b> ${escapeHtml(b.details.join(', '))}`);
    return `<tr class="faultset" data-marks="${escapeHtml(JSON.stringify(marks))}"><td><button type="button" class="show" aria-label="show fault set ${i + 1} on the picture">${i + 1}</button></td><td>${set.join('<br>+ ')}</td><td>${breaks.join('<br>')}</td><td><code>${escapeHtml(replayCommand(d.file, row.trace.path))}</code></td></tr>`;
  });
  const table = rows.length > 0 ? `<table class="spof"><caption>fault sets that break something (choose one to mark it on the picture)</caption><tr><th>#</th><th>fault set</th><th>breaks</th><th>reproduce</th></tr>${rows.join('')}</table>` : '<p class="good">no fault set breaks anything</p>';
  return `<section class="report spofreport">${head}${scope}${baseline}<div class="stepper">${designFigure(picture, kind, d.name)}${table}</div></section>`;
}
