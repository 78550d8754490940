/**
 * Joins simulate shard results into the outcome one run over all their walks would have
 * (docs/decisions/0037-simulate-shards.md): counts summed, per property the lowest-numbered
 * walk's finding. Shards must come from one design (same text), one seed and one set of
 * options, and form one split.
 */
import { mergeWalkShares } from '../explore/walkShare.js';
import { checkSplit, shardsDisagree } from './shardSplit.js';
import type { SimulateShardResult } from './simulateShard.js';

/** Merges every shard of one split into the whole run's result (share 1/1). Throws FL122. */
export function mergeSimulateShards(shards: readonly SimulateShardResult[]): SimulateShardResult {
  const seen = checkSplit(shards, (s) => s.shard, { index: 0, count: 1 });
  const first = shards[0] as SimulateShardResult;
  const { count } = first.shard;
  for (const s of shards) {
    const where = `shard ${s.shard.index + 1}/${count}`;
    if (s.design.file !== first.design.file || s.design.name !== first.design.name) {
      throw shardsDisagree(`${where} walked ${s.design.file} (design "${s.design.name}"), not ${first.design.file} (design "${first.design.name}")`, 'merge the shards of one run: same design file');
    }
    if (s.design.sha256 !== first.design.sha256 || JSON.stringify(s.properties) !== JSON.stringify(first.properties)) {
      throw shardsDisagree(`${where} walked another version of ${s.design.file}`, 'every shard must run the same design text; re-run the shards from one commit');
    }
    if (JSON.stringify(s.searched) !== JSON.stringify(first.searched)) {
      throw shardsDisagree(`${where} walked with other options (${JSON.stringify(s.searched)}) than ${first.shard.index + 1}/${count} (${JSON.stringify(first.searched)})`, 'run every shard with the same --seed, --runs, --max-steps, --max-faults and --timeout');
    }
  }
  const parts = [...seen.values()];
  return {
    ...first,
    shard: { index: 0, count: 1 },
    seconds: Math.max(...parts.map((s) => s.seconds)),
    outcome: mergeWalkShares(parts.map((s) => s.outcome)),
  };
}
