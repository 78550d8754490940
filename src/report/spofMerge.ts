/**
 * Joins spof shard results into the result one run over their union would give
 * (docs/decisions/0029-shards-and-workers.md): the same baseline, the rows of every shard in
 * the unsharded enumeration order, counts summed, and the whole sweep's totals when every
 * shard completed. Shards must come from one design, one k and one split.
 */
import { FaultlineError } from '../core/errors.js';
import type { SweepShard } from '../explore/sweepTypes.js';
import type { SpofRow } from './spofReport.js';
import type { SpofShardResult } from './spofShard.js';

function disagree(message: string, hint: string): FaultlineError {
  return new FaultlineError({ code: 'FL122', message, hint });
}

/**
 * Merges shards of one split into the share `target` (default: the whole sweep, 0/1): the
 * shards' count must be a multiple of the target's, and every shard index that falls in the
 * target's share must be present exactly once. Throws FL122 otherwise.
 */
export function mergeSpofShards(shards: readonly SpofShardResult[], target: SweepShard = { index: 0, count: 1 }): SpofShardResult {
  const first = shards[0];
  if (first === undefined) throw disagree('no shard results to merge', 'pass the JSON files the shards wrote');
  const { count } = first.shard;
  const ref = first.report;
  if (count % target.count !== 0) throw disagree(`shards of a ${count}-way split cannot form share ${target.index + 1}/${target.count}`, 'merge shards of one split');
  const seen = new Map<number, SpofShardResult>();
  for (const s of shards) {
    const r = s.report;
    if (s.shard.count !== count) throw disagree(`shard ${s.shard.index + 1}/${s.shard.count} is from another split than ${first.shard.index + 1}/${count}`, 'every shard of one merge must be run with the same n in --shard i/n');
    if (r.design.file !== ref.design.file || r.design.name !== ref.design.name || r.k !== ref.k || JSON.stringify(r.properties) !== JSON.stringify(ref.properties)) {
      throw disagree(`shard ${s.shard.index + 1}/${count} swept ${r.design.file} (design "${r.design.name}", k ${r.k}), not ${ref.design.file} (design "${ref.design.name}", k ${ref.k})`, 'merge the shards of one run: same design file, same --k');
    }
    if (JSON.stringify(r.baseline) !== JSON.stringify(ref.baseline)) throw disagree(`shard ${s.shard.index + 1}/${count} saw another baseline`, 'the shards ran different versions of the design');
    if (s.shard.index % target.count !== target.index) throw disagree(`shard ${s.shard.index + 1}/${count} is not part of share ${target.index + 1}/${target.count}`, 'merge only the shards of that share');
    if (seen.has(s.shard.index)) throw disagree(`shard ${s.shard.index + 1}/${count} is given twice`, 'pass each shard file once');
    seen.set(s.shard.index, s);
  }
  const missing: number[] = [];
  for (let i = target.index; i < count; i += target.count) if (!seen.has(i)) missing.push(i + 1);
  if (missing.length > 0) {
    throw disagree(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} missing`, 'a merge needs every shard of the split; re-run the missing ones');
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
    shard: { index: target.index, count: target.count, faultSetsTotal: first.shard.faultSetsTotal, classSetsTotal: first.shard.classSetsTotal, ordinals: rows.map((r) => r.ordinal) },
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
