/**
 * One shard's share of a `faultline spof` sweep, as `--shard i/n` writes it and
 * `faultline merge` reads it (docs/decisions/0029-shards-and-workers.md): the report of the
 * class sets the shard owns, each row's position in the one-run enumeration order, and the
 * figures of the whole sweep that a complete merge reports.
 */
import type { SpofReport } from './spofReport.js';

/** The shard block of a shard file. */
export interface SpofShardInfo {
  /** 0-based: the shard owns the class sets whose ordinal o has o mod count = index. */
  readonly index: number;
  readonly count: number;
  /** Fault sets and class sets of the whole sweep (reported when every shard completed). */
  readonly faultSetsTotal: number;
  readonly classSetsTotal: number;
  /** Per row of `report.rows`, its ordinal in the enumeration of the unsharded sweep. */
  readonly ordinals: readonly number[];
  /** A SHA-256 of the design as loaded (`designDigest`): every shard of a merge must have swept one design. */
  readonly designSha256: string;
}

/** A shard file: `{ faultline: 1, command: "spof", shard, report }`. */
export interface SpofShardResult {
  readonly faultline: 1;
  readonly command: 'spof';
  readonly shard: SpofShardInfo;
  readonly report: SpofReport;
}

/** Renders a shard result as the JSON a shard writes. */
export function renderSpofShard(result: SpofShardResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
