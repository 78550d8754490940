import type { StateView } from '../core/model.js';
import type { Trace } from '../core/trace.js';
import { diffViews, type FieldChange } from '../trace/diff.js';
import { formatValue } from './formatValue.js';
import type { Styler } from './style.js';

/** Runs of at least this many identical non-fault steps (timer ticks) print as one line. */
const COLLAPSE_AT = 3;

function changeLine(change: FieldChange): string {
  switch (change.kind) {
    case 'changed':
      return `${change.key}: ${formatValue(change.before)} → ${formatValue(change.after)}`;
    case 'added':
      return `+ ${change.key} = ${formatValue(change.after)}`;
    case 'removed':
      return `- ${change.key} (was ${formatValue(change.before)})`;
  }
}

/** A run of consecutive steps printed together: `first..last` (1-based, inclusive). */
interface Group {
  readonly first: number;
  readonly last: number;
}

function groupsOf(trace: Pick<Trace<unknown>, 'steps'>, mark: number | undefined): Group[] {
  const groups: Group[] = [];
  const steps = trace.steps;
  let i = 0;
  while (i < steps.length) {
    let j = i;
    const same = (k: number): boolean =>
      !steps[k]!.fault && steps[k]!.action === steps[i]!.action && k + 1 !== mark && k < steps.length;
    if (same(i)) while (j + 1 < steps.length && same(j + 1)) j++;
    if (j - i + 1 < COLLAPSE_AT) j = i;
    groups.push({ first: i + 1, last: j + 1 });
    i = j + 1;
  }
  return groups;
}

/**
 * The lines of a trace: the initial state in full, then one numbered line per step (fault
 * steps marked `[fault]`) with only the fields that changed under it. Runs of three or more
 * identical non-fault steps (ticks) print as one line, `4–16  tick ×13`, with their net
 * changes. `mark` (a 0-based state index) flags the state where a property fails.
 */
export function traceLines(trace: Pick<Trace<unknown>, 'initialView' | 'steps'>, style: Styler, mark?: number): string[] {
  const groups = groupsOf(trace, mark);
  const numberOf = (g: Group): string => (g.first === g.last ? String(g.first) : `${g.first}–${g.last}`);
  const width = Math.max(1, ...groups.map((g) => numberOf(g).length)) + 2;
  const pad = ' '.repeat(width + 4);
  const lines = ['  initial state'];
  for (const [key, value] of Object.entries(trace.initialView)) lines.push(`${pad}${key} = ${formatValue(value)}`);
  if (mark === 0) lines.push(style('red', `${pad}^ fails here`));
  const viewAt = (n: number): StateView => (n === 0 ? trace.initialView : trace.steps[n - 1]!.view);
  for (const group of groups) {
    const { first, last } = group;
    const step = trace.steps[first - 1]!;
    const changes = diffViews(viewAt(first - 1), viewAt(last));
    if (first === last) {
      const label = step.fault ? `${style('bold', step.action)}  ${style('yellow', '[fault]')}` : step.action;
      lines.push(`${numberOf(group).padStart(width)}  ${label}`);
    } else {
      lines.push(`${numberOf(group).padStart(width)}  ${step.action} ×${last - first + 1}`);
    }
    if (changes.length === 0) lines.push(style('dim', `${pad}(no visible change)`));
    for (const change of changes) lines.push(`${pad}${changeLine(change)}`);
    if (mark === last) lines.push(style('red', `${pad}^ fails here`));
  }
  return lines;
}
