/**
 * The HTML of a `check`, `simulate` or `replay` report: the verdict per property, what the
 * run explored (the same words as the text report: states, depth, fault budget, fault kinds
 * explored and left out, the limit that stopped it), and each violation or witness as a
 * step-through on the design's figure.
 */
import type { DesignPicture } from '../../design/picture/designPicture.js';
import { formatPath, type Trace } from '../../core/trace.js';
import type { ReplayReport, RunReport } from '../report.js';
import { replayCommand } from '../reproduce.js';
import { plain } from '../style.js';
import { replayVerdictWord, summary, verdictWord } from '../text.js';
import { faultsLine, formatBudget, formatCount, statsLine } from '../textStats.js';
import { designFigure } from './designFigure.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTrace, type HtmlTrace } from './htmlTrace.js';

/** The `<section>` of one run or replay report. */
export function htmlRun(report: RunReport<unknown> | ReplayReport<unknown>, picture: DesignPicture | undefined, kind: string): string {
  const figure = designFigure(picture, kind, report.design.name);
  const head = designHead(report.kind === 'run' ? report.command : 'replay', report);
  if (report.kind === 'replay') {
    const rows = report.verdicts.map((v) => [v.property.name, replayVerdictWord(v, plain)] as const);
    const fails = report.verdicts.flatMap((v) => (v.status === 'violated' ? [{ state: v.step, property: v.property.name }] : []));
    const trace = traceOf(report.design.file, 'the replayed trace', report.trace, fails);
    return `<section class="report">${head}${verdictTable(rows, 'along this trace')}${htmlTrace(trace, picture, figure)}</section>`;
  }
  const { result } = report;
  if (result.status === 'error') return `<section class="report">${head}<p class="error">error ${escapeHtml(result.error.code)}: ${escapeHtml(result.error.message)}</p></section>`;
  const holds = holdsWord(report);
  const rows = result.verdicts.map((v) => [v.property.name, v.status === 'holds' ? holds : verdictWord(v, plain)] as const);
  const explored = [statsLine(result.stats, report.random), ...(report.design.faults ? [faultsLine(result.stats.maxFaults, report.design.faults)] : []), summary(report, result, plain)];
  const traces = result.verdicts.flatMap((v) => {
    if (v.status !== 'violated' && v.status !== 'witnessed') return [];
    const title = v.status === 'violated' ? `${v.property.name}: violated (${v.kind})` : `${v.property.name}: witnessed`;
    const fails = v.status === 'violated' ? [{ state: v.trace.steps.length, property: v.property.name }] : [];
    const trace = traceOf(report.design.file, title, v.trace, fails, v.property.description);
    return [htmlTrace(trace, picture, figure)];
  });
  const seed = report.random ? `<p>seed ${report.random.seed}</p>` : '';
  const body = traces.length > 0 ? traces.join('') : `<h3>the design</h3>${figure}`;
  return `<section class="report">${head}${seed}${verdictTable(rows, 'verdicts')}<div class="explored">${explored.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>${body}</section>`;
}

/**
 * What "holds" means in this run, never more than was searched: random walks prove nothing,
 * a depth bound or a fault budget bounds the claim.
 */
function holdsWord(report: RunReport<unknown>): string {
  const { result } = report;
  if (result.status === 'error') return 'holds';
  const budget = formatBudget(result.stats.maxFaults);
  if (report.random) return `not violated in ${formatCount(report.random.runs)} random walks (${budget}; random walks prove nothing)`;
  if (result.status === 'pass' && !result.bounds.exhaustive) return `holds within the depth bound (${budget}, depth ${result.bounds.maxDepth})`;
  return `holds (every reachable state, ${budget})`;
}

function designHead(command: string, report: RunReport<unknown> | ReplayReport<unknown>): string {
  const d = report.design;
  const description = d.description ? `<p class="describe">${escapeHtml(d.description)}</p>` : '';
  return `<h2>faultline ${escapeHtml(command)} <code>${escapeHtml(d.file)}</code>: design “${escapeHtml(d.name)}”</h2>${description}`;
}

function verdictTable(rows: readonly (readonly [string, string])[], caption: string): string {
  const body = rows.map(([name, word]) => `<tr class="${/VIOLATED|UNWITNESSED/.test(word) ? 'bad' : /undecided|pending|random walks/.test(word) ? 'open' : 'good'}"><th>${escapeHtml(name)}</th><td>${escapeHtml(word)}</td></tr>`);
  return `<table class="verdicts"><caption>${escapeHtml(caption)}</caption>${body.join('')}</table>`;
}

function traceOf(file: string, title: string, trace: Trace<unknown>, fails: HtmlTrace['fails'], description?: string): HtmlTrace {
  return {
    title,
    ...(description ? { description } : {}),
    views: [trace.initialView, ...trace.steps.map((s) => s.view)],
    steps: trace.steps.map((s) => ({ action: s.action, fault: s.fault })),
    fails,
    reproduce: replayCommand(file, formatPath(trace)),
  };
}
