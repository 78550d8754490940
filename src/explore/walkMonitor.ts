import type { Predicate, Property } from '../core/property.js';
import type { ViolationKind } from '../core/result.js';

/** A violation found on a walk: the index of the property (-1: deadlock) and its kind. */
export interface WalkViolation {
  readonly property: number;
  readonly kind: ViolationKind;
}

/** What a {@link WalkMonitor} checks. */
export interface MonitorTargets {
  /** Indices of the `always` and `within` properties to check. */
  readonly checked: readonly number[];
  /** Report a state without any successor as a violation (kind `deadlock`). */
  readonly deadlocks: boolean;
  /** Indices of the `sometimes` properties still waiting for a witness. */
  readonly watched: readonly number[];
}

/**
 * Checks properties along one walk, state by state. `within(k, P)` keeps, per property, the
 * time since the last fault (or the initial state) while P has not held since: a step that
 * reaches a state where P is still false after more than `k` time units is a deadline
 * violation, and so is a state with no non-fault successor while P is pending. These are the
 * rules of exhaustive mode (docs/decisions/0002-liveness.md).
 */
export class WalkMonitor<S> {
  private readonly alwaysIdx: number[] = [];
  private readonly alwaysHolds: Predicate<S>[] = [];
  private readonly withinIdx: number[] = [];
  private readonly withinHolds: Predicate<S>[] = [];
  private readonly withinBound: number[] = [];
  private readonly pending: boolean[] = [];
  private readonly elapsed: number[] = [];
  private readonly watched: number[];
  private readonly deadlocks: boolean;

  constructor(
    private readonly properties: readonly Property<S>[],
    targets: MonitorTargets,
    /** Called once per watched `sometimes` property when a walk state satisfies it. */
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
        this.pending.push(false);
        this.elapsed.push(0);
      }
    }
    this.watched = [...targets.watched];
    this.deadlocks = targets.deadlocks;
  }

  /** Checks the initial state of a walk. */
  begin(state: S): WalkViolation | null {
    for (let j = 0; j < this.withinIdx.length; j++) this.restartClock(j, state);
    return this.checkState(state);
  }

  /**
   * Checks a state before a step: `allowed` successors are enabled within the fault budget
   * (none: a deadlock), `nonFaults` of them are not faults (none while a `within` is
   * pending: a deadline violation, as in exhaustive mode).
   */
  beforeStep(allowed: number, nonFaults: number): WalkViolation | null {
    if (allowed === 0 && this.deadlocks) return { property: -1, kind: 'deadlock' };
    if (nonFaults === 0) {
      for (let j = 0; j < this.withinIdx.length; j++) {
        if (this.pending[j]) return { property: this.withinIdx[j] as number, kind: 'deadline' };
      }
    }
    return null;
  }

  /** Checks the state reached by one step. */
  afterStep(state: S, fault: boolean, duration: number): WalkViolation | null {
    for (let j = 0; j < this.withinIdx.length; j++) {
      if (fault) {
        this.restartClock(j, state);
        continue;
      }
      if (!this.pending[j]) continue;
      // Time first: a predicate that becomes true only after the bound is still late (0002).
      const t = (this.elapsed[j] as number) + duration;
      this.elapsed[j] = t;
      if (t > (this.withinBound[j] as number)) return { property: this.withinIdx[j] as number, kind: 'deadline' };
      if ((this.withinHolds[j] as Predicate<S>)(state)) this.pending[j] = false;
    }
    return this.checkState(state);
  }

  /** Whether any `sometimes` property still waits for a witness. */
  watching(): boolean {
    return this.watched.length > 0;
  }

  private restartClock(j: number, state: S): void {
    this.elapsed[j] = 0;
    this.pending[j] = !(this.withinHolds[j] as Predicate<S>)(state);
  }

  private checkState(state: S): WalkViolation | null {
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
