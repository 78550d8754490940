/**
 * Runs one share of a random run's walks and keeps, per property, the shortest finding
 * (lowest walk number among equals) that violated or witnessed it, with its unshrunk path. Shares of one run merge by
 * summing counts and keeping the lowest-numbered finding per property, which gives what the
 * unsplit run finds (docs/decisions/0037-simulate-shards.md).
 */
import type { Property } from '../core/property.js';
import { PropertyMonitor } from '../core/propertyMonitor.js';
import type { ViolationKind } from '../core/result.js';
import { BudgetClock } from './budgetClock.js';
import type { RandomSettings } from './randomSettings.js';
import type { SweepShard } from './sweepTypes.js';
import { walkNumbers } from './walkPlan.js';
import { WalkRunner } from './walkRunner.js';
import type { WalkStepper } from './walkStepper.js';

/** The first walk of a share that broke (or, for `sometimes`, reached) a property. */
export interface WalkFinding {
  /** Property index; -1 for deadlock. */
  readonly property: number;
  /** The walk's number in the whole run. */
  readonly walk: number;
  /** Violation kind; absent for a witness. */
  readonly kind?: ViolationKind;
  /** Action-index path from the initial state to the finding, unshrunk. */
  readonly path: readonly number[];
}

/** What a share's walks did: plain data, so it crosses threads and is a shard file's core. */
export interface WalkShareOutcome {
  /** Walks done. */
  readonly runs: number;
  /** Steps taken by those walks (shrinking not included). */
  readonly steps: number;
  /** The longest walk's steps. */
  readonly longest: number;
  /** Whether the timeout stopped the share before all its walks were done. */
  readonly timedOut: boolean;
  /** Violations, by property index ascending. */
  readonly violations: readonly WalkFinding[];
  /** Witnesses of `sometimes` properties, by property index ascending. */
  readonly witnesses: readonly WalkFinding[];
}

/**
 * Walks the walks `o` < `settings.runs` with `o mod share.count = share.index`, in order.
 * Every walk runs to its natural end (see {@link WalkRunner.run}) and checks every property
 * afresh; per property the shortest finding is kept (the first walk among equals).
 */
export function walkShare<S>(
  stepper: WalkStepper<S>,
  properties: readonly Property<S>[],
  deadlocks: boolean,
  settings: RandomSettings,
  share: SweepShard,
  started: number,
): WalkShareOutcome {
  const violations = new Map<number, WalkFinding>();
  const witnesses = new Map<number, WalkFinding>();
  const checked = properties.flatMap((p, i) => (p.kind === 'sometimes' ? [] : [i]));
  const watched = properties.flatMap((p, i) => (p.kind === 'sometimes' ? [i] : []));
  let walk = 0;
  let runner: WalkRunner<S> | undefined;
  // Per property the shortest path found, ties to the lower walk number (walks come in order).
  const keep = (into: Map<number, WalkFinding>, f: WalkFinding): void => {
    const had = into.get(f.property);
    if (had === undefined || f.path.length < had.path.length) into.set(f.property, f);
  };
  const monitorFor = (): PropertyMonitor<S> =>
    new PropertyMonitor(properties, { checked, deadlocks, watched }, (i) => keep(witnesses, { property: i, walk, path: (runner as WalkRunner<S>).currentPath() }));
  const clock = new BudgetClock(started, settings.timeoutMs, Infinity);
  runner = new WalkRunner(stepper, monitorFor(), settings.maxFaults, settings.maxSteps, clock);
  const walker = runner;
  const found = (v: { readonly property: number; readonly kind: ViolationKind }): void => {
    keep(violations, { property: v.property, walk, kind: v.kind, path: walker.currentPath() });
  };
  let runs = 0;
  let nextProgress = started + 1000;
  for (walk = share.index; walk < settings.runs; walk += share.count) {
    if (clock.exceeded !== undefined) break;
    const numbers = walkNumbers(settings.seed, walk);
    if (runs > 0) walker.monitor = monitorFor();
    walker.run(numbers.initial, numbers.seed, numbers.faultPermille, found);
    runs++;
    if ((runs & 63) === 0) {
      const now = performance.now();
      if (now >= nextProgress) {
        nextProgress = now + 1000;
        const seconds = (now - started) / 1000;
        settings.onProgress({
          states: walker.steps + runs,
          transitions: walker.steps,
          depth: walker.longest,
          seconds,
          statesPerSecond: (walker.steps + runs) / seconds,
          queued: runs,
        });
      }
    }
  }
  const byProperty = (m: Map<number, WalkFinding>): WalkFinding[] => [...m.values()].sort((a, b) => a.property - b.property);
  return {
    runs,
    steps: walker.steps,
    longest: walker.longest,
    timedOut: clock.exceeded !== undefined,
    violations: byProperty(violations),
    witnesses: byProperty(witnesses),
  };
}

/**
 * Joins the outcomes of the shares of one run: counts summed, the longest walk, and per
 * property the finding of the lowest-numbered walk — what one process walking every share's
 * walks would have kept.
 */
export function mergeWalkShares(parts: readonly WalkShareOutcome[]): WalkShareOutcome {
  const first = (pick: (o: WalkShareOutcome) => readonly WalkFinding[]): WalkFinding[] => {
    const best = new Map<number, WalkFinding>();
    for (const part of parts) {
      for (const f of pick(part)) {
        const had = best.get(f.property);
        if (had === undefined || f.path.length < had.path.length || (f.path.length === had.path.length && f.walk < had.walk)) best.set(f.property, f);
      }
    }
    return [...best.values()].sort((a, b) => a.property - b.property);
  };
  return {
    runs: parts.reduce((t, p) => t + p.runs, 0),
    steps: parts.reduce((t, p) => t + p.steps, 0),
    longest: parts.reduce((t, p) => Math.max(t, p.longest), 0),
    timedOut: parts.some((p) => p.timedOut),
    violations: first((p) => p.violations),
    witnesses: first((p) => p.witnesses),
  };
}
