/**
 * One row of the bench, named by a plain request: what `bench/row.ts` runs in a process of its
 * own (bench/rowProcess.ts).
 */
import type { BenchModelName } from '../models/bench/index.js';
import type { RandomTask } from './benchPlan.js';
import { measureExhaustive, type ExhaustiveLine } from './measureExhaustive.js';
import { measureParallel, type ParallelLine } from './measureParallel.js';
import { measureRandom } from './measureRandom.js';
import type { RandomLine } from './randomLine.js';

/** A bench row: an exhaustive row (with the naive BFS or not), a random row, a 2-worker row. */
export type RowRequest =
  | { readonly kind: 'exhaustive'; readonly model: BenchModelName; readonly n: number; readonly naive: boolean }
  | { readonly kind: 'random'; readonly task: RandomTask }
  | { readonly kind: 'parallel'; readonly model: BenchModelName; readonly n: number; readonly workers: number };

/** The line each kind of row prints. */
export interface RowLines {
  readonly exhaustive: ExhaustiveLine;
  readonly random: RandomLine;
  readonly parallel: ParallelLine;
}

/** Measures the row `request` names, in this process. */
export async function measureRow<K extends RowRequest['kind']>(request: Extract<RowRequest, { kind: K }>): Promise<RowLines[K]> {
  const r = request as RowRequest;
  switch (r.kind) {
    case 'exhaustive':
      return measureExhaustive(r.model, r.n, r.naive) as RowLines[K];
    case 'random':
      return measureRandom(r.task) as RowLines[K];
    case 'parallel':
      return (await measureParallel(r.model, r.n, r.workers)) as RowLines[K];
  }
}
