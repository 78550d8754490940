/**
 * A fault set as an engine trace: from the initial state, one fault step per element, each
 * chosen among the state's successors in enumeration order. The action-index path it yields
 * is what `faultline replay DESIGN --path ...` takes, and replays through the same engine.
 */
import { FaultlineError } from '../core/errors.js';
import type { Model } from '../core/model.js';
import { initialStatesOf, replayPath, successorsOf } from '../core/successors.js';
import type { Trace } from '../core/trace.js';

/** The trace taking, at step i, the first fault successor whose action `steps[i]` accepts. */
export function sweepTrace<S>(model: Model<S>, steps: readonly ((action: unknown) => boolean)[]): Trace<S> {
  const path = [0];
  let state: S = initialStatesOf(model)[0]!;
  steps.forEach((accepts, i) => {
    const succ = successorsOf(model, state).find((s) => s.fault && accepts(s.action));
    if (succ === undefined) {
      throw new FaultlineError({ code: 'FL902', message: `sweep trace: no fault successor fits step ${i + 1}`, hint: 'the sweep subject and the model disagree on the fault elements' });
    }
    path.push(succ.choice);
    state = succ.state;
  });
  return replayPath(model, path);
}
