/**
 * The engine on models of one's own (a `Model` with a codec, or a `PackedModel`): the same
 * `check`, `simulate` and `replay` the design kinds run on.
 */
import type { EngineModel } from '../core/model.js';
import type { Property } from '../core/property.js';
import { replayPath } from '../core/successors.js';
import type { Trace } from '../core/trace.js';
import { check } from '../explore/check.js';
import { simulate } from '../explore/simulate.js';
import { evaluateAlong, type TraceVerdict } from '../trace/evaluateAlong.js';

/** Exhaustive breadth-first exploration of a model; see the engine's `check`. */
export const checkModel = check;

/** Seeded random walks over a model; see the engine's `simulate`. */
export const simulateModel = simulate;

/** One trace of a model from its action-index path, and each property's verdict along it. */
export function replayModel<S>(
  model: EngineModel<S>,
  properties: readonly Property<NoInfer<S>>[],
  path: readonly number[],
): { readonly trace: Trace<S>; readonly verdicts: readonly TraceVerdict<S>[] } {
  const trace = replayPath(model, path);
  return { trace, verdicts: evaluateAlong(model, properties, trace) };
}
