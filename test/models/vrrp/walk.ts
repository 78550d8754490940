/**
 * Test helper: follows a path written as action labels, e.g. `['tick*13', 'downTimer(r1)']`.
 * `~n` lets n ticks pass while every MASTER sends its adverts as they fall due.
 */
import type { Model } from '../../../src/core/model.js';
import { initialStatesOf, successorsOf } from '../../../src/core/successors.js';

/** Expands `tick*3` into three `tick` labels. */
export function expand(labels: readonly string[]): string[] {
  return labels.flatMap((label) => {
    const m = /^(.*)\*(\d+)$/.exec(label);
    return m ? new Array<string>(Number(m[2])).fill(m[1]!) : [label];
  });
}

/** The state reached from the first initial state by the labelled steps; throws on a disabled step. */
export function walk<S>(model: Model<S, any>, labels: readonly string[], from?: S): S {
  let state: S = from ?? initialStatesOf(model)[0]!;
  const take = (label: string, i: number): void => {
    const succs = successorsOf(model, state);
    const next = succs.find((s) => s.label === label);
    if (!next) throw new Error(`step ${i + 1}: ${label} is not enabled; enabled: ${succs.map((s) => s.label).join(', ')}`);
    state = next.state;
  };
  const flushAdverts = (i: number): void => {
    for (let due = dueAdvert(); due; due = dueAdvert()) take(due, i);
  };
  const dueAdvert = (): string | undefined => successorsOf(model, state).find((s) => s.label.startsWith('advert('))?.label;
  expand(labels).forEach((label, i) => {
    const elapse = /^~(\d+)$/.exec(label);
    if (!elapse) return take(label, i);
    flushAdverts(i);
    for (let t = 0; t < Number(elapse[1]); t++) {
      take('tick', i);
      flushAdverts(i);
    }
  });
  return state;
}

/** Labels of the successors enabled in `state`. */
export function enabled<S>(model: Model<S, any>, state: S): string[] {
  return successorsOf(model, state).map((s) => s.label);
}
