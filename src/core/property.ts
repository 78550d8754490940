/**
 * Properties checked during exploration.
 *
 * - `always(P)`: P holds in every reachable state (an invariant).
 * - `sometimes(P)`: some reachable state satisfies P (a witness is wanted); it is
 *   *unwitnessed* when the explored space holds none.
 * - `within(k, P)`: bounded response — after the last fault (and after the initial state),
 *   P becomes true within k time units, as long as no further fault happens. See
 *   docs/decisions/0002-liveness.md: the engine tracks the elapsed time in the state, so a
 *   cycle can never make this pass vacuously.
 */

/** A predicate over states. */
export type Predicate<S> = (state: S) => boolean;

interface PropertyBase<S> {
  /** Stable name, e.g. `single-master`. */
  readonly name: string;
  /** One line telling what the property demands. */
  readonly description?: string;
  /**
   * Whether the property's predicate holds in `state`. Declared as a method, like the
   * model's, so a design's property over its own states is a `Property<unknown>` in a list of
   * designs of every kind; the engine only ever passes a property the states of the model it
   * was built with.
   */
  holds(state: S): boolean;
}

/** P holds in every reachable state. */
export interface AlwaysProperty<S> extends PropertyBase<S> {
  readonly kind: 'always';
}

/** Some reachable state satisfies P. */
export interface SometimesProperty<S> extends PropertyBase<S> {
  readonly kind: 'sometimes';
}

/** Within `bound` time units after the last fault, P holds (bounded response). */
export interface WithinProperty<S> extends PropertyBase<S> {
  readonly kind: 'within';
  /** Time units (see `Model.duration`); at most 254. */
  readonly bound: number;
}

/** Any property. */
export type Property<S> = AlwaysProperty<S> | SometimesProperty<S> | WithinProperty<S>;

type Options = { readonly description?: string };

/** An invariant: `holds` must be true in every reachable state. */
export function always<S>(name: string, holds: Predicate<S>, options: Options = {}): AlwaysProperty<S> {
  return { kind: 'always', name, holds, ...options };
}

/** A reachability goal: some reachable state must satisfy `holds`. */
export function sometimes<S>(name: string, holds: Predicate<S>, options: Options = {}): SometimesProperty<S> {
  return { kind: 'sometimes', name, holds, ...options };
}

/** Bounded response: within `bound` time units after the last fault, `holds` becomes true. */
export function within<S>(
  name: string,
  bound: number,
  holds: Predicate<S>,
  options: Options = {},
): WithinProperty<S> {
  if (!Number.isInteger(bound) || bound < 0 || bound > 254) {
    throw new RangeError(`within(${name}): bound must be an integer in 0..254, got ${bound}`);
  }
  return { kind: 'within', name, bound, holds, ...options };
}
