/**
 * One shard's share of a `faultline check`, as `--shard i/n` writes it and `faultline merge`
 * reads it (docs/decisions/0048-check-shards.md): the runs that take no fault or whose first
 * fault the shard owns, its verdicts with their traces as action-index paths (the merge
 * replays them on the design), its figures, and what the run was, so the merge can check the
 * shards belong together.
 */
import type { CheckResult, LimitName, PropertyVerdict, StorageMode, ViolationKind } from '../core/result.js';
import { formatPath } from '../core/trace.js';
import type { DesignShard } from './shardSplit.js';

/** The options every shard of one check must share (null: not given). */
export interface CheckShardSearch {
  /** How the runs were split (`FIRST_FAULT_SPLIT`): shards split otherwise do not cover the runs together. */
  readonly split: string;
  readonly maxFaults: number | null;
  readonly maxDepth: number | null;
  readonly maxStates: number | null;
  readonly timeoutSeconds: number | null;
  readonly maxMemoryMiB: number | null;
  readonly storage: StorageMode;
  readonly checkDeadlocks: boolean;
}

/** One property's verdict in a shard, its trace as a path (`0/2/1`). */
export type CheckShardVerdict =
  | { readonly property: string; readonly status: 'holds' | 'unwitnessed' | 'undecided' }
  | { readonly property: string; readonly status: 'witnessed'; readonly path: string }
  | {
      readonly property: string;
      readonly status: 'violated';
      readonly kind: ViolationKind;
      readonly path: string;
      readonly fewestFaults?: { readonly count: number; readonly proven: boolean };
    };

/** A shard's result: status, limit, figures, verdicts. */
export interface CheckShardOutcome {
  readonly status: 'pass' | 'violation' | 'unwitnessed' | 'incomplete';
  readonly limit: LimitName | null;
  /** A pass's bounds: the deepest level expanded, and whether every state was explored. */
  readonly bounds: { readonly maxDepth: number; readonly exhaustive: boolean } | null;
  readonly stats: {
    readonly states: number;
    readonly transitions: number;
    readonly depth: number;
    readonly seconds: number;
    readonly bytesPerState: number;
    readonly omissionProbability: number | null;
  };
  readonly verdicts: readonly CheckShardVerdict[];
}

/** A shard file: `{ faultline: 1, command: "check", shard, design, properties, searched, outcome }`. */
export interface CheckShardResult extends DesignShard {
  readonly faultline: 1;
  readonly command: 'check';
  /** 0-based: the shard explored the runs whose first fault's label hashes to `index` mod `count`. */
  readonly shard: { readonly index: number; readonly count: number };
  readonly searched: CheckShardSearch;
  readonly outcome: CheckShardOutcome;
}

function shardVerdict(v: PropertyVerdict<unknown>): CheckShardVerdict {
  const property = v.property.name;
  switch (v.status) {
    case 'violated':
      return { property, status: 'violated', kind: v.kind, path: formatPath(v.trace), ...(v.fewestFaults === undefined ? {} : { fewestFaults: v.fewestFaults }) };
    case 'witnessed':
      return { property, status: 'witnessed', path: formatPath(v.trace) };
    default:
      return { property, status: v.status };
  }
}

/** A shard's outcome from its run's result (not an error). */
export function checkShardOutcome(result: Exclude<CheckResult<unknown>, { status: 'error' }>): CheckShardOutcome {
  const { stats } = result;
  return {
    status: result.status,
    limit: ('limit' in result ? result.limit : undefined) ?? null,
    bounds: result.status === 'pass' ? { maxDepth: result.bounds.maxDepth, exhaustive: result.bounds.exhaustive } : null,
    stats: {
      states: stats.states,
      transitions: stats.transitions,
      depth: stats.depth,
      seconds: stats.seconds,
      bytesPerState: stats.bytesPerState,
      omissionProbability: stats.omissionProbability ?? null,
    },
    verdicts: result.verdicts.map(shardVerdict),
  };
}

/** Renders a shard result as the JSON a shard writes. */
export function renderCheckShard(result: CheckShardResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
