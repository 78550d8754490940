import type { Trace } from '../core/trace.js';
import { formatValue } from './formatValue.js';
import type { Styler } from './style.js';
import { changeText, groupLabel, groupNumber, groupTime, markText, traceGroups, type TraceMarks } from './traceGroups.js';

export type { TraceMarks } from './traceGroups.js';

/**
 * The lines of a trace: the initial state in full, then one numbered line per step (fault
 * steps marked `[fault]`) with only the fields that changed under it. Runs of three or more
 * identical non-fault steps (ticks) print as one line, `4–16  tick ×13`, with their net
 * changes. `mark` (a 0-based state index, or indices with property names) flags the state
 * where a property fails. With `secondsPerTick`, steps that take time also say how long and
 * when: `(+3 s, t = 6.25 s)`.
 */
export function traceLines(trace: Pick<Trace<unknown>, 'initialView' | 'steps'>, style: Styler, mark?: TraceMarks, secondsPerTick?: number): string[] {
  const groups = traceGroups(trace, mark);
  const width = Math.max(1, ...groups.map((g) => groupNumber(g).length)) + 2;
  const pad = ' '.repeat(width + 4);
  const lines = ['  initial state'];
  for (const [key, value] of Object.entries(trace.initialView)) lines.push(`${pad}${key} = ${formatValue(value)}`);
  const atStart = markText(mark, 0);
  if (atStart) lines.push(style('red', `${pad}${atStart}`));
  for (const group of groups) {
    const time = groupTime(group, secondsPerTick);
    const suffix = time === undefined ? '' : style('dim', `  (${time})`);
    const label = group.fault ? `${style('bold', group.action)}  ${style('yellow', '[fault]')}` : groupLabel(group);
    lines.push(`${groupNumber(group).padStart(width)}  ${label}${suffix}`);
    if (group.changes.length === 0) lines.push(style('dim', `${pad}(no visible change)`));
    for (const change of group.changes) lines.push(`${pad}${changeText(change)}`);
    const here = markText(mark, group.last);
    if (here) lines.push(style('red', `${pad}${here}`));
  }
  return lines;
}
