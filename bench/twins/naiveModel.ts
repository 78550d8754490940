/**
 * The object-level shape a newcomer writes first: plain-object states, action objects,
 * `actions(s)` listing the enabled ones and `next(s, a)` building a fresh successor.
 * The naive BFS baseline (bench/naiveBfs.ts) runs on it.
 */

/** An object-level twin of a benchmark model. */
export interface NaiveModel<S, A> {
  readonly name: string;
  initial(): S;
  /** The enabled actions, in the packed model's instance order. */
  actions(state: S): A[];
  next(state: S, action: A): S;
  /** The same label the packed model gives the matching instance, e.g. `tick(2)`. */
  label(action: A): string;
  /** The invariant that holds. */
  ok(state: S): boolean;
  /** The invariant that is violated. */
  bad(state: S): boolean;
}
