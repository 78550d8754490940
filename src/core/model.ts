/**
 * The model contract: a pure, finite, nondeterministic state machine.
 *
 * Two shapes share one engine:
 * - {@link Model}: states are plain immutable values, actions are discriminated unions, and a
 *   {@link StateCodec} turns each state into a canonical fixed-width byte string. Protocol
 *   models use this shape.
 * - {@link PackedModel}: states *are* fixed-width byte strings and actions are numbered
 *   instances. The engine calls it with reusable buffers and allocates nothing per state.
 *   Benchmarks and hot models use this shape.
 *
 * Enumeration order is deterministic: the successors of a state are its `actions` in order,
 * then its `faults` in order (or, for a packed model, the enabled instances by number). An
 * action-index path such as `0/2/1/3` (initial-state index, then the index of the chosen
 * successor at each step) replays a trace exactly.
 */

/** An action or fault: a discriminated union member with a `type` tag. */
export interface Action {
  readonly type: string;
}

/** A flat record of a state, for diffs, reports and ITF traces. */
export type StateView = Readonly<Record<string, ViewValue>>;

/** Values allowed in a {@link StateView}. */
export type ViewValue =
  | string
  | number
  | boolean
  | bigint
  | null
  | readonly ViewValue[]
  | { readonly [key: string]: ViewValue };

/** Turns states into canonical fixed-width byte strings and back. */
export interface StateCodec<S> {
  /** Bytes per encoded state. */
  readonly width: number;
  /** Writes the canonical encoding of `state` into `out[0..width)`. */
  encode(state: S, out: Uint8Array): void;
  /** Reads a state back from `bytes[offset..offset+width)`. */
  decode(bytes: Uint8Array, offset?: number): S;
  /**
   * Bits each encoded byte needs (one entry per byte, 1..8), as `PackedModel.valueBits`: the
   * exact visited set stores states packed to them. `codecOf` takes them from the layout.
   */
  readonly valueBits?: readonly number[];
}

/** An object-level model: readable states, typed actions. */
export interface Model<S, A extends Action = Action> {
  /** Short name used in reports (`vrrp`, `two-phase-commit`). */
  readonly name: string;
  /** Canonical byte encoding of states; the engine's visited set keys on it. */
  readonly codec: StateCodec<S>;
  /** The initial states, in a fixed order. */
  initialStates(): readonly S[];
  /** Protocol steps and timers enabled in `state`, in a fixed order. */
  actions(state: S): readonly A[];
  /** Faults enabled in `state` (each counts against the fault budget), in a fixed order. */
  faults(state: S): readonly A[];
  /** The successor of `state` under `action` (one of `actions(state)` or `faults(state)`). */
  next(state: S, action: A): S;
  /** Maps a state to the representative of its symmetry class. */
  canonicalize?(state: S): S;
  /** States outside the boundary are neither stored nor explored. */
  withinBoundary?(state: S): boolean;
  /** Flat record for diffs and reports; defaults to the state itself when it is a record. */
  view?(state: S): StateView;
  /** Human-readable action label, e.g. `crash(r1)`. */
  formatAction?(action: A): string;
  /** Time units that `action` takes (for bounded-response properties); default 1 per step. */
  duration?(action: A): number;
  /** Seconds one time unit stands for, when the model's time has a length (reports show it). */
  readonly secondsPerTimeUnit?: number;
  /** When true, a reachable state with no successor at all is reported as a violation. */
  readonly reportDeadlocks?: boolean;
}

/** A byte-level model: the state is the buffer, actions are numbered instances. */
export interface PackedModel {
  readonly kind: 'packed';
  readonly name: string;
  /** Bytes per state. */
  readonly width: number;
  /** Number of action instances; instance `i` is enabled or not in each state. */
  readonly instanceCount: number;
  /** The initial states, each exactly `width` bytes. */
  initialStates(): readonly Uint8Array[];
  /**
   * If instance `i` is enabled in `src`, writes the whole successor into `dst` (both are
   * `width` bytes, never the same buffer) and returns true; otherwise returns false and may
   * leave `dst` in any state.
   */
  step(i: number, src: Uint8Array, dst: Uint8Array): boolean;
  /** Whether instance `i` is a fault (counts against the fault budget). */
  isFault(i: number): boolean;
  /** Label of instance `i`, e.g. `tick(2)`. */
  instanceName(i: number): string;
  /** Flat record of a state for diffs and reports. */
  view(state: Uint8Array): StateView;
  /** Time units that instance `i` takes; default 1. */
  duration?(i: number): number;
  /** Seconds one time unit stands for, when the model's time has a length. */
  readonly secondsPerTimeUnit?: number;
  /** Rewrites `state` in place to its symmetry representative. */
  canonicalize?(state: Uint8Array): void;
  readonly reportDeadlocks?: boolean;
  /**
   * Bits each state byte needs: byte i of every reachable state is below `2 ** valueBits[i]`
   * (one entry per byte, 1..8). The exact visited set then stores states packed to these bits
   * (decision 0036); a state that breaks the promise stops the search with an error.
   */
  readonly valueBits?: readonly number[];
}

/**
 * A model of either shape over states `S`, as the engine takes it (a packed model's states
 * are its byte strings). Code that needs states, successors or views of one goes through
 * `enumerableOf` (src/core/enumerable.ts), the one seam between the shapes.
 */
export type EngineModel<S> = Model<S> | PackedModel;

/** Narrows to the packed shape. */
export function isPackedModel<S>(model: EngineModel<S>): model is PackedModel {
  return (model as PackedModel).kind === 'packed';
}
