/**
 * `check` split over machines or processes by first fault, joined (docs/decisions/0048): run
 * `check(design, { shard: { index, count } })` for every index, then `mergeChecks` gives the
 * whole run's verdicts, shortest traces, fewest faults and status. `stats` are the shards'
 * sums, marked by `stats.shards`.
 */
import { mergeCheckShares } from '../explore/mergeCheckShares.js';
import type { DesignResult } from './runs.js';

/** The whole `check`'s result from the results of every share of one split (any order). */
export function mergeChecks(results: readonly DesignResult[]): DesignResult {
  const first = results[0];
  if (first === undefined) throw new RangeError('mergeChecks needs the result of every shard of the split, got none');
  const shards = new Set(results.map((r) => r.run.design.file));
  if (shards.size > 1) throw new RangeError(`mergeChecks joins the shards of one design, got ${[...shards].join(', ')}`);
  return { ...mergeCheckShares(results), run: first.run };
}
