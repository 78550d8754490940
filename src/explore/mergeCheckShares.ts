/**
 * Joins the results of the n shares of a `check` split by first fault (decision 0048) into
 * the verdicts, traces and status one whole run gives.
 *
 * Why the traces are the whole run's: a breadth-first search decides a property at its first
 * *event* — a new state that breaks it (or reaches a goal), or a state whose expansion shows a
 * deadlock or an open deadline. Events come in the order of the path to them: shorter first,
 * then smaller successor indices, a new state's event at its parent's position plus its own
 * index, an expansion's after every child of that state. The whole run's trace is the smallest
 * event over every run; each share's is the smallest over the runs it owns, and every run is
 * owned by one share (or, fault-free, by all), so the smallest of the shares' is the whole
 * run's. With fewest faults (the trace is then the smallest event among runs with that many
 * faults) the fewest count decides first.
 *
 * Counts do not add up to the whole run's: every share explores the fault-free states, and a
 * state reached after first faults of several shares is stored by each. The merged figures
 * are sums, marked with `shards` (reports say so).
 */
import type { Property } from '../core/property.js';
import type { CheckResult, LimitName, PropertyVerdict, RunStats } from '../core/result.js';
import type { Trace } from '../core/trace.js';
import { EXPIRED, withinClockAfter, withinClockAtStart } from '../core/withinClock.js';
import { shardName } from './shardSpec.js';

type Decided<S> = Extract<PropertyVerdict<S>, { trace: Trace<S> }>;
type Ran<S> = Exclude<CheckResult<S>, { status: 'error' }>;

/** Where the search decided a verdict: at the trace's last state when it was new, or when it was expanded. */
function decidedAtExpansion<S>(verdict: Decided<S>): boolean {
  if (verdict.status === 'witnessed' || verdict.kind === 'invariant') return false;
  if (verdict.kind === 'deadlock') return true;
  const p = verdict.property;
  if (p.kind !== 'within') return false;
  const { trace } = verdict;
  let clock = withinClockAtStart(p.holds, trace.initial);
  for (const step of trace.steps) clock = withinClockAfter(clock, step.fault, step.duration ?? 1, p.bound, p.holds, step.state);
  // An expired clock was seen when the state was new; a pending one when it had no step left.
  return clock !== EXPIRED;
}

/** Where a verdict's event comes in one breadth-first search: its fewest faults, when counted, and its place. */
interface EventKey {
  readonly fewest: number | undefined;
  /** The path's place: a new state's event at its parent's depth, an expansion's after every child of its state. */
  readonly place: readonly number[];
}

function eventKey<S>(v: Decided<S>): EventKey {
  const path = [v.trace.initialIndex, ...v.trace.steps.map((s) => s.choice)];
  return {
    fewest: v.status === 'violated' ? v.fewestFaults?.count : undefined,
    place: decidedAtExpansion(v) ? [path.length - 1, ...path, Infinity] : [path.length - 2, ...path],
  };
}

/** Negative when `a` is decided before `b` in one breadth-first search (fewest faults first, when both count them). */
function eventOrder(a: EventKey, b: EventKey): number {
  if (a.fewest !== undefined && b.fewest !== undefined && a.fewest !== b.fewest) return a.fewest - b.fewest;
  const [pa, pb] = [a.place, b.place];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return pa.length - pb.length;
}

function mergedVerdict<S>(property: Property<S>, verdicts: readonly PropertyVerdict<S>[]): PropertyVerdict<S> {
  const decided = verdicts.filter((v): v is Decided<S> => v.status === 'violated' || v.status === 'witnessed');
  if (decided.length === 0) {
    if (verdicts.every((v) => v.status === 'holds')) return { status: 'holds', property };
    if (verdicts.every((v) => v.status === 'unwitnessed')) return { status: 'unwitnessed', property };
    return { status: 'undecided', property };
  }
  // Each verdict's key once (a deadline's replays its clock), then the earliest.
  const keyed = decided.map((v) => ({ v, key: eventKey(v) }));
  const first = keyed.reduce((best, k) => (eventOrder(k.key, best.key) < 0 ? k : best)).v;
  if (first.status !== 'violated' || first.fewestFaults === undefined) return { ...first, property };
  // The fewest count is proven when every share proved its own or saw no violation at all.
  const proven = verdicts.every((v) => (v.status === 'violated' ? v.fewestFaults?.proven === true : v.status === 'holds'));
  return { ...first, property, fewestFaults: { count: first.fewestFaults.count, proven } };
}

function mergedStats(shares: readonly Ran<unknown>[]): RunStats {
  const sum = (f: (s: RunStats) => number): number => shares.reduce((t, r) => t + f(r.stats), 0);
  const first = shares[0]!.stats;
  const states = sum((s) => s.states);
  const seconds = Math.max(...shares.map((r) => r.stats.seconds));
  const omission = shares.map((r) => r.stats.omissionProbability);
  return {
    states,
    transitions: sum((s) => s.transitions),
    depth: Math.max(...shares.map((r) => r.stats.depth)),
    seconds,
    statesPerSecond: seconds > 0 ? states / seconds : states,
    bytesPerState: states > 0 ? sum((s) => s.bytesPerState * s.states) / states : 0,
    storage: first.storage,
    maxFaults: first.maxFaults,
    // One shard of one is the whole run: its counts are the run's.
    ...(shares.length > 1 ? { shards: shares.length } : {}),
    ...(omission.some((p) => p !== undefined) ? { omissionProbability: Math.min(1, omission.reduce<number>((t, p) => t + (p ?? 1), 0)) } : {}),
  };
}

/**
 * Throws unless the shares are each share of one split exactly once: a merge of some shares
 * only would call a property safe that a missing share breaks.
 */
function expectOneSplit(shares: readonly ({ index: number; count: number } | undefined)[]): void {
  const count = shares[0]?.count;
  const seen = new Set<number>();
  shares.forEach((s, i) => {
    if (s === undefined) throw new RangeError(`result ${i + 1} is not a shard's: run check with { shard: { index, count } } for every index`);
    if (s.count !== count) throw new RangeError(`result ${i + 1} is shard ${shardName(s)}, from another split than ${shardName(shares[0]!)}`);
    if (seen.has(s.index)) throw new RangeError(`shard ${shardName(s)} is given twice`);
    seen.add(s.index);
  });
  const missing = Array.from({ length: count ?? 0 }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new RangeError(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i + 1}/${count}`).join(', ')} missing: a merge needs every shard of the split`);
}

/**
 * The result one whole `check` gives, from the results of every share of one split (each run
 * with `shard: { index, count }` on the same model, properties and options, in any order;
 * RangeError unless every share of one split is there once).
 * Verdicts, traces, fewest faults and status are the whole run's when every share completed;
 * `stats` are the shares' sums with `stats.shards` set. A share that ended in an error makes
 * the merge that error.
 */
export function mergeCheckShares<S>(shares: readonly CheckResult<S>[]): CheckResult<S> {
  const failed = shares.find((r) => r.status === 'error');
  if (failed !== undefined) return failed;
  const ran = shares as readonly Ran<S>[];
  const first = ran[0];
  if (first === undefined) throw new RangeError('mergeCheckShares needs the result of every share, got none');
  expectOneSplit(ran.map((r) => r.stats.share));
  const verdicts = first.verdicts.map((v, i) => {
    const each = ran.map((r) => r.verdicts[i]);
    if (each.some((e) => e?.property.name !== v.property.name)) throw new RangeError(`the shares checked other properties (${v.property.name} is not property ${i + 1} of every share)`);
    return mergedVerdict(v.property, each as PropertyVerdict<S>[]);
  });
  const stats = mergedStats(ran as readonly Ran<unknown>[]);
  const base = { model: first.model, verdicts, stats };
  const limit: LimitName | undefined = ran.map((r) => ('limit' in r ? r.limit : undefined)).find((l) => l !== undefined);
  if (verdicts.some((v) => v.status === 'violated')) return limit === undefined ? { ...base, status: 'violation' } : { ...base, status: 'violation', limit };
  if (limit !== undefined) return { ...base, status: 'incomplete', limit };
  if (verdicts.some((v) => v.status === 'unwitnessed')) return { ...base, status: 'unwitnessed' };
  const passes = ran.filter((r): r is Extract<Ran<S>, { status: 'pass' }> => r.status === 'pass');
  return {
    ...base,
    status: 'pass',
    bounds: {
      maxFaults: first.stats.maxFaults,
      maxDepth: Math.max(0, ...passes.map((r) => r.bounds.maxDepth)),
      exhaustive: passes.length === ran.length && passes.every((r) => r.bounds.exhaustive),
    },
  };
}
