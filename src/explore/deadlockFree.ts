import { always, type AlwaysProperty } from '../core/property.js';

/** The name reports give the deadlock property. */
export const DEADLOCK_FREE = 'deadlock-free';

/**
 * The property a run adds when it reports deadlocks: its predicate always holds, and the
 * engine decides it itself when a reachable state has no successor.
 */
export function deadlockFree<S>(): AlwaysProperty<S> {
  return always<S>(DEADLOCK_FREE, () => true, { description: 'every reachable state has a successor' });
}
