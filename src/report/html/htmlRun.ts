/**
 * The HTML of a `check`, `simulate` or `replay` report: the verdict per property, what the
 * run explored (the same words as the text report: states, depth, fault budget, fault kinds
 * explored and left out, the limit that stopped it), and each violation or witness as a
 * step-through on the design's figure.
 */
import type { DesignPicture } from '../../design/picture/designPicture.js';
import { formatPath, type Trace } from '../../core/trace.js';
import { distinctTraces } from '../distinctTraces.js';
import type { RenderOptions, ReplayReport, RunReport } from '../report.js';
import { replayCommand } from '../reproduce.js';
import { plain } from '../style.js';
import { replayVerdictWord, summary, verdictWord } from '../text.js';
import { formatSeconds } from '../traceGroups.js';
import { faultsLine, formatBudget, formatCount, partialShare, statsLine } from '../textStats.js';
import { designFigure } from './designFigure.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTrace, type HtmlTrace } from './htmlTrace.js';
import { shardName } from '../../explore/shardSpec.js';

/** The `<section>` of one run or replay report. */
export function htmlRun(report: RunReport<unknown> | ReplayReport<unknown>, picture: DesignPicture | undefined, kind: string, options: Pick<RenderOptions, 'timing'>): string {
  const figure = designFigure(picture, kind, report.design.name);
  const head = designHead(report.kind === 'run' ? report.command : 'replay', report);
  if (report.kind === 'replay') {
    const rows = report.verdicts.map((v) => [v.property.name, replayVerdictWord(v, plain)] as const);
    const fails = report.verdicts.flatMap((v) => (v.status === 'violated' ? [{ state: v.step, property: v.property.name }] : []));
    const trace = traceOf(report, 'the replayed trace', report.trace, fails);
    return `<section class="report">${head}${verdictTable(rows, 'along this trace')}${htmlTrace(trace, picture, figure)}</section>`;
  }
  const { result } = report;
  if (result.status === 'error') return `<section class="report">${head}<p class="error">error ${escapeHtml(result.error.code)}: ${escapeHtml(result.error.message)}</p></section>`;
  const holds = holdsWord(report);
  const rows = result.verdicts.map((v) => [v.property.name, v.status === 'holds' ? holds : verdictWord(v, plain)] as const);
  const explored = [statsLine(result.stats, report.random, options.timing), ...(report.design.faults ? [faultsLine(result.stats.maxFaults, report.design.faults)] : []), summary(report, result, plain)];
  const violations = distinctTraces(result.verdicts).map(({ trace, broken }) => {
    const names = broken.map((b) => b.verdict.property.name);
    const kinds = [...new Set(broken.map((b) => b.verdict.kind))].join(', ');
    const title = `${names.join(', ')}: violated (${kinds})${names.length > 1 ? ', along one trace' : ''}`;
    const described = broken.flatMap((b) => (b.verdict.property.description ? [`${names.length > 1 ? `${b.verdict.property.name}: ` : ''}${b.verdict.property.description}`] : []));
    const fails = broken.map((b) => ({ state: b.state, property: b.verdict.property.name }));
    return htmlTrace(traceOf(report, title, trace, fails, described.join(' · ')), picture, figure);
  });
  const witnesses = result.verdicts.flatMap((v) => (v.status === 'witnessed' ? [htmlTrace(traceOf(report, `${v.property.name}: witnessed`, v.trace, [], v.property.description), picture, figure)] : []));
  const traces = [...violations, ...witnesses];
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
  const share = partialShare(result.stats);
  if (share) return `holds in shard ${shardName(share)}'s runs only (${budget}; merge every shard for the design's verdict)`;
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

function traceOf(report: RunReport<unknown> | ReplayReport<unknown>, title: string, trace: Trace<unknown>, fails: HtmlTrace['fails'], description?: string): HtmlTrace {
  const tick = report.design.secondsPerTick;
  let clock = 0;
  return {
    title,
    ...(description ? { description } : {}),
    views: [trace.initialView, ...trace.steps.map((s) => s.view)],
    steps: trace.steps.map((s) => {
      const units = s.duration ?? 1;
      clock += units;
      const time = tick === undefined || units === 0 ? undefined : `+${formatSeconds(units * tick)}, t = ${formatSeconds(clock * tick)}`;
      return { action: s.action, fault: s.fault, ...(time === undefined ? {} : { time }) };
    }),
    fails,
    reproduce: replayCommand(report.design.file, formatPath(trace)),
  };
}
