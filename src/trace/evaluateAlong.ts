import type { EngineModel } from '../core/model.js';
import type { Property } from '../core/property.js';
import { PropertyMonitor } from '../core/propertyMonitor.js';
import { enumerableOf } from '../core/enumerable.js';
import type { Trace } from '../core/trace.js';

/** What one property says about one trace, state by state. */
export type TraceVerdict<S> =
  | { readonly status: 'holds'; readonly property: Property<S> }
  /**
   * `always` false, or a `within` deadline passed (or time cannot pass while it is pending),
   * at state `step` (0 = the initial state).
   */
  | { readonly status: 'violated'; readonly property: Property<S>; readonly step: number }
  /** `sometimes` true at state `step`. */
  | { readonly status: 'witnessed'; readonly property: Property<S>; readonly step: number }
  | { readonly status: 'unwitnessed'; readonly property: Property<S> }
  /** A `within` obligation is still open at the end of the trace. */
  | { readonly status: 'pending'; readonly property: Property<S>; readonly elapsed: number };

/** How to read a trace: the fault budget that limited it (default: unbounded). */
export interface EvaluateOptions {
  readonly maxFaults?: number;
}

/**
 * Evaluates each property on the states of one trace (for `faultline replay`) with the
 * {@link PropertyMonitor} that `simulate` runs and whose rules `check` keeps in its state
 * keys, so a replayed counterexample fails exactly where the search said. Each state's
 * successors are enumerated too: a state where time cannot pass while a `within` obligation
 * is open violates it there, as in the search.
 */
export function evaluateAlong<S>(
  model: EngineModel<S>,
  properties: readonly Property<NoInfer<S>>[],
  trace: Trace<S>,
  options: EvaluateOptions = {},
): TraceVerdict<S>[] {
  const maxFaults = options.maxFaults ?? Infinity;
  const states = [trace.initial, ...trace.steps.map((s) => s.state)];
  const seam = enumerableOf(model);
  const successors = states.map((state) => seam.successors(state));
  const gates = successors.map((all, i) => {
    const nonFaults = all.filter((s) => !s.fault).length;
    const faultsBefore = trace.steps.slice(0, i).filter((s) => s.fault).length;
    return { nonFaults, allowed: faultsBefore < maxFaults ? all.length : nonFaults };
  });
  const durations = trace.steps.map((step, i) => successors[i]![step.choice]?.duration ?? 1);
  return properties.map((property, index): TraceVerdict<S> => {
    if (property.kind === 'sometimes') {
      const step = states.findIndex((s) => property.holds(s));
      return step < 0 ? { status: 'unwitnessed', property } : { status: 'witnessed', property, step };
    }
    const monitor = new PropertyMonitor(properties, { checked: [index], deadlocks: false, watched: [] });
    let found = monitor.begin(states[0]!);
    let step = 0;
    while (found === null) {
      const gate = gates[step]!;
      found = monitor.beforeStep(gate.allowed, gate.nonFaults);
      if (found !== null || step === trace.steps.length) break;
      const taken = trace.steps[step]!;
      step++;
      found = monitor.afterStep(taken.state, taken.fault, durations[step - 1]!);
    }
    if (found !== null) return { status: 'violated', property, step };
    const elapsed = monitor.pendingElapsed(index);
    return elapsed === undefined ? { status: 'holds', property } : { status: 'pending', property, elapsed };
  });
}
