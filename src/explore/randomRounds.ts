import fc from 'fast-check';
import type { Property } from '../core/property.js';
import type { RandomSettings } from './randomSettings.js';
import { PropertyMonitor, type MonitorViolation } from '../core/propertyMonitor.js';
import { BudgetClock } from './budgetClock.js';
import { WalkRunner } from './walkRunner.js';
import type { WalkStepper } from './walkStepper.js';

/** What the walks found: violations and witnesses as action-index paths (not yet shrunk). */
export interface RoundsOutcome {
  /** Property index (-1: deadlock) to its violation kind and path. */
  readonly violations: Map<number, { readonly violation: MonitorViolation; readonly path: number[] }>;
  /** `sometimes` property index to the path of its first witness. */
  readonly witnesses: Map<number, number[]>;
  readonly runs: number;
  readonly steps: number;
  readonly longest: number;
  readonly timedOut: boolean;
}

/**
 * Runs fast-check over walks, in rounds: each round is one `fc.check` over the properties
 * still undecided; its first failing walk decides one property, which leaves the next round.
 * A walk is `[initialChoice, choices]`, an array of naturals of length up to `maxSteps`;
 * fast-check's own shrinking is off (the deterministic pass in walkShrink.ts does better).
 */
/** Fault rates (per thousand steps) a walk draws from; -1 picks among all successors alike. */
const FAULT_RATES = [-1, 0, 10, 30, 100, 300] as const;

export function runRounds<S>(
  stepper: WalkStepper<S>,
  properties: readonly Property<S>[],
  deadlocks: boolean,
  settings: RandomSettings,
  started: number,
): RoundsOutcome {
  const violations: RoundsOutcome['violations'] = new Map();
  const witnesses = new Map<number, number[]>();
  const checked = properties.flatMap((p, i) => (p.kind === 'sometimes' ? [] : [i]));
  const watched = properties.flatMap((p, i) => (p.kind === 'sometimes' ? [i] : []));
  // A walk: initial state, PRNG seed, and a fault rate drawn from a swarm (per thousand;
  // -1 = every successor equally likely). See docs/decisions/0006-random-mode.md.
  const arb = fc.tuple(fc.nat(), fc.integer(), fc.constantFrom(...FAULT_RATES));
  const deadline = started + settings.timeoutMs;
  let runs = 0;
  let steps = 0;
  let longest = 0;
  let timedOut = false;
  let nextProgress = started + 1000;
  const clock = new BudgetClock(started, settings.timeoutMs, Infinity);

  for (let round = 0; runs < settings.runs && !timedOut; round++) {
    const undecided = checked.filter((i) => !violations.has(i));
    const checkDeadlocks = deadlocks && !violations.has(-1);
    const unwitnessed = watched.filter((i) => !witnesses.has(i));
    if (undecided.length === 0 && !checkDeadlocks && unwitnessed.length === 0) break;
    let runner: WalkRunner<S> | undefined;
    const monitor = new PropertyMonitor(
      properties,
      { checked: undecided, deadlocks: checkDeadlocks, watched: unwitnessed },
      (i) => witnesses.set(i, (runner as WalkRunner<S>).currentPath()),
    );
    runner = new WalkRunner(stepper, monitor, settings.maxFaults, settings.maxSteps, clock);
    const walker = runner;
    let roundRuns = 0;
    let failure: { readonly violation: MonitorViolation; readonly path: number[] } | undefined;
    const details = fc.check(
      fc.property(arb, ([initial, seed, rate]) => {
        roundRuns++;
        if (clock.exceeded !== undefined) return true;
        const violation = walker.run(initial, seed, rate);
        if (violation !== null) failure = { violation, path: walker.currentPath() };
        const ok = violation === null;
        if ((roundRuns & 63) === 0) {
          const now = performance.now();
          if (now >= nextProgress) {
            nextProgress = now + 1000;
            const seconds = (now - started) / 1000;
            const taken = steps + walker.steps;
            settings.onProgress({
              states: taken + runs + roundRuns,
              transitions: taken,
              depth: Math.max(longest, walker.longest),
              seconds,
              statesPerSecond: (taken + runs + roundRuns) / seconds,
              queued: runs + roundRuns,
            });
          }
        }
        return ok;
      }),
      {
        seed: (settings.seed ^ Math.imul(round, 0x9e3779b1)) | 0,
        numRuns: settings.runs - runs,
        endOnFailure: true,
        ...(settings.timeoutMs === Infinity
          ? {}
          : { plugins: [fc.interruptAfterTimeLimit(Math.max(1, deadline - performance.now()))] }),
      },
    );
    runs += roundRuns;
    steps += walker.steps;
    longest = Math.max(longest, walker.longest);
    // The failing walk is the last one run (endOnFailure): its path was kept when it failed.
    if (details.failed && failure !== undefined) {
      violations.set(failure.violation.property, failure);
      if (clock.exceeded !== undefined) timedOut = true;
    } else if (details.failed && details.errorInstance !== null) {
      // The model threw inside a walk: the caller turns it into FL302.
      throw details.errorInstance;
    } else if (clock.exceeded !== undefined) {
      timedOut = true;
      break;
    } else {
      timedOut = details.interrupted || performance.now() >= deadline;
      if (!details.failed) break;
    }
  }
  return { violations, witnesses, runs, steps, longest, timedOut };
}
