import type { StateView, ViewValue } from '../core/model.js';
import type { Trace } from '../core/trace.js';
import { valueEquals } from './valueEquals.js';

/** One field that differs between two views. */
export type FieldChange =
  | { readonly kind: 'changed'; readonly key: string; readonly before: ViewValue; readonly after: ViewValue }
  | { readonly kind: 'added'; readonly key: string; readonly after: ViewValue }
  | { readonly kind: 'removed'; readonly key: string; readonly before: ViewValue };

/** The changes of one trace step. */
export interface StepDiff {
  /** 1-based step number, as reports print it. */
  readonly step: number;
  readonly action: string;
  readonly fault: boolean;
  readonly changes: readonly FieldChange[];
}

/**
 * The fields that differ from `before` to `after`: changed and added keys in the order of
 * `after`, then removed keys in the order of `before`. Equal views give an empty list.
 */
export function diffViews(before: StateView, after: StateView): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (!Object.hasOwn(before, key)) {
      changes.push({ kind: 'added', key, after: value });
    } else {
      const old = before[key] as ViewValue;
      if (!valueEquals(old, value)) changes.push({ kind: 'changed', key, before: old, after: value });
    }
  }
  for (const [key, value] of Object.entries(before)) {
    if (!Object.hasOwn(after, key)) changes.push({ kind: 'removed', key, before: value });
  }
  return changes;
}

/** The per-step diffs of a trace: each step against the state before it. */
export function diffTrace(trace: Pick<Trace<unknown>, 'initialView' | 'steps'>): StepDiff[] {
  let previous = trace.initialView;
  return trace.steps.map((step, i) => {
    const changes = diffViews(previous, step.view);
    previous = step.view;
    return { step: i + 1, action: step.action, fault: step.fault, changes };
  });
}
