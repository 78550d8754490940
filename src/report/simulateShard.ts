/**
 * One shard's share of a `faultline simulate` run, as `--shard i/n` writes it and
 * `faultline merge` reads it (docs/decisions/0037-simulate-shards.md): the walks o with
 * o mod n = i − 1, what they found (unshrunk paths, by walk number), and what the run was,
 * so the merge can check the shards belong together and rebuild the one-run report.
 */
import type { WalkShareOutcome } from '../explore/walkShare.js';
import type { DesignShard } from './shardSplit.js';

/** The options every shard of one run must share (null: unbounded / no timeout). */
export interface SimulateShardSearch {
  readonly seed: number;
  readonly runs: number;
  readonly maxSteps: number;
  readonly maxFaults: number | null;
  readonly timeoutSeconds: number | null;
}

/** A shard file: `{ faultline: 1, command: "simulate", shard, design, searched, seconds, outcome }`. */
export interface SimulateShardResult extends DesignShard {
  readonly faultline: 1;
  readonly command: 'simulate';
  /** 0-based: the shard walked the walks o with o mod count = index. */
  readonly shard: { readonly index: number; readonly count: number };
  readonly searched: SimulateShardSearch;
  /** Wall time of the shard's walks. */
  readonly seconds: number;
  readonly outcome: WalkShareOutcome;
}

/** Renders a shard result as the JSON a shard writes. */
export function renderSimulateShard(result: SimulateShardResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
