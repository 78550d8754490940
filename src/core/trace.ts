import type { StateView } from './model.js';

/** One step of a counterexample or witness. */
export interface TraceStep<S> {
  /** Index of the chosen successor among the state's enabled successors (path element). */
  readonly choice: number;
  /** Human-readable action label, e.g. `crash(r1)`. */
  readonly action: string;
  /** The action object (object-level models) or instance number (packed models). */
  readonly actionValue: unknown;
  /** True when the step is a fault. */
  readonly fault: boolean;
  /** Time units the step takes (`Model.duration`); absent means 1. */
  readonly duration?: number;
  /** The state after the step. */
  readonly state: S;
  readonly view: StateView;
}

/** A replayable path from an initial state. */
export interface Trace<S> {
  /** Index of the initial state among `initialStates()`. */
  readonly initialIndex: number;
  readonly initial: S;
  readonly initialView: StateView;
  readonly steps: readonly TraceStep<S>[];
}

/** `0/2/1/3`: initial-state index, then the successor index at each step. */
export function formatPath(trace: Pick<Trace<unknown>, 'initialIndex' | 'steps'>): string {
  return [trace.initialIndex, ...trace.steps.map((s) => s.choice)].join('/');
}

/** Parses `0/2/1/3` into numbers; throws RangeError on anything else. */
export function parsePath(text: string): number[] {
  const trimmed = text.trim();
  if (!/^\d+(\/\d+)*$/.test(trimmed)) {
    throw new RangeError(`not a path: "${text}" (expected numbers separated by '/', e.g. 0/2/1)`);
  }
  return trimmed.split('/').map(Number);
}
