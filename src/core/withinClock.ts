import type { Predicate } from './property.js';

/** Within-clock value: the predicate has held since the last fault (nothing pending). */
export const SATISFIED = 255;
/** Within-clock value: the bound passed before the predicate held (a deadline violation). */
export const EXPIRED = 254;

/**
 * The one rule for a `within(bound, P)` clock (docs/decisions/0002-liveness.md), shared by
 * exhaustive search (a byte in each state's key), random walks and replay. A clock is
 * {@link SATISFIED}, {@link EXPIRED}, or the time units elapsed while P is still awaited.
 *
 * The initial state and every fault restart the clock: SATISFIED if P holds there, else 0.
 * A non-fault step of `duration` units adds time first, so a P that becomes true only after
 * the bound is still late: past the bound the clock is EXPIRED, else SATISFIED if P holds.
 */
export function withinClockAfter<S>(
  before: number,
  fault: boolean,
  duration: number,
  bound: number,
  holds: Predicate<S>,
  state: S,
): number {
  if (fault) return holds(state) ? SATISFIED : 0;
  if (before === SATISFIED || before === EXPIRED) return before;
  const elapsed = before + duration;
  if (elapsed > bound) return EXPIRED;
  return holds(state) ? SATISFIED : elapsed;
}

/** The clock at the initial state. */
export function withinClockAtStart<S>(holds: Predicate<S>, state: S): number {
  return holds(state) ? SATISFIED : 0;
}

/** Whether a clock still waits for its predicate. */
export function withinPending(clock: number): boolean {
  return clock !== SATISFIED && clock !== EXPIRED;
}
