import type { Trace } from '../core/trace.js';
import { diffTrace, type FieldChange } from '../trace/diff.js';
import { formatValue } from './formatValue.js';
import type { Styler } from './style.js';

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

/**
 * The lines of a trace: the initial state in full, then one numbered line per step (fault
 * steps marked `[fault]`) with only the fields that changed under it. `mark` (a 0-based state
 * index) flags the state where a property fails.
 */
export function traceLines(trace: Pick<Trace<unknown>, 'initialView' | 'steps'>, style: Styler, mark?: number): string[] {
  const lines = ['  initial state'];
  for (const [key, value] of Object.entries(trace.initialView)) lines.push(`       ${key} = ${formatValue(value)}`);
  if (mark === 0) lines.push(style('red', '       ^ fails here'));
  const width = String(trace.steps.length).length;
  for (const step of diffTrace(trace)) {
    const number = String(step.step).padStart(width + 2);
    const label = step.fault ? `${style('bold', step.action)}  ${style('yellow', '[fault]')}` : step.action;
    lines.push(`${number}  ${label}`);
    if (step.changes.length === 0) lines.push(style('dim', '       (no visible change)'));
    for (const change of step.changes) lines.push(`       ${changeLine(change)}`);
    if (mark === step.step) lines.push(style('red', '       ^ fails here'));
  }
  return lines;
}
