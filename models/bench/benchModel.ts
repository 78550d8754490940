/**
 * The shape every benchmark model factory returns (shared/bench/MODELS.md): a packed model,
 * its two invariants, and a codec between packed bytes and the spec's variables.
 */
import type { PackedModel } from '../../src/core/model.js';
import type { AlwaysProperty } from '../../src/core/property.js';

/** A packed benchmark model together with its invariants and codec helpers. */
export interface BenchModel<S> {
  readonly model: PackedModel;
  /** The invariant that holds (VrrpOk, StpOk, PhilOk). */
  readonly ok: AlwaysProperty<Uint8Array>;
  /** The invariant that is violated (VrrpBad, StpBad, PhilBad). */
  readonly bad: AlwaysProperty<Uint8Array>;
  /** Decodes a packed state into the spec's variables. */
  decode(state: Uint8Array): S;
  /** Encodes the spec's variables into a fresh packed state. */
  encode(state: S): Uint8Array;
}
