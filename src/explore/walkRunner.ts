import type { MonitorViolation as WalkViolation, PropertyMonitor } from '../core/propertyMonitor.js';
import type { BudgetClock } from './budgetClock.js';
import { uintMod } from './uintMod.js';
import type { WalkStepper } from './walkStepper.js';

/** The end of one walk driven by identities (see {@link WalkRunner.runIdentities}). */
export interface IdentityWalk {
  readonly violation: WalkViolation | null;
  /** The action-index path actually taken: initial index, then successor indices. */
  readonly path: number[];
  /** The identities of the steps actually taken (skipped ones dropped). */
  readonly identities: (number | string)[];
}

/**
 * Runs walks on a {@link WalkStepper} under a fault budget, checking each state with a
 * {@link PropertyMonitor}. Fault successors are not chosen once the walk has used the budget;
 * choices always index the full enumeration, so the recorded path replays with `replayPath`.
 */
export class WalkRunner<S> {
  /** Steps taken by all walks so far. */
  steps = 0;
  /** Length of the longest walk so far. */
  longest = 0;
  private readonly path: Int32Array;
  private length = 0;

  constructor(
    private readonly stepper: WalkStepper<S>,
    /** Replaceable between walks (a random run checks every walk afresh). */
    public monitor: PropertyMonitor<S>,
    private readonly maxFaults: number,
    maxSteps: number,
    /** Read at every step, so an expensive walk stops at the timeout, not after it. */
    private readonly clock?: BudgetClock,
  ) {
    this.path = new Int32Array(maxSteps + 1);
  }

  /** The path of the current (or last) walk: initial index, then successor indices. */
  currentPath(): number[] {
    return Array.from(this.path.subarray(0, this.length));
  }

  /**
   * One walk of up to `maxSteps` steps: `initialChoice` picks the initial state; a PRNG seeded
   * with `seed` draws each step. With `faultPermille` ≥ 0 the step is a fault (while the
   * budget lasts and one is enabled) with that probability per thousand, else a non-fault
   * chosen uniformly — swarm testing: walks that rarely fault reach deep protocol states,
   * walks that fault often stress recovery. With `faultPermille` < 0 every enabled successor
   * is equally likely.
   *
   * A violation does not end the walk: `found` is called (with {@link currentPath} reaching
   * it), the monitor stops checking that property, and the walk goes on for the others. So a
   * walk's steps depend on its three numbers alone, never on what is checked
   * (docs/decisions/0037-simulate-shards.md). Only the clock's timeout ends a walk early.
   */
  run(initialChoice: number, seed: number, faultPermille: number, found: (violation: WalkViolation) => void): void {
    const { stepper, monitor } = this;
    if (stepper.initialCount === 0) return;
    const init = initialChoice % stepper.initialCount;
    stepper.reset(init);
    this.path[0] = init;
    this.length = 1;
    const report = (first: WalkViolation | null, again: () => WalkViolation | null): void => {
      for (let v = first; v !== null; v = again()) {
        found(v);
        monitor.drop(v.property);
      }
    };
    report(monitor.begin(stepper.state()), () => monitor.recheck(stepper.state()));
    let faults = 0;
    let taken = 0;
    let rng = seed | 0;
    const steps = this.path.length - 1;
    for (let c = 0; c < steps; c++) {
      if (this.clock?.tick()) break;
      const count = stepper.expand();
      const nonFaults = stepper.nonFaultCount();
      const budgetLeft = faults < this.maxFaults;
      const allowed = budgetLeft ? count : nonFaults;
      const before = monitor.beforeStep(allowed, nonFaults);
      if (before !== null) report(before, () => monitor.beforeStep(allowed, nonFaults));
      // mulberry32: one 32-bit draw per step
      rng = (rng + 0x6d2b79f5) | 0;
      let t = Math.imul(rng ^ (rng >>> 15), 1 | rng);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      const draw = (t ^ (t >>> 14)) >>> 0;
      const faultCount = count - nonFaults;
      let k: number;
      if (budgetLeft && faultPermille < 0) {
        if (count === 0) break;
        k = uintMod(draw, count);
      } else if (budgetLeft && faultCount > 0 && (nonFaults === 0 || uintMod(draw, 1000) < faultPermille)) {
        k = this.faultIndex(count, uintMod(Math.floor(draw / 1000), faultCount));
      } else {
        if (nonFaults === 0) break;
        k = stepper.nonFaultIndex(uintMod(Math.floor(draw / 1000), nonFaults));
      }
      const fault = stepper.faultAt(k);
      const duration = stepper.advance(k);
      if (duration < 0) break;
      if (fault) faults++;
      taken++;
      this.path[this.length++] = k;
      const after = monitor.afterStep(stepper.state(), fault, duration);
      if (after !== null) report(after, () => monitor.recheck(stepper.state()));
    }
    this.account(taken);
  }

  /** The enumeration index of the `j`-th fault among `count` successors. */
  private faultIndex(count: number, j: number): number {
    for (let k = 0, seen = 0; k < count; k++) {
      if (this.stepper.faultAt(k) && seen++ === j) return k;
    }
    return count - 1;
  }

  /**
   * One walk that takes, in order, the actions named by `identities`, skipping any that is
   * not enabled (or is a fault beyond the budget) where it comes. Used to shrink walks: the
   * remaining steps keep their meaning when earlier ones are removed.
   */
  runIdentities(initialIndex: number, identities: readonly (number | string)[]): IdentityWalk {
    const { stepper, monitor } = this;
    stepper.reset(initialIndex);
    const path = [initialIndex];
    const taken: (number | string)[] = [];
    let v = monitor.begin(stepper.state());
    let faults = 0;
    for (let c = 0; v === null; c++) {
      const count = stepper.expand();
      const nonFaults = stepper.nonFaultCount();
      v = monitor.beforeStep(faults < this.maxFaults ? count : nonFaults, nonFaults);
      if (v !== null || c >= identities.length) break;
      const id = identities[c] as number | string;
      let k = -1;
      for (let j = 0; j < count; j++) {
        if (stepper.identityAt(j) === id) {
          k = j;
          break;
        }
      }
      if (k < 0) continue;
      const fault = stepper.faultAt(k);
      if (fault && faults >= this.maxFaults) continue;
      const duration = stepper.advance(k);
      if (duration < 0) continue;
      if (fault) faults++;
      path.push(k);
      taken.push(id);
      v = monitor.afterStep(stepper.state(), fault, duration);
    }
    this.account(taken.length);
    return { violation: v, path, identities: taken };
  }

  /** State keys along `path` (initial state first), for loop cutting. */
  keysAlong(path: readonly number[]): string[] {
    const { stepper } = this;
    stepper.reset(path[0] ?? 0);
    const keys = [stepper.key()];
    for (let i = 1; i < path.length; i++) {
      stepper.expand();
      stepper.advance(path[i] as number);
      keys.push(stepper.key());
    }
    return keys;
  }

  /** The identities of the steps of `path`. */
  identitiesAlong(path: readonly number[]): (number | string)[] {
    const { stepper } = this;
    stepper.reset(path[0] ?? 0);
    const ids: (number | string)[] = [];
    for (let i = 1; i < path.length; i++) {
      stepper.expand();
      ids.push(stepper.identityAt(path[i] as number));
      stepper.advance(path[i] as number);
    }
    return ids;
  }

  private account(taken: number): void {
    this.steps += taken;
    if (taken > this.longest) this.longest = taken;
  }
}
