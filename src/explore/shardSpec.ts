/**
 * `--shard i/n` (1-based, as vitest and Playwright spell it) and the 0-based share it names.
 */
import { FaultlineError } from '../core/errors.js';
import type { SweepShard } from './sweepTypes.js';

/** Parses `i/n` with 1 ≤ i ≤ n into `{ index: i - 1, count: n }`; FL120 otherwise. */
export function parseShard(text: string): SweepShard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const i = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || !Number.isSafeInteger(n) || n < 1 || i < 1 || i > n) {
    throw new FaultlineError({
      code: 'FL120',
      message: `--shard expects i/n with 1 ≤ i ≤ n, got "${text}"`,
      hint: 'e.g. --shard 1/4 … --shard 4/4; in a Kubernetes Indexed Job: --shard $((JOB_COMPLETION_INDEX + 1))/N',
    });
  }
  return { index: i - 1, count: n };
}

/** `i/n`, 1-based, as `--shard` spells the 0-based share (the inverse of {@link parseShard}). */
export function shardName(shard: SweepShard): string {
  return `${shard.index + 1}/${shard.count}`;
}

/**
 * Worker `w` of `workers` inside shard `shard` runs this finer share: the ordinals o with
 * o mod (n·W) = i + n·w are exactly the ordinals of shard i (mod n) split W ways, so merging
 * the workers' results gives shard i's result, and merging all shards gives the whole run.
 */
export function subShard(shard: SweepShard, worker: number, workers: number): SweepShard {
  return { index: shard.index + shard.count * worker, count: shard.count * workers };
}
