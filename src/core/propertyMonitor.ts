import type { Predicate, Property } from './property.js';
import type { ViolationKind } from './result.js';
import { EXPIRED, withinClockAfter, withinClockAtStart, withinPending } from './withinClock.js';

/** A violation found along a trace: the index of the property (-1: deadlock) and its kind. */
export interface MonitorViolation {
  readonly property: number;
  readonly kind: ViolationKind;
}

/** What a {@link PropertyMonitor} checks. */
export interface MonitorTargets {
  /** Indices of the `always` and `within` properties to check. */
  readonly checked: readonly number[];
  /** Report a state without any successor as a violation (kind `deadlock`). */
  readonly deadlocks: boolean;
  /** Indices of the `sometimes` properties still waiting for a witness. */
  readonly watched: readonly number[];
}

/**
 * The one evaluator of properties along a trace, state by state: random walks (`simulate`)
 * and `replay` run it, and exhaustive search keeps the same clocks in its state keys
 * ({@link withinClockAfter}) and the same end-of-time rule. `within(k, P)` keeps, per
 * property, a clock since the last fault (or the initial state) while P has not held since:
 * a step that takes it past `k` is a deadline violation, and so is a state with no non-fault
 * successor while P is pending — time cannot pass there, so P never comes
 * (docs/decisions/0002-liveness.md).
 */
export class PropertyMonitor<S> {
  private readonly alwaysIdx: number[] = [];
  private readonly alwaysHolds: Predicate<S>[] = [];
  private readonly withinIdx: number[] = [];
  private readonly withinHolds: Predicate<S>[] = [];
  private readonly withinBound: number[] = [];
  private readonly clock: number[] = [];
  private readonly elapsedSince: number[] = [];
  private readonly watched: number[];
  private deadlocks: boolean;
  /** `within` properties whose deadline the last step passed, after the one it returned. */
  private readonly expired: number[] = [];

  constructor(
    private readonly properties: readonly Property<S>[],
    targets: MonitorTargets,
    /** Called once per watched `sometimes` property when a state satisfies it. */
    private readonly onWitness: (property: number) => void = () => {},
  ) {
    for (const i of targets.checked) {
      const p = properties[i];
      if (p?.kind === 'always') {
        this.alwaysIdx.push(i);
        this.alwaysHolds.push(p.holds);
      } else if (p?.kind === 'within') {
        this.withinIdx.push(i);
        this.withinHolds.push(p.holds);
        this.withinBound.push(p.bound);
        this.clock.push(0);
        this.elapsedSince.push(0);
      }
    }
    this.watched = [...targets.watched];
    this.deadlocks = targets.deadlocks;
  }

  /** Checks the initial state of a trace. */
  begin(state: S): MonitorViolation | null {
    this.expired.length = 0;
    for (let j = 0; j < this.withinIdx.length; j++) {
      this.clock[j] = withinClockAtStart(this.withinHolds[j] as Predicate<S>, state);
      this.elapsedSince[j] = 0;
    }
    return this.checkState(state);
  }

  /**
   * Checks a state before a step: `allowed` successors are enabled within the fault budget
   * (none: a deadlock), `nonFaults` of them are not faults (none while a `within` is
   * pending: a deadline violation).
   */
  beforeStep(allowed: number, nonFaults: number): MonitorViolation | null {
    if (allowed === 0 && this.deadlocks) return { property: -1, kind: 'deadlock' };
    if (nonFaults === 0) {
      for (let j = 0; j < this.withinIdx.length; j++) {
        if (withinPending(this.clock[j] as number)) return { property: this.withinIdx[j] as number, kind: 'deadline' };
      }
    }
    return null;
  }

  /** Checks the state reached by one step. */
  afterStep(state: S, fault: boolean, duration: number): MonitorViolation | null {
    if (this.expired.length > 0) this.expired.length = 0;
    let first = -1;
    for (let j = 0; j < this.withinIdx.length; j++) {
      const before = this.clock[j] as number;
      const after = withinClockAfter(before, fault, duration, this.withinBound[j] as number, this.withinHolds[j] as Predicate<S>, state);
      this.clock[j] = after;
      this.elapsedSince[j] = fault ? 0 : (this.elapsedSince[j] as number) + duration;
      if (after === EXPIRED && before !== EXPIRED) {
        if (first < 0) first = this.withinIdx[j] as number;
        else this.expired.push(this.withinIdx[j] as number);
      }
    }
    if (first >= 0) return { property: first, kind: 'deadline' };
    return this.checkState(state);
  }

  /**
   * Stops checking `property` (-1: deadlocks) for the rest of this monitor's life: a walk
   * that found its violation goes on for the other properties (docs/decisions/0037).
   */
  drop(property: number): void {
    if (property < 0) {
      this.deadlocks = false;
      return;
    }
    const a = this.alwaysIdx.indexOf(property);
    if (a >= 0) {
      this.alwaysIdx.splice(a, 1);
      this.alwaysHolds.splice(a, 1);
    }
    const w = this.withinIdx.indexOf(property);
    if (w >= 0) {
      for (const list of [this.withinIdx, this.withinHolds, this.withinBound, this.clock, this.elapsedSince]) list.splice(w, 1);
    }
    const e = this.expired.indexOf(property);
    if (e >= 0) this.expired.splice(e, 1);
  }

  /**
   * After {@link drop}ping the property a check returned: the next violation of the same
   * state (another deadline the same step passed, or an invariant), or null.
   */
  recheck(state: S): MonitorViolation | null {
    const next = this.expired.shift();
    if (next !== undefined) return { property: next, kind: 'deadline' };
    return this.checkState(state);
  }

  /** Whether anything is still checked or watched. */
  checking(): boolean {
    return this.deadlocks || this.alwaysIdx.length > 0 || this.withinIdx.length > 0 || this.watched.length > 0;
  }

  /** Whether any `sometimes` property still waits for a witness. */
  watching(): boolean {
    return this.watched.length > 0;
  }

  /**
   * For a checked `within` property still waiting for its predicate: the time since the
   * start or the last fault. Undefined when it is not pending.
   */
  pendingElapsed(property: number): number | undefined {
    const j = this.withinIdx.indexOf(property);
    if (j < 0 || !withinPending(this.clock[j] as number)) return undefined;
    return this.elapsedSince[j];
  }

  private checkState(state: S): MonitorViolation | null {
    for (let w = this.watched.length - 1; w >= 0; w--) {
      const i = this.watched[w] as number;
      if ((this.properties[i] as Property<S>).holds(state)) {
        this.watched.splice(w, 1);
        this.onWitness(i);
      }
    }
    for (let j = 0; j < this.alwaysIdx.length; j++) {
      if (!(this.alwaysHolds[j] as Predicate<S>)(state)) {
        return { property: this.alwaysIdx[j] as number, kind: 'invariant' };
      }
    }
    return null;
  }
}
