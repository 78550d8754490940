import { FaultlineError } from './errors.js';
import { isPackedModel, type Action, type Model, type PackedModel, type StateView } from './model.js';
import type { Trace, TraceStep } from './trace.js';

/** One enabled successor of a state, in enumeration order. */
export interface Successor<S> {
  readonly choice: number;
  readonly label: string;
  /** The action object, or the instance number of a packed model. */
  readonly action: unknown;
  readonly fault: boolean;
  readonly duration: number;
  readonly state: S;
}

/** Label of an action of an object-level model. */
export function labelOf<A extends Action>(model: Model<any, A>, action: A): string {
  return model.formatAction ? model.formatAction(action) : defaultLabel(action);
}

function defaultLabel(action: Action): string {
  const args = Object.entries(action)
    .filter(([k]) => k !== 'type')
    .map(([, v]) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return `${action.type}(${args.join(', ')})`;
}

/** The flat view of a state, for any model shape. */
export function viewOf<S>(model: Model<S, any> | PackedModel, state: S): StateView {
  if (isPackedModel(model)) return model.view(state as unknown as Uint8Array);
  if (model.view) return model.view(state);
  return state as unknown as StateView;
}

/**
 * Every enabled successor of `state`, in the order that action-index paths refer to:
 * `actions(state)` then `faults(state)`, or enabled instances by number for packed models.
 * This is the reference enumeration; the explorer's fast path must agree with it.
 */
export function successorsOf<S>(model: Model<S, any> | PackedModel, state: S): Successor<S>[] {
  const out: Successor<S>[] = [];
  if (isPackedModel(model)) {
    const src = state as unknown as Uint8Array;
    for (let i = 0; i < model.instanceCount; i++) {
      const dst = new Uint8Array(model.width);
      if (!model.step(i, src, dst)) continue;
      model.canonicalize?.(dst);
      out.push({
        choice: out.length,
        label: model.instanceName(i),
        action: i,
        fault: model.isFault(i),
        duration: model.duration?.(i) ?? 1,
        state: dst as unknown as S,
      });
    }
    return out;
  }
  const push = (action: Action, fault: boolean): void => {
    const raw = model.next(state, action);
    out.push({
      choice: out.length,
      label: labelOf(model, action),
      action,
      fault,
      duration: model.duration?.(action) ?? 1,
      state: model.canonicalize ? model.canonicalize(raw) : raw,
    });
  };
  for (const a of model.actions(state)) push(a, false);
  for (const f of model.faults(state)) push(f, true);
  return out;
}

/** The initial states of any model shape, canonicalized. */
export function initialStatesOf<S>(model: Model<S, any> | PackedModel): S[] {
  if (isPackedModel(model)) {
    return model.initialStates().map((s) => {
      const copy = Uint8Array.from(s);
      model.canonicalize?.(copy);
      return copy as unknown as S;
    });
  }
  return model.initialStates().map((s) => (model.canonicalize ? model.canonicalize(s) : s));
}

/**
 * Rebuilds a trace from an action-index path (`[initialIndex, choice, choice, ...]`).
 * Throws FL102 when the path does not fit the model.
 */
export function replayPath<S>(model: Model<S, any> | PackedModel, path: readonly number[]): Trace<S> {
  const [initialIndex = 0, ...choices] = path;
  const initials = initialStatesOf(model);
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
    const succ = successorsOf(model, state)[choice];
    if (!succ) {
      throw new FaultlineError({
        code: 'FL102',
        message: `path step ${step + 1} chooses successor ${choice}, but that state has only ${successorsOf(model, state).length}`,
        hint: 'the path was made for a different model, design or version; re-run the check to get a fresh one',
      });
    }
    state = succ.state;
    steps.push({
      choice,
      action: succ.label,
      actionValue: succ.action,
      fault: succ.fault,
      state,
      view: viewOf(model, state),
    });
  });
  return { initialIndex, initial, initialView: viewOf(model, initial), steps };
}
