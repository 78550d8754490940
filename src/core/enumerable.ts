/**
 * The one seam between the two model shapes (src/core/model.ts): either shape becomes an
 * {@link Enumerable} over its own states, so code above the engine reads initial states,
 * successors in path order, views and encodings without asking which shape it holds. A
 * packed model's states are its byte strings: the casts between `S` and `Uint8Array` live
 * here and nowhere else outside the explorer's byte-level fast path (src/explore/system.ts),
 * which picks its loop once per run, never per state.
 */
import { isPackedModel, type Action, type EngineModel, type Model, type PackedModel, type StateView } from './model.js';

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

/** A model of either shape, enumerated. */
export interface Enumerable<S> {
  readonly name: string;
  /** Whether the model asks for a state without successors to be a violation. */
  readonly reportDeadlocks: boolean;
  /** Bytes of a state's canonical encoding. */
  readonly width: number;
  /** The initial states, canonicalized, in the model's order (fresh copies). */
  initialStates(): S[];
  /**
   * Every enabled successor of `state`, in the order action-index paths refer to:
   * `actions(state)` then `faults(state)`, or enabled instances by number for a packed model.
   */
  successors(state: S): Successor<S>[];
  /** The flat view of a state, for diffs and reports. */
  view(state: S): StateView;
  /** Writes the canonical encoding of `state` into `out[0..width)`. */
  encode(state: S, out: Uint8Array): void;
  /**
   * The state encoded in `bytes[0..width)`. A packed model's state is a buffer this
   * enumerable reuses on the next call: read it before decoding another.
   */
  decode(bytes: Uint8Array): S;
}

/** `model`, whatever its shape, as an {@link Enumerable}. */
export function enumerableOf<S>(model: EngineModel<S>): Enumerable<S> {
  // A packed model's states are byte strings: S is Uint8Array for it, by EngineModel's contract.
  return isPackedModel(model) ? (packedEnumerable(model) as unknown as Enumerable<S>) : objectEnumerable(model);
}

/** Label of an action of an object-level model. */
export function labelOf<A extends Action>(model: Model<unknown, A>, action: A): string {
  return model.formatAction ? model.formatAction(action) : defaultLabel(action);
}

function defaultLabel(action: Action): string {
  const args = Object.entries(action)
    .filter(([k]) => k !== 'type')
    .map(([, v]) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return `${action.type}(${args.join(', ')})`;
}

function objectEnumerable<S>(model: Model<S>): Enumerable<S> {
  const canonical = (s: S): S => (model.canonicalize ? model.canonicalize(s) : s);
  return {
    name: model.name,
    reportDeadlocks: model.reportDeadlocks === true,
    width: model.codec.width,
    initialStates: () => model.initialStates().map(canonical),
    successors(state) {
      const out: Successor<S>[] = [];
      const push = (action: Action, fault: boolean): void => {
        out.push({
          choice: out.length,
          label: labelOf(model, action),
          action,
          fault,
          duration: model.duration?.(action) ?? 1,
          state: canonical(model.next(state, action)),
        });
      };
      for (const a of model.actions(state)) push(a, false);
      for (const f of model.faults(state)) push(f, true);
      return out;
    },
    // A model without `view` has record states (Model.view's contract).
    view: (state) => (model.view ? model.view(state) : (state as StateView)),
    encode: (state, out) => model.codec.encode(state, out),
    decode: (bytes) => model.codec.decode(bytes, 0),
  };
}

function packedEnumerable(model: PackedModel): Enumerable<Uint8Array> {
  const decoded = new Uint8Array(model.width);
  return {
    name: model.name,
    reportDeadlocks: model.reportDeadlocks === true,
    width: model.width,
    initialStates: () =>
      model.initialStates().map((s) => {
        const copy = Uint8Array.from(s);
        model.canonicalize?.(copy);
        return copy;
      }),
    successors(src) {
      const out: Successor<Uint8Array>[] = [];
      for (let i = 0; i < model.instanceCount; i++) {
        const dst = new Uint8Array(model.width);
        if (!model.step(i, src, dst)) continue;
        model.canonicalize?.(dst);
        out.push({ choice: out.length, label: model.instanceName(i), action: i, fault: model.isFault(i), duration: model.duration?.(i) ?? 1, state: dst });
      }
      return out;
    },
    view: (state) => model.view(state),
    encode: (state, out) => out.set(state.subarray(0, model.width)),
    decode(bytes) {
      decoded.set(bytes.subarray(0, model.width));
      return decoded;
    },
  };
}
