/**
 * The JUnit XML report, as CI test-report readers (GitHub Actions, GitLab, Jenkins) take it:
 * a `<testsuite>` per design and a `<testcase>` per design × property. A violated property is
 * a `<failure>` carrying its trace and reproduce command, an unwitnessed one a failure too, a
 * property the run could not decide is `<skipped>`, a design that could not be checked an
 * `<error>`. For `spof` each minimal fault set that breaks something is a failing test case.
 */
import type { PropertyVerdict } from '../core/result.js';
import { distinctTraces } from './distinctTraces.js';
import type { SomeReport } from './formats.js';
import type { RenderOptions, ReplayReport, RunReport } from './report.js';
import { replayCommand } from './reproduce.js';
import type { SpofReport } from './spofReport.js';
import { plain } from './style.js';
import { traceLines } from './textTrace.js';
import { verdictText } from './verdictText.js';
import { xmlText } from './xmlText.js';

/** One test case: a property of a design, and what became of it. */
interface Case {
  readonly name: string;
  readonly outcome:
    | { readonly kind: 'passed' }
    | { readonly kind: 'failure' | 'error'; readonly type: string; readonly message: string; readonly body: string }
    | { readonly kind: 'skipped'; readonly message: string };
}

function runCases(report: RunReport<unknown>): Case[] {
  const { result, design } = report;
  if (result.status === 'error') {
    return [{ name: 'load and check', outcome: { kind: 'error', type: result.error.code, message: result.error.message, body: result.error.hint ?? '' } }];
  }
  const traces = distinctTraces(result.verdicts);
  return result.verdicts.map((v: PropertyVerdict<unknown>): Case => {
    const name = v.property.name;
    if (v.status === 'violated') {
      const group = traces.find((t) => t.broken.some((b) => b.verdict === v))!;
      const marks = new Map([[group.broken.find((b) => b.verdict === v)!.state, [name]]]);
      const body = [
        ...(v.property.description ? [v.property.description, ''] : []),
        ...traceLines(group.trace, plain, marks, design.secondsPerTick),
        '',
        `reproduce: ${replayCommand(design.file, group.path)}`,
      ].join('\n');
      return { name, outcome: { kind: 'failure', type: v.kind, message: `${name} ${verdictText(v)}`, body } };
    }
    if (v.status === 'unwitnessed') return { name, outcome: { kind: 'failure', type: 'unwitnessed', message: `${name}: ${verdictText(v)}`, body: '' } };
    if (v.status === 'undecided') return { name, outcome: { kind: 'skipped', message: `${name}: ${verdictText(v)}` } };
    return { name, outcome: { kind: 'passed' } };
  });
}

function replayCases(report: ReplayReport<unknown>): Case[] {
  return report.verdicts.map((v) =>
    v.status === 'violated'
      ? { name: v.property.name, outcome: { kind: 'failure', type: 'replay', message: `${v.property.name} fails at step ${v.step} of the replayed trace`, body: traceLines(report.trace, plain, v.step, report.design.secondsPerTick).join('\n') } }
      : { name: v.property.name, outcome: { kind: 'passed' } },
  );
}

/**
 * A `spof` sweep: broken with no fault at all is an error; each minimal fault set that breaks
 * something is a failing test case (what it breaks, the evidence, its steps and reproduce
 * command); that no other minimal fault set breaks anything is one passing test case
 * (skipped when the sweep stopped early).
 */
function spofCases(report: SpofReport): Case[] {
  const cases: Case[] = [];
  if (report.baseline.length > 0) {
    const body = report.baseline.map((b) => `${b.property}: ${b.details.join(', ')}`).join('\n');
    cases.push({ name: 'no fault at all', outcome: { kind: 'error', type: 'baseline', message: `already broken with no fault: ${report.baseline.map((b) => b.property).join(', ')}`, body } });
  }
  for (const row of report.rows) {
    const set = row.faultSet.map((c) => c[0]!.label).join(' + ');
    const same = row.faultSet.filter((c) => c.length > 1).map((c) => `${c[0]!.label} has the same effect as ${c.slice(1).map((e) => e.label).join(', ')}`);
    const body = [
      ...row.breaks.map((b) => `${b.property}: ${b.details.join(', ')}`),
      ...same,
      '',
      ...row.trace.steps.map((label, i) => `  ${i + 1}. ${label}`),
      '',
      `reproduce: ${replayCommand(report.design.file, row.trace.path)}`,
    ].join('\n');
    cases.push({ name: `fault set ${set}`, outcome: { kind: 'failure', type: 'spof', message: `${set} breaks ${row.breaks.map((b) => b.property).join(', ')}`, body } });
  }
  const name = `no other minimal fault set breaks anything (${report.faultSets} fault set${report.faultSets === 1 ? '' : 's'} of up to ${report.k} checked)`;
  cases.push(report.complete ? { name, outcome: { kind: 'passed' } } : { name, outcome: { kind: 'skipped', message: 'the sweep stopped at --timeout before checking every fault set' } });
  return cases;
}

function casesOf(report: SomeReport): Case[] {
  if (report.kind === 'spof') return spofCases(report);
  return report.kind === 'replay' ? replayCases(report) : runCases(report);
}

function secondsOf(report: SomeReport): number | undefined {
  if (report.kind === 'spof') return report.seconds;
  return report.kind === 'run' && report.result.status !== 'error' ? report.result.stats.seconds : undefined;
}

function caseXml(c: Case, suite: string, file: string): string[] {
  const open = `    <testcase classname="${xmlText(suite)}" name="${xmlText(c.name)}" file="${xmlText(file)}"`;
  const o = c.outcome;
  if (o.kind === 'passed') return [`${open}/>`];
  if (o.kind === 'skipped') return [`${open}>`, `      <skipped message="${xmlText(o.message)}"/>`, '    </testcase>'];
  return [`${open}>`, `      <${o.kind} type="${xmlText(o.type)}" message="${xmlText(o.message)}">${xmlText(o.body)}</${o.kind}>`, '    </testcase>'];
}

/** The JUnit format: one `<testsuites>` document with a suite per design. */
export function renderJunitReports(reports: readonly SomeReport[], options: RenderOptions): string {
  const count = (cases: readonly Case[], kind: Case['outcome']['kind']): number => cases.filter((c) => c.outcome.kind === kind).length;
  const suites = reports.map((report) => ({ report, cases: casesOf(report) }));
  const all = suites.flatMap((s) => s.cases);
  const totals = `tests="${all.length}" failures="${count(all, 'failure')}" errors="${count(all, 'error')}" skipped="${count(all, 'skipped')}"`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="faultline" ${totals}>`];
  for (const { report, cases } of suites) {
    const seconds = secondsOf(report);
    const time = options.timing && seconds !== undefined ? ` time="${seconds.toFixed(3)}"` : '';
    const name = report.design.name;
    const figures = `tests="${cases.length}" failures="${count(cases, 'failure')}" errors="${count(cases, 'error')}" skipped="${count(cases, 'skipped')}"`;
    lines.push(`  <testsuite name="${xmlText(name)}" ${figures}${time} file="${xmlText(report.design.file)}">`);
    for (const c of cases) lines.push(...caseXml(c, name, report.design.file));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
