/**
 * Joins check shard results (docs/decisions/0048-check-shards.md): the files must form one
 * split of one run — one design text, one set of properties and options — and each shard's
 * verdicts come back as the engine's result, their paths replayed on the design, for
 * `mergeCheckShares` to join.
 */
import type { Property } from '../core/property.js';
import type { CheckResult, PropertyVerdict } from '../core/result.js';
import { replayPath } from '../core/successors.js';
import { parsePath } from '../core/trace.js';
import type { LoadedDesign } from '../design/loadDesign.js';
import { DEADLOCK_FREE, deadlockFree } from '../explore/deadlockFree.js';
import type { CheckShardResult, CheckShardVerdict } from './checkShard.js';
import { checkOneRun } from './shardSplit.js';
import { shardName } from '../explore/shardSpec.js';
import { formatCount } from './textStats.js';

/** Every shard of one split of one check, in shard order. Throws FL122. */
export function checkShardsOfOneRun(shards: readonly CheckShardResult[]): CheckShardResult[] {
  const seen = checkOneRun(shards, 'checked', 'run every shard with the same --max-faults, --max-depth, --max-states, --timeout, --max-memory, --hash-compaction and --deadlock');
  return [...seen.keys()].sort((a, b) => a - b).map((i) => seen.get(i)!);
}

function verdictOf(v: CheckShardVerdict, property: Property<unknown>, design: LoadedDesign): PropertyVerdict<unknown> {
  switch (v.status) {
    case 'violated':
      return { status: 'violated', property, kind: v.kind, trace: replayPath(design.model, parsePath(v.path)), ...(v.fewestFaults === undefined ? {} : { fewestFaults: v.fewestFaults }) };
    case 'witnessed':
      return { status: 'witnessed', property, trace: replayPath(design.model, parsePath(v.path)) };
    default:
      return { status: v.status, property };
  }
}

/**
 * A shard's result as its run returned it, each trace replayed from its path on `design` (the
 * text the shard checked). Throws RangeError on a path the design does not have.
 */
export function shardCheckResult(shard: CheckShardResult, design: LoadedDesign): CheckResult<unknown> {
  const byName = new Map<string, Property<unknown>>(design.properties.map((p) => [p.name, p as Property<unknown>]));
  byName.set(DEADLOCK_FREE, deadlockFree());
  const { outcome, searched } = shard;
  const verdicts = outcome.verdicts.map((v) => {
    const property = byName.get(v.property);
    if (property === undefined) throw new RangeError(`the design has no property ${v.property}`);
    return verdictOf(v, property, design);
  });
  const s = outcome.stats;
  const stats = {
    states: s.states,
    transitions: s.transitions,
    depth: s.depth,
    seconds: s.seconds,
    statesPerSecond: s.seconds > 0 ? s.states / s.seconds : s.states,
    bytesPerState: s.bytesPerState,
    storage: searched.storage,
    maxFaults: searched.maxFaults ?? Infinity,
    share: shard.shard,
    ...(s.omissionProbability === null ? {} : { omissionProbability: s.omissionProbability }),
  };
  const base = { model: design.model.name, verdicts, stats };
  switch (outcome.status) {
    case 'pass':
      return { ...base, status: 'pass', bounds: { maxFaults: stats.maxFaults, maxDepth: outcome.bounds?.maxDepth ?? s.depth, exhaustive: outcome.bounds?.exhaustive ?? false } };
    case 'violation':
      return outcome.limit === null ? { ...base, status: 'violation' } : { ...base, status: 'violation', limit: outcome.limit };
    case 'unwitnessed':
      return { ...base, status: 'unwitnessed' };
    case 'incomplete':
      // A shard file's reader refuses an incomplete outcome without its limit.
      return { ...base, status: 'incomplete', limit: outcome.limit! };
  }
}

/**
 * One line on how the work fell across the shards (for stderr at merge time): each shard's
 * stored states and seconds, and the slowest, so a user can see whether n and the fault labels
 * split the design evenly.
 */
export function shardBalance(shards: readonly CheckShardResult[]): string {
  const each = shards.map((s) => `${shardName(s.shard)} ${formatCount(s.outcome.stats.states)} states in ${s.outcome.stats.seconds.toFixed(1)} s`);
  const slowest = shards.reduce((a, b) => (b.outcome.stats.seconds > a.outcome.stats.seconds ? b : a));
  return `merged ${shards.length} check shards: ${each.join('; ')}; slowest ${shardName(slowest.shard)}\n`;
}
