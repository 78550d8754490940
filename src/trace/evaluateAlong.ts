import { isPackedModel, type Model, type PackedModel } from '../core/model.js';
import type { Property } from '../core/property.js';
import type { Trace } from '../core/trace.js';

/** What one property says about one trace, state by state. */
export type TraceVerdict<S> =
  | { readonly status: 'holds'; readonly property: Property<S> }
  /** `always` false, or a `within` deadline passed, at state `step` (0 = the initial state). */
  | { readonly status: 'violated'; readonly property: Property<S>; readonly step: number }
  /** `sometimes` true at state `step`. */
  | { readonly status: 'witnessed'; readonly property: Property<S>; readonly step: number }
  | { readonly status: 'unwitnessed'; readonly property: Property<S> }
  /** A `within` obligation is still open at the end of the trace. */
  | { readonly status: 'pending'; readonly property: Property<S>; readonly elapsed: number };

/** Time units a step takes, for either model shape. */
function durationOf<S>(model: Model<S, any> | PackedModel, actionValue: unknown): number {
  if (isPackedModel(model)) return model.duration?.(actionValue as number) ?? 1;
  return model.duration?.(actionValue as never) ?? 1;
}

/**
 * Evaluates each property on the states of one trace (for `faultline replay`). A `within`
 * obligation opens at the initial state and at every fault, is discharged when the predicate
 * holds, and is violated at the first state whose elapsed time exceeds the bound.
 */
export function evaluateAlong<S>(
  model: Model<S, any> | PackedModel,
  properties: readonly Property<S>[],
  trace: Trace<S>,
): TraceVerdict<S>[] {
  const states = [trace.initial, ...trace.steps.map((s) => s.state)];
  const times = [0, ...trace.steps.map((s) => durationOf(model, s.actionValue))];
  const faults = [true, ...trace.steps.map((s) => s.fault)];
  return properties.map((property): TraceVerdict<S> => {
    if (property.kind === 'always') {
      const step = states.findIndex((s) => !property.holds(s));
      return step < 0 ? { status: 'holds', property } : { status: 'violated', property, step };
    }
    if (property.kind === 'sometimes') {
      const step = states.findIndex((s) => property.holds(s));
      return step < 0 ? { status: 'unwitnessed', property } : { status: 'witnessed', property, step };
    }
    let open = false;
    let elapsed = 0;
    for (let i = 0; i < states.length; i++) {
      if (faults[i]) {
        open = true;
        elapsed = 0;
      } else {
        elapsed += times[i] ?? 1;
      }
      if (!open) continue;
      if (property.holds(states[i]!)) open = false;
      else if (elapsed > property.bound) return { status: 'violated', property, step: i };
    }
    return open ? { status: 'pending', property, elapsed } : { status: 'holds', property };
  });
}
