/**
 * The Markdown report, fit to paste as a pull-request comment (GitHub-flavoured tables): a
 * summary table of every design × property, then per distinct counterexample the properties
 * it breaks, its steps as a table (changes only, ticks folded) and the reproduce command.
 * Everything from a design is escaped: names never become markup or HTML.
 */
import type { CheckResult } from '../core/result.js';
import type { Trace } from '../core/trace.js';
import { distinctTraces } from './distinctTraces.js';
import type { SomeReport } from './formats.js';
import { formatValue } from './formatValue.js';
import type { RenderOptions, ReplayReport, RunReport } from './report.js';
import { replayCommand, rerunCommand } from './reproduce.js';
import type { SpofReport } from './spofReport.js';
import { spofSummary } from './spofReport.js';
import { statsLine } from './textStats.js';
import { changeText, groupLabel, groupNumber, groupTime, markText, traceGroups, type TraceMarks } from './traceGroups.js';
import { verdictText } from './verdictText.js';

/**
 * Text safe inside a Markdown table cell or paragraph: no markup, no HTML, no line breaks.
 * Emphasis, code, links (`[`), table pipes and strike-through are escaped, and a leading
 * `#`, `+`, `-`, `=` or `1.` cannot start a heading or a list; parentheses stay as they are
 * (without `[` before them they are plain text).
 */
export function mdText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/^([#+\-=]|\d+\.)/, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Inline code that survives any backticks in it. */
function code(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length)) + 1);
  return `${fence}${text.includes('`') ? ` ${text} ` : text}${fence}`.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function block(text: string): string[] {
  const fence = '`'.repeat(Math.max(3, ...(text.match(/`+/g) ?? []).map((m) => m.length + 1)));
  return [`${fence}sh`, text, fence];
}

function traceTable(trace: Pick<Trace<unknown>, 'initialView' | 'steps'>, marks: TraceMarks | undefined, secondsPerTick: number | undefined): string[] {
  const lines = ['| step | action | what changed |', '|---:|---|---|'];
  const initial = Object.entries(trace.initialView).map(([k, v]) => `${k} = ${formatValue(v)}`);
  lines.push(`| 0 | initial state | <details><summary>${initial.length} fields</summary>${initial.map(mdText).join('<br>')}</details>${cellMark(marks, 0)} |`);
  for (const g of traceGroups(trace, marks)) {
    const time = groupTime(g, secondsPerTick);
    const action = `${g.fault ? '**fault** ' : ''}${code(groupLabel(g))}${time === undefined ? '' : ` (${mdText(time)})`}`;
    const changes = g.changes.length === 0 ? '*no visible change*' : g.changes.map((c) => mdText(changeText(c))).join('<br>');
    lines.push(`| ${groupNumber(g)} | ${action} | ${changes}${cellMark(marks, g.last)} |`);
  }
  return lines;
}

function cellMark(marks: TraceMarks | undefined, state: number): string {
  const text = markText(marks, state);
  return text === undefined ? '' : `<br>**${mdText(text.replace(/^\^ /, '⚠ '))}**`;
}

function runSection(report: RunReport<unknown>, options: RenderOptions): string[] {
  const { design, result } = report;
  const lines = [`## ${mdText(design.name)} — ${code(design.file)}`, ''];
  if (design.description) lines.push(mdText(design.description), '');
  if (result.status === 'error') return [...lines, `**error ${result.error.code}**: ${mdText(result.error.message)}`, ''];
  for (const { path, trace, broken } of distinctTraces(result.verdicts)) {
    const names = broken.map((b) => code(b.verdict.property.name)).join(', ');
    lines.push(`### ${names} violated`, '');
    for (const b of broken) if (b.verdict.property.description) lines.push(`- ${code(b.verdict.property.name)}: ${mdText(b.verdict.property.description)}`);
    const marks = new Map(broken.map((b) => [b.state, broken.filter((o) => o.state === b.state).map((o) => o.verdict.property.name)]));
    lines.push('', ...traceTable(trace, marks, design.secondsPerTick), '', 'Reproduce:', '', ...block(replayCommand(design.file, path)), '');
  }
  if (report.random) lines.push('Rerun the same random walks:', '', ...block(rerunCommand(design.file, report.random.seed, report.random.searched)), '');
  lines.push(`<sub>${mdText(statsLine(result.stats, report.random, options.timing).replace(/^stats: /, ''))}</sub>`, '');
  return lines;
}

function replaySection(report: ReplayReport<unknown>): string[] {
  const first = report.verdicts.find((v) => v.status === 'violated');
  const mark = first?.status === 'violated' ? first.step : undefined;
  return [`## ${mdText(report.design.name)} — replay of ${code(report.design.file)}`, '', ...traceTable(report.trace, mark, report.design.secondsPerTick), ''];
}

function spofSection(report: SpofReport): string[] {
  const lines = [`## ${mdText(report.design.name)} — single points of failure in ${code(report.design.file)}`, ''];
  if (report.rows.length > 0) {
    lines.push('| # | fault set | breaks | evidence | reproduce |', '|---:|---|---|---|---|');
    report.rows.forEach((row, i) => {
      const set = row.faultSet.map((c) => mdText(c.map((e) => e.label).join(' = '))).join(' + ');
      const breaks = row.breaks.map((b) => code(b.property)).join('<br>');
      const evidence = row.breaks.map((b) => b.details.map(mdText).join(', ')).join('<br>');
      lines.push(`| ${i + 1} | ${set} | ${breaks} | ${evidence} | ${code(replayCommand(report.design.file, row.trace.path))} |`);
    });
    lines.push('');
  }
  lines.push(mdText(spofSummary(report)), '');
  return lines;
}

/** The status cell of a summary row. */
function statusCell(text: string): string {
  return /^(violated|unwitnessed|error)/.test(text) ? `❌ ${mdText(text)}` : /^(holds|witnessed)/.test(text) ? `✅ ${mdText(text)}` : `⚠️ ${mdText(text)}`;
}

function summaryRows(report: SomeReport): string[] {
  const design = code(report.design.file);
  if (report.kind === 'spof') {
    return report.properties.map((p) => {
      const n = report.rows.filter((r) => r.breaks.some((b) => b.property === p)).length;
      return `| ${design} | ${code(p)} | ${statusCell(n === 0 ? 'holds under every fault set' : `violated by ${n} fault set${n === 1 ? '' : 's'}`)} |`;
    });
  }
  if (report.kind === 'replay') return report.verdicts.map((v) => `| ${design} | ${code(v.property.name)} | ${statusCell(v.status === 'violated' ? `violated at step ${v.step}` : v.status)} |`);
  const result: CheckResult<unknown> = report.result;
  if (result.status === 'error') return [`| ${design} | — | ${statusCell(`error ${result.error.code}`)} |`];
  return result.verdicts.map((v) => `| ${design} | ${code(v.property.name)} | ${statusCell(verdictText(v))} |`);
}

/** The Markdown format: one summary table for all designs, then a section per design. */
export function renderMarkdownReports(reports: readonly SomeReport[], options: RenderOptions): string {
  const lines = ['# faultline report', '', '| design | property | verdict |', '|---|---|---|', ...reports.flatMap(summaryRows), ''];
  for (const report of reports) {
    if (report.kind === 'spof') lines.push(...spofSection(report));
    else if (report.kind === 'replay') lines.push(...replaySection(report));
    else lines.push(...runSection(report, options));
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
