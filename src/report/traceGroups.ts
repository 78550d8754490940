import type { StateView } from '../core/model.js';
import type { Trace } from '../core/trace.js';
import { diffViews, type FieldChange } from '../trace/diff.js';
import { formatValue } from './formatValue.js';

/** Runs of at least this many identical non-fault steps (timer ticks) show as one row. */
const COLLAPSE_AT = 3;

/** States to flag: one state index, or state indices with the properties failing there. */
export type TraceMarks = number | ReadonlyMap<number, readonly string[]>;

/** Whether state `state` (0 = initial) is marked. */
export function isMarked(marks: TraceMarks | undefined, state: number): boolean {
  return typeof marks === 'number' ? marks === state : marks?.has(state) === true;
}

/** `^ fails here`, or `^ a, b fail here`, for a marked state. */
export function markText(marks: TraceMarks | undefined, state: number): string | undefined {
  if (!isMarked(marks, state)) return undefined;
  if (typeof marks === 'number') return '^ fails here';
  const names = marks!.get(state)!;
  return `^ ${names.join(', ')} ${names.length === 1 ? 'fails' : 'fail'} here`;
}

/** A run of consecutive steps shown together, with what it changed and how long it took. */
export interface TraceGroup {
  /** 1-based, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly action: string;
  readonly fault: boolean;
  readonly changes: readonly FieldChange[];
  /** Model time units the steps take, and the clock after them. */
  readonly units: number;
  readonly clock: number;
}

/** `4` or `4–16`. */
export function groupNumber(group: Pick<TraceGroup, 'first' | 'last'>): string {
  return group.first === group.last ? String(group.first) : `${group.first}–${group.last}`;
}

/** `tick ×13`, or the action. */
export function groupLabel(group: TraceGroup): string {
  return group.first === group.last ? group.action : `${group.action} ×${group.last - group.first + 1}`;
}

/** One change as reports print it: `key: before → after`, `+ key = v`, `- key (was v)`. */
export function changeText(change: FieldChange): string {
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
 * The steps of a trace in groups: one per step, except that three or more identical
 * non-fault steps in a row (timer ticks) form one group with their net changes. A marked
 * state always ends a group.
 */
export function traceGroups(trace: Pick<Trace<unknown>, 'initialView' | 'steps'>, marks?: TraceMarks): TraceGroup[] {
  const steps = trace.steps;
  const viewAt = (n: number): StateView => (n === 0 ? trace.initialView : steps[n - 1]!.view);
  const groups: TraceGroup[] = [];
  let clock = 0;
  let i = 0;
  while (i < steps.length) {
    let j = i;
    const same = (k: number): boolean => !steps[k]!.fault && steps[k]!.action === steps[i]!.action && !isMarked(marks, k + 1);
    if (same(i)) while (j + 1 < steps.length && same(j + 1)) j++;
    if (j - i + 1 < COLLAPSE_AT) j = i;
    const units = steps.slice(i, j + 1).reduce((sum, s) => sum + (s.duration ?? 1), 0);
    clock += units;
    const step = steps[i]!;
    groups.push({ first: i + 1, last: j + 1, action: step.action, fault: step.fault, changes: diffViews(viewAt(i), viewAt(j + 1)), units, clock });
    i = j + 1;
  }
  return groups;
}

/** `0.25 s`, `3 s`, `1.2 s`: seconds with at most three decimals, trailing zeros dropped. */
export function formatSeconds(seconds: number): string {
  return `${Number(seconds.toFixed(3))} s`;
}

/** `+3 s, t = 6.25 s` for a group that takes time in a model whose ticks have a length. */
export function groupTime(group: TraceGroup, secondsPerTick: number | undefined): string | undefined {
  if (secondsPerTick === undefined || group.units === 0) return undefined;
  return `+${formatSeconds(group.units * secondsPerTick)}, t = ${formatSeconds(group.clock * secondsPerTick)}`;
}
