/**
 * The matchers, as plain functions from a received value to `{ pass, message }` (the shape
 * `expect.extend` wants). A failing matcher prints the property, its verdict, the short trace
 * and the command that reproduces it, as fast-check prints its seed and path.
 */
import { replayCommand, shellQuote } from '../report/reproduce.js';
import type { SpofReport } from '../report/spofReport.js';
import { runSubject, type RunSubject, type SubjectVerdict } from './runSubject.js';
import { shortTrace } from './shortTrace.js';

/** What a matcher returns. */
export interface MatcherOutcome {
  readonly pass: boolean;
  message(): string;
}

const GOOD = new Set(['holds', 'witnessed']);
const BAD = new Set(['violated', 'unwitnessed']);

function notARun(received: unknown, matcher: string): MatcherOutcome {
  const what = received === null ? 'null' : typeof received;
  return { pass: false, message: () => `${matcher} expects the result of check, simulate or replay (or of checkModel / simulateModel), got ${what}` };
}

function details(subject: RunSubject, v: SubjectVerdict): string[] {
  const lines = [`  ${v.name}  ${v.summary}`];
  if (v.description !== undefined) lines.push(`  ${v.description}`);
  if (v.trace !== undefined) lines.push('', ...shortTrace(v.trace, v.mark).map((l) => `  ${l}`), '', `  reproduce: ${subject.reproduce(v.trace)}`);
  return lines;
}

function rerunLine(subject: RunSubject): string[] {
  return subject.rerun === undefined ? [] : ['', `  rerun: ${subject.rerun}`];
}

function table(subject: RunSubject): string[] {
  const width = Math.max(8, ...subject.verdicts.map((v) => v.name.length));
  return subject.verdicts.map((v) => `  ${v.name.padEnd(width)}  ${v.summary}`);
}

function unknownProperty(subject: RunSubject, name: string, matcher: string): MatcherOutcome {
  const names = subject.verdicts.map((v) => v.name).join(', ') || '(none)';
  return { pass: false, message: () => `${matcher}: the run checked no property "${name}"; it checked: ${names}${subject.problem ? `\n${subject.problem}` : ''}` };
}

/**
 * One property holds (or its witness was found); without a name, every property does. A run
 * that stopped early or failed does not hold.
 */
export function toHold(received: unknown, name?: string): MatcherOutcome {
  const subject = runSubject(received);
  if (subject === undefined) return notARun(received, 'toHold');
  if (name !== undefined) {
    const v = subject.verdicts.find((x) => x.name === name);
    if (v === undefined) return unknownProperty(subject, name, 'toHold');
    const pass = GOOD.has(v.status);
    return {
      pass,
      message: () =>
        pass
          ? [`expected ${name} not to hold, but it ${v.summary}`, ...details(subject, v), ...rerunLine(subject)].join('\n')
          : [`expected ${name} to hold, but it is ${v.summary}`, ...details(subject, v), ...rerunLine(subject)].join('\n'),
    };
  }
  const failing = subject.verdicts.filter((v) => !GOOD.has(v.status));
  const pass = failing.length === 0 && subject.problem === undefined && subject.verdicts.length > 0;
  return {
    pass,
    message: () =>
      pass
        ? ['expected some property not to hold, but every one does', ...table(subject), ...rerunLine(subject)].join('\n')
        : [
            `expected every property to hold, but ${failing.length} of ${subject.verdicts.length} do not${subject.problem ? ` (${subject.problem})` : ''}`,
            ...table(subject),
            ...failing.flatMap((v) => ['', ...details(subject, v)]),
            ...rerunLine(subject),
          ].join('\n'),
  };
}

/**
 * One property is violated (an invariant or deadline broken, or a `sometimes` goal without a
 * witness); without a name, at least one property is.
 */
export function toBeViolated(received: unknown, name?: string): MatcherOutcome {
  const subject = runSubject(received);
  if (subject === undefined) return notARun(received, 'toBeViolated');
  const chosen = name === undefined ? subject.verdicts : subject.verdicts.filter((v) => v.name === name);
  if (name !== undefined && chosen.length === 0) return unknownProperty(subject, name, 'toBeViolated');
  const violated = chosen.filter((v) => BAD.has(v.status));
  const pass = violated.length > 0;
  const what = name ?? 'some property';
  return {
    pass,
    message: () =>
      pass
        ? [`expected ${what} not to be violated, but it is`, ...violated.flatMap((v) => ['', ...details(subject, v)]), ...rerunLine(subject)].join('\n')
        : [`expected ${what} to be violated, but ${name === undefined ? 'none is' : `it ${chosen[0]!.summary}`}${subject.problem ? ` (${subject.problem})` : ''}`, ...table(subject), ...rerunLine(subject)].join('\n'),
  };
}

/** A `sometimes` property found its witness. */
export function toBeWitnessed(received: unknown, name: string): MatcherOutcome {
  const subject = runSubject(received);
  if (subject === undefined) return notARun(received, 'toBeWitnessed');
  const v = subject.verdicts.find((x) => x.name === name);
  if (v === undefined) return unknownProperty(subject, name, 'toBeWitnessed');
  const pass = v.status === 'witnessed';
  return {
    pass,
    message: () => [`expected ${name} ${pass ? 'not ' : ''}to be witnessed, but it is ${v.summary}`, ...details(subject, v), ...rerunLine(subject)].join('\n'),
  };
}

/** A `spof` sweep found no fault set that breaks anything (and nothing broken without faults). */
export function toBreakNothing(received: unknown): MatcherOutcome {
  const report = received as Partial<SpofReport>;
  if (!Array.isArray(report?.rows) || !Array.isArray(report.baseline)) {
    return { pass: false, message: () => 'toBreakNothing expects the report of spof(design)' };
  }
  const { rows, baseline } = report as SpofReport;
  const pass = rows.length === 0 && baseline.length === 0;
  const file = report.design?.file ?? 'design.yaml';
  const lines = rows.map((row, i) => {
    const set = row.faultSet.map((members) => members[0]!.label).join(' + ');
    const breaks = row.breaks.map((b) => `${b.property} (${b.details.slice(0, 2).join(', ')}${b.details.length > 2 ? `, +${b.details.length - 2} more` : ''})`).join('; ');
    return `  ${i + 1}  ${set}  breaks ${breaks}\n       reproduce: ${replayCommand(file, row.trace.path)}`;
  });
  const base = baseline.map((b) => `  with no fault at all: ${b.property} (${b.details.slice(0, 2).join(', ')})`);
  return {
    pass,
    message: () =>
      pass
        ? `expected some fault set of up to ${report.k} element(s) to break something, but none of ${report.faultSets} does`
        : [`expected no fault set of up to ${report.k} element(s) to break anything, but ${rows.length} do${rows.length === 1 ? 'es' : ''}`, ...base, ...lines, '', `  rerun: faultline spof ${shellQuote(file)}${report.k === 1 ? '' : ` --k ${report.k}`}`].join('\n'),
  };
}
