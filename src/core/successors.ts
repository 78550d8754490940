import { FaultlineError } from './errors.js';
import { enumerableOf, type Successor } from './enumerable.js';
import type { EngineModel, StateView } from './model.js';
import type { Trace, TraceStep } from './trace.js';

export { labelOf, type Successor } from './enumerable.js';

/** The flat view of a state, for any model shape. */
export function viewOf<S>(model: EngineModel<S>, state: S): StateView {
  return enumerableOf(model).view(state);
}

/**
 * Every enabled successor of `state`, in the order that action-index paths refer to:
 * `actions(state)` then `faults(state)`, or enabled instances by number for packed models.
 * This is the reference enumeration; the explorer's fast path must agree with it.
 */
export function successorsOf<S>(model: EngineModel<S>, state: S): Successor<S>[] {
  return enumerableOf(model).successors(state);
}

/** The initial states of any model shape, canonicalized. */
export function initialStatesOf<S>(model: EngineModel<S>): S[] {
  return enumerableOf(model).initialStates();
}

/**
 * Rebuilds a trace from an action-index path (`[initialIndex, choice, choice, ...]`).
 * Throws FL102 when the path does not fit the model.
 */
export function replayPath<S>(model: EngineModel<S>, path: readonly number[]): Trace<S> {
  const seam = enumerableOf(model);
  const [initialIndex = 0, ...choices] = path;
  const initials = seam.initialStates();
  const initial = initials[initialIndex];
  if (initial === undefined) {
    throw new FaultlineError({
      code: 'FL102',
      message: `path starts at initial state ${initialIndex}, but ${model.name} has ${initials.length}`,
      hint: 'a path is the initial-state index followed by successor indices, e.g. 0/2/1',
    });
  }
  const steps: TraceStep<S>[] = [];
  let state: S = initial;
  choices.forEach((choice, step) => {
    const succ = seam.successors(state)[choice];
    if (!succ) {
      throw new FaultlineError({
        code: 'FL102',
        message: `path step ${step + 1} chooses successor ${choice}, but that state has only ${seam.successors(state).length}`,
        hint: 'the path was made for a different model, design or version; re-run the check to get a fresh one',
      });
    }
    state = succ.state;
    steps.push({
      choice,
      action: succ.label,
      actionValue: succ.action,
      fault: succ.fault,
      duration: succ.duration,
      state,
      view: seam.view(state),
    });
  });
  return { initialIndex, initial, initialView: seam.view(initial), steps };
}
