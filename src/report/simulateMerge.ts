/**
 * Joins simulate shard results into the outcome one run over all their walks would have
 * (docs/decisions/0037-simulate-shards.md): counts summed, per property the lowest-numbered
 * walk's finding. Shards must come from one design (same text), one seed and one set of
 * options, and form one split.
 */
import { mergeWalkShares } from '../explore/walkShare.js';
import { checkOneRun } from './shardSplit.js';
import type { SimulateShardResult } from './simulateShard.js';

/** Merges every shard of one split into the whole run's result (share 1/1). Throws FL122. */
export function mergeSimulateShards(shards: readonly SimulateShardResult[]): SimulateShardResult {
  const seen = checkOneRun(shards, 'walked', 'run every shard with the same --seed, --runs, --max-steps, --max-faults and --timeout');
  const first = shards[0] as SimulateShardResult;
  const parts = [...seen.values()];
  return {
    ...first,
    shard: { index: 0, count: 1 },
    seconds: Math.max(...parts.map((s) => s.seconds)),
    outcome: mergeWalkShares(parts.map((s) => s.outcome)),
  };
}
