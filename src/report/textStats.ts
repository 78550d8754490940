import type { LimitName, RunStats } from '../core/result.js';
import type { RandomInfo } from './report.js';
import { shardName } from '../explore/shardSpec.js';

const count = new Intl.NumberFormat('en-US');

/** `1,234`. */
export function formatCount(n: number): string {
  return count.format(Math.round(n));
}

/** The fault budget as reports print it. */
export function formatBudget(maxFaults: number): string {
  return Number.isFinite(maxFaults) ? `fault budget ${maxFaults}` : 'no fault budget (unbounded)';
}

/**
 * One line of run figures: states, transitions, depth, time, rate, memory, budget, storage.
 * Without `timing` the time and the rate are left out (the gallery's files stay stable).
 */
export function statsLine(stats: RunStats, random?: RandomInfo, timing = true): string {
  const parts = random
    ? [
        `${formatCount(random.runs)} runs`,
        `${formatCount(random.steps)} steps`,
        `longest walk ${stats.depth}`,
        ...(timing ? [`${stats.seconds.toFixed(2)} s`, `${formatCount(random.stepsPerSecond)} steps/s`] : []),
      ]
    : [
        `${formatCount(stats.states)} states`,
        `${formatCount(stats.transitions)} transitions${shardedNote(stats)}`,
        `depth ${stats.depth}`,
        ...(timing ? [`${stats.seconds.toFixed(2)} s`, `${formatCount(stats.statesPerSecond)} states/s`] : []),
        `${stats.bytesPerState.toFixed(1)} bytes/state`,
      ];
  parts.push(formatBudget(stats.maxFaults));
  const scope = shareScope(stats);
  if (scope !== '') parts.push(scope);
  if (stats.storage === 'hash-compaction') {
    const p = stats.omissionProbability;
    parts.push(`hash compaction (omission probability ≤ ${p === undefined ? 'unknown' : p.toExponential(1)})`);
  }
  return `stats: ${parts.join(', ')}`;
}

/** The flag and value a run stopped at, as the user typed it: `--max-states 1000`, `--timeout`. */
export function limitFlag(limit: LimitName, limits: Readonly<Partial<Record<LimitName, number>>>): string {
  const value = limits[limit];
  return value === undefined ? `--${limit}` : `--${limit} ${value}`;
}

/** For a check merged from shards: the counts are the shards' sums, not one run's (decision 0048). */
export function shardedNote(stats: RunStats): string {
  return stats.shards === undefined ? '' : ` (summed over ${stats.shards} shards; each shard also counts the fault-free states)`;
}

/** The share of a split a check covered, when it covered less than the whole run (1/1 is whole). */
export function partialShare(stats: RunStats): { readonly index: number; readonly count: number } | undefined {
  return stats.share !== undefined && stats.share.count > 1 ? stats.share : undefined;
}

/** For one shard's check: what it covered, in words (decision 0048); '' for a whole run. */
export function shareScope(stats: RunStats): string {
  const s = partialShare(stats);
  return s === undefined ? '' : `only shard ${shardName(s)}: the runs with no fault or a first fault of its own; merge every shard for the design's verdict`;
}

/** What a run injected: the budget, the kinds explored and, when the design narrowed them, the kinds left out. */
export function faultsLine(maxFaults: number, faults: { readonly explored: readonly string[]; readonly omitted: readonly string[] }): string {
  const kinds = faults.explored.length > 0 ? faults.explored.join(', ') : 'none';
  const left = faults.omitted.length > 0 ? `; not explored: ${faults.omitted.join(', ')} (add them to faults.kinds)` : '; every kind the design can suffer';
  return `faults: ${formatBudget(maxFaults).replace(/^fault /, '')}; kinds: ${kinds}${left}`;
}
