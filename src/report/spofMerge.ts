/**
 * Joins spof shard results into the result one run over their union would give
 * (docs/decisions/0029-shards-and-workers.md): the same baseline, the rows of every shard in
 * the unsharded enumeration order, counts summed, and the whole sweep's totals when every
 * shard completed. Shards must come from one design, one k and one split.
 */
import type { SweepShard } from '../explore/sweepTypes.js';
import { checkSplit, shardsDisagree } from './shardSplit.js';
import type { SpofRow } from './spofReport.js';
import type { SpofShardResult } from './spofShard.js';

/**
 * Merges shards of one split into the share `target` (default: the whole sweep, 0/1): the
 * shards' count must be a multiple of the target's, and every shard index that falls in the
 * target's share must be present exactly once. Throws FL122 otherwise.
 */
export function mergeSpofShards(shards: readonly SpofShardResult[], target: SweepShard = { index: 0, count: 1 }): SpofShardResult {
  const seen = checkSplit(shards, (s) => s.shard, target);
  const first = shards[0] as SpofShardResult;
  const { count } = first.shard;
  const ref = first.report;
  for (const s of shards) {
    const r = s.report;
    if (r.design.file !== ref.design.file || r.design.name !== ref.design.name || r.k !== ref.k || JSON.stringify(r.properties) !== JSON.stringify(ref.properties)) {
      throw shardsDisagree(`shard ${s.shard.index + 1}/${count} swept ${r.design.file} (design "${r.design.name}", k ${r.k}), not ${ref.design.file} (design "${ref.design.name}", k ${ref.k})`, 'merge the shards of one run: same design file, same --k');
    }
    if (s.shard.designSha256 !== first.shard.designSha256) throw shardsDisagree(`shard ${s.shard.index + 1}/${count} swept another version of ${r.design.file}`, 'every shard must sweep the same design (and, for a site manifest, the same config files); re-run the shards from one commit');
    if (JSON.stringify(r.baseline) !== JSON.stringify(ref.baseline)) throw shardsDisagree(`shard ${s.shard.index + 1}/${count} saw another baseline`, 'the shards ran different versions of the design');
  }
  const parts = [...seen.values()];
  const rows: { ordinal: number; row: SpofRow }[] = parts.flatMap((s) => s.report.rows.map((row, i) => ({ ordinal: s.shard.ordinals[i]!, row })));
  rows.sort((a, b) => a.ordinal - b.ordinal);
  const complete = parts.every((s) => s.report.complete);
  const sum = (f: (s: SpofShardResult) => number): number => parts.reduce((t, s) => t + f(s), 0);
  const whole = target.count === 1 && complete;
  return {
    faultline: 1,
    command: 'spof',
    shard: { index: target.index, count: target.count, faultSetsTotal: first.shard.faultSetsTotal, classSetsTotal: first.shard.classSetsTotal, ordinals: rows.map((r) => r.ordinal), designSha256: first.shard.designSha256 },
    report: {
      ...ref,
      complete,
      faultSets: whole ? first.shard.faultSetsTotal : sum((s) => s.report.faultSets),
      classSets: whole ? first.shard.classSetsTotal : sum((s) => s.report.classSets),
      evaluated: sum((s) => s.report.evaluated),
      seconds: Math.max(...parts.map((s) => s.report.seconds)),
      rows: rows.map((r) => r.row),
    },
  };
}
