import type { Action, Model } from '../core/model.js';
import { labelOf } from '../core/successors.js';
import type { WalkStepper } from './walkStepper.js';

/**
 * A {@link WalkStepper} over an object-level model: `actions(s)` and `faults(s)` are listed,
 * and `next` runs only for the chosen action.
 */
export function walkObjectStepper<S>(model: Model<S>): WalkStepper<S> {
  const canon = (s: S): S => (model.canonicalize ? model.canonicalize(s) : s);
  const initials = model.initialStates().map(canon);
  const keyBuffer = new Uint8Array(model.codec.width);
  let cur = initials[0] as S;
  let acts: readonly Action[] = [];
  let faults: readonly Action[] = [];

  const actionAt = (k: number): Action => (k < acts.length ? acts[k] : faults[k - acts.length]) as Action;

  return {
    initialCount: initials.length,
    reset(initialIndex) {
      if (initialIndex < 0 || initialIndex >= initials.length) {
        throw new RangeError(`initial state ${initialIndex} of ${initials.length}`);
      }
      cur = initials[initialIndex] as S;
      acts = [];
      faults = [];
    },
    state: () => cur,
    expand() {
      acts = model.actions(cur);
      faults = model.faults(cur);
      return acts.length + faults.length;
    },
    nonFaultCount: () => acts.length,
    nonFaultIndex: (j) => j,
    faultAt: (k) => k >= acts.length,
    identityAt: (k) => (k >= acts.length ? '!' : '') + labelOf(model, actionAt(k)),
    advance(k) {
      const action = actionAt(k);
      const succ = canon(model.next(cur, action));
      if (model.withinBoundary && !model.withinBoundary(succ)) return -1;
      cur = succ;
      return model.duration?.(action) ?? 1;
    },
    key() {
      model.codec.encode(cur, keyBuffer);
      return Buffer.from(keyBuffer).toString('latin1');
    },
  };
}
