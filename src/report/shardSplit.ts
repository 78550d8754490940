/**
 * The checks every `faultline merge` makes of its shard files, whatever command wrote them:
 * one n, each index of the target share once, none missing (FL122 otherwise).
 */
import { FaultlineError } from '../core/errors.js';
import type { SweepShard } from '../explore/sweepTypes.js';

/** An FL122 error: shards that do not form one split of one run. */
export function shardsDisagree(message: string, hint: string): FaultlineError {
  return new FaultlineError({ code: 'FL122', message, hint });
}

/**
 * Checks that `shards` (their `--shard i/n` as 0-based index and n) are each shard of the
 * share `target` of one n-way split exactly once, and returns them keyed by index.
 */
export function checkSplit<T>(shards: readonly T[], shardOf: (s: T) => SweepShard, target: SweepShard): Map<number, T> {
  const first = shards[0];
  if (first === undefined) throw shardsDisagree('no shard results to merge', 'pass the JSON files the shards wrote');
  const { count } = shardOf(first);
  if (count % target.count !== 0) throw shardsDisagree(`shards of a ${count}-way split cannot form share ${target.index + 1}/${target.count}`, 'merge shards of one split');
  const seen = new Map<number, T>();
  for (const s of shards) {
    const { index, count: n } = shardOf(s);
    if (n !== count) throw shardsDisagree(`shard ${index + 1}/${n} is from another split than ${shardOf(first).index + 1}/${count}`, 'every shard of one merge must be run with the same n in --shard i/n');
    if (index % target.count !== target.index) throw shardsDisagree(`shard ${index + 1}/${count} is not part of share ${target.index + 1}/${target.count}`, 'merge only the shards of that share');
    if (seen.has(index)) throw shardsDisagree(`shard ${index + 1}/${count} is given twice`, 'pass each shard file once');
    seen.set(index, s);
  }
  const missing: number[] = [];
  for (let i = target.index; i < count; i += target.count) if (!seen.has(i)) missing.push(i + 1);
  if (missing.length > 0) {
    throw shardsDisagree(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} missing`, 'a merge needs every shard of the split; re-run the missing ones');
  }
  return seen;
}
