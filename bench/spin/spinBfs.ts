/**
 * SPIN's single-core breadth-first time for a bench row BASELINES.md compares: measured in
 * this run when SPIN is on the machine (and its counts equal the reference table's), else
 * BASELINES.md's figure from another run — and which of the two it is, so a report never
 * passes the table off as a measurement.
 */
import type { BenchModelName } from '../../models/bench/index.js';
import { exhaustiveBaselines } from '../baselines.js';
import { referenceRow } from '../reference.js';
import { measureSpin } from './measureSpin.js';

/** pan prints its time to 0.01 s: a shorter run is no rate to compare with (the table's figure, if any, is used). */
export const MIN_SECONDS = 0.1;

/** Where a SPIN figure comes from. */
export type SpinSource = 'this run' | 'BASELINES.md';

/** SPIN's seconds for `name`-`n`, and their source; undefined when neither has the row. */
export function spinBfs(name: BenchModelName, n: number): { readonly seconds: number; readonly source: SpinSource } | undefined {
  // The rows BASELINES.md compares (the bench's default sizes): a larger one (vrrp-9, philosophers-20)
  // would hold SPIN's exact BFS for minutes and gigabytes.
  const table = exhaustiveBaselines[name][n];
  if (table === undefined) return undefined;
  const ref = referenceRow(name, n);
  const live = process.env.FAULTLINE_BENCH_SPIN === 'table' ? undefined : measureSpin(name, n);
  if (live && live.seconds >= MIN_SECONDS && ref && live.states === ref.states && live.transitions === ref.transitions) return { seconds: live.seconds, source: 'this run' };
  return { seconds: table.spinBfsSeconds, source: 'BASELINES.md' };
}
