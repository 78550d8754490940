/**
 * The checks every `faultline merge` makes of its shard files, whatever command wrote them:
 * one n, each index of the target share once, none missing (FL122 otherwise).
 */
import { FaultlineError } from '../core/errors.js';
import { shardName } from '../explore/shardSpec.js';
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

/**
 * The design a shard ran: the file as given, its name, and a SHA-256 of the design as loaded
 * (its normalised document; for a site manifest, the design its config files describe).
 */
export interface ShardDesign {
  readonly file: string;
  readonly name: string;
  readonly sha256: string;
}

/** What a shard of a run on one design text carries (simulate and check shards): the design file as the shard was given it and a digest of its text, the properties, the options. */
export interface DesignShard {
  readonly shard: SweepShard;
  readonly design: ShardDesign;
  readonly properties: readonly string[];
  /** The options that must be the same on every shard. */
  readonly searched: object;
}

/**
 * {@link checkSplit} for shards of one run on one design: the same file and name, the same text
 * (digest) and properties, the same options (`searched`), or FL122 naming what differs. `ran` is the
 * verb for what a shard did ("walked", "checked"); `optionsHint` names the flags to align.
 */
export function checkOneRun<T extends DesignShard>(shards: readonly T[], ran: string, optionsHint: string): Map<number, T> {
  const seen = checkSplit(shards, (s) => s.shard, { index: 0, count: 1 });
  const first = shards[0] as T;
  const firstName = shardName(first.shard);
  for (const s of shards) {
    const where = `shard ${shardName(s.shard)}`;
    if (s.design.file !== first.design.file || s.design.name !== first.design.name) {
      throw shardsDisagree(`${where} ${ran} ${s.design.file} (design "${s.design.name}"), not ${first.design.file} (design "${first.design.name}")`, 'merge the shards of one run: same design file');
    }
    if (s.design.sha256 !== first.design.sha256 || JSON.stringify(s.properties) !== JSON.stringify(first.properties)) {
      throw shardsDisagree(`${where} ${ran} another version of ${s.design.file}`, 'every shard must run the same design text; re-run the shards from one commit');
    }
    const differ = optionsThatDiffer(s.searched, first.searched, firstName);
    if (differ !== '') throw shardsDisagree(`${where} ${ran} with other options than ${firstName}: ${differ}`, optionsHint);
  }
  return seen;
}

/**
 * The options of `mine` that differ from `theirs` (shard `them`'s), named as the shard files
 * name them: `maxFaults 1 (1/3: 2), seed 43 (1/3: 42)`; `none` for an unset one.
 */
export function optionsThatDiffer(mine: object, theirs: object, them: string): string {
  const a = mine as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  const shown = (v: unknown): string => (v === null || v === undefined ? 'none' : typeof v === 'string' ? v : JSON.stringify(v));
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${k} ${shown(a[k])} (${them}: ${shown(b[k])})`)
    .join(', ');
}
