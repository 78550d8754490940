/**
 * One exhaustive measurement: the engine's `check` on the packed model, then (when asked)
 * the naive BFS on the object twin, both against the reference counts.
 */
import { check } from '../src/explore/check.js';
import { benchModels, type BenchModelName } from '../models/bench/index.js';
import { naiveBfs } from './naiveBfs.js';
import { referenceRow } from './reference.js';
import { spinBfs, type SpinSource } from './spin/spinBfs.js';
import { naiveTwins } from './twins/index.js';

/** The JSON line printed for one model and N. */
export interface ExhaustiveLine {
  readonly model: BenchModelName;
  readonly n: number;
  /** `pass` expected: the Ok invariant holds. */
  readonly status: string;
  readonly states: number;
  readonly transitions: number;
  readonly depth: number;
  readonly seconds: number;
  readonly statesPerSecond: number;
  readonly bytesPerState: number;
  readonly naiveStates: number | null;
  readonly naiveTransitions: number | null;
  readonly naiveSeconds: number | null;
  readonly naiveStatesPerSecond: number | null;
  /** Engine states per second over naive states per second, measured in this run. */
  readonly speedup: number | null;
  readonly expectedStates: number | null;
  readonly expectedTransitions: number | null;
  /**
   * Engine (and naive, when run) counts equal the reference; null when the table has no row.
   * False also when the engine did not pass.
   */
  readonly countsMatch: boolean | null;
  /** SPIN's BFS seconds on this row, and where the figure comes from (bench/spin/spinBfs.ts); null: no figure. */
  readonly spinSeconds: number | null;
  readonly spinSource: SpinSource | null;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/** Runs the engine and, if `naive`, the naive BFS on `model`-`n`. */
export function measureExhaustive(model: BenchModelName, n: number, naive: boolean): ExhaustiveLine {
  const ref = referenceRow(model, n);
  const engine = (() => {
    const bench = benchModels[model](n);
    const result = check(bench.model, [bench.ok], {});
    if (result.status === 'error') {
      return { status: `error ${result.error.code}: ${result.error.message}`, states: 0, transitions: 0, depth: 0, seconds: 0, statesPerSecond: 0, bytesPerState: 0 };
    }
    const { states, transitions, depth, seconds, statesPerSecond, bytesPerState } = result.stats;
    return { status: result.status, states, transitions, depth, seconds, statesPerSecond, bytesPerState };
  })();
  const slow = naive
    ? (() => {
        const twin = naiveTwins[model](n);
        return naiveBfs(twin, (s) => twin.ok(s));
      })()
    : undefined;

  const spin = spinBfs(model, n);
  const matches = (states: number, transitions: number): boolean =>
    ref !== undefined && states === ref.states && transitions === ref.transitions;
  const countsMatch =
    ref === undefined
      ? null
      : engine.status === 'pass' &&
        matches(engine.states, engine.transitions) &&
        (slow === undefined || (slow.violation === undefined && matches(slow.states, slow.transitions)));

  return {
    model,
    n,
    status: engine.status,
    states: engine.states,
    transitions: engine.transitions,
    depth: engine.depth,
    seconds: round(engine.seconds, 3),
    statesPerSecond: Math.round(engine.statesPerSecond),
    bytesPerState: round(engine.bytesPerState, 1),
    naiveStates: slow?.states ?? null,
    naiveTransitions: slow?.transitions ?? null,
    naiveSeconds: slow ? round(slow.seconds, 3) : null,
    naiveStatesPerSecond: slow ? Math.round(slow.statesPerSecond) : null,
    speedup: slow ? round(engine.statesPerSecond / slow.statesPerSecond, 2) : null,
    expectedStates: ref?.states ?? null,
    expectedTransitions: ref?.transitions ?? null,
    countsMatch,
    spinSeconds: spin?.seconds ?? null,
    spinSource: spin?.source ?? null,
  };
}
