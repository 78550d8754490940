/**
 * The reference counts of shared/bench/MODELS.md, from the copy in bench/reference.json.
 */
import data from './reference.json' with { type: 'json' };
import type { BenchModelName } from '../models/bench/index.js';

/** One row of the reference table. */
export interface ReferenceRow {
  readonly states: number;
  readonly transitions: number;
  /** BFS depth: the eccentricity of the initial state. */
  readonly depth: number;
  /** Depth of the shortest counterexample to the model's Bad invariant. */
  readonly badDepth: number;
}

const table = data.models as Readonly<Record<BenchModelName, Readonly<Record<string, ReferenceRow>>>>;

/** The reference row of `model` at size `n`, or undefined when the table has none. */
export function referenceRow(model: BenchModelName, n: number): ReferenceRow | undefined {
  return table[model][String(n)];
}

/** The sizes the reference table lists for `model`, ascending. */
export function referenceSizes(model: BenchModelName): number[] {
  return Object.keys(table[model])
    .map(Number)
    .sort((a, b) => a - b);
}
