/**
 * How long the domain has been dual-active: a count in the state, kept only for designs that
 * check `dual-active-at-most` (cap 0 otherwise, so other designs keep their state counts).
 * A tick while dual-active adds a second (up to the cap); any state that is not dual-active
 * starts the count again; instantaneous steps and faults leave it as it is.
 */
import type { MclagAction } from './actions.js';
import type { MclagConfig } from './config.js';
import { dualActive, type MclagState } from './state.js';

/** `next` with its dual-active age after action `a` from `s`. */
export function withDualAge(config: MclagConfig, s: MclagState, a: MclagAction, next: MclagState): MclagState {
  if (config.dualActiveCap === 0) return next;
  const age = !dualActive(next) ? 0 : a.type === 'tick' ? Math.min(config.dualActiveCap, s.dualAge + 1) : s.dualAge;
  return age === next.dualAge ? next : { ...next, dualAge: age };
}
