/**
 * The model source (`src/explore/parallel/modelSource.ts`) of a benchmark model: worker
 * threads of the parallel search build `benchModels[name](n)` and its Ok invariant themselves.
 */
import { benchModels, type BenchModelName } from '../models/bench/index.js';
import type { ModelSource, SourcedModel } from '../src/explore/parallel/modelSource.js';
import { workerScript } from '../src/explore/parallel/runWorkers.js';

/** The model and the invariant the bench checks: Ok (holds) or Bad (violated at the reference depth). */
export function benchModel(name: BenchModelName, n: number, invariant: 'ok' | 'bad' = 'ok'): SourcedModel {
  const bench = benchModels[name](n);
  return { model: bench.model, properties: [bench[invariant]] };
}

/** The source for `name`-`n` with that invariant. */
export function benchSource(name: BenchModelName, n: number, invariant: 'ok' | 'bad' = 'ok'): ModelSource {
  return { module: workerScript(import.meta.url, './benchSource.js').href, export: 'benchModel', args: [name, n, invariant] };
}
