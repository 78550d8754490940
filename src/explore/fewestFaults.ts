import type { Property } from '../core/property.js';
import type { PropertyVerdict } from '../core/result.js';
import type { Trace } from '../core/trace.js';

/** What the search for the fewest faults found about one violation. */
export interface FewestFaults<S> {
  /** The fewest faults a violation of the property needs (within the other bounds). */
  readonly count: number;
  /**
   * True when every smaller budget was explored completely without a violation; false when a
   * limit stopped one of those runs (the count is then an upper bound).
   */
  readonly proven: boolean;
  /** A shortest trace with `count` faults. */
  readonly trace: Trace<S>;
}

/** Runs one budget-limited search for one property; the caller's `check` with its limits. */
export type BudgetSearch<S> = (
  property: Property<S>,
  maxFaults: number,
) => { readonly trace?: Trace<S>; readonly complete: boolean };

/** Faults taken along a trace. */
export function faultsIn(trace: Trace<unknown>): number {
  let n = 0;
  for (const step of trace.steps) if (step.fault) n++;
  return n;
}

/**
 * The fewest faults a violation needs: breadth-first search minimises steps, not faults, so
 * a shortest counterexample may carry a fault it does not need. Searches again with fault
 * budgets 0, 1, … below the faults of the found trace, and stops at the first budget that
 * still violates the property (its shortest trace has exactly that many faults, since the
 * smaller budgets found none). A search a limit stopped leaves the count unproven.
 */
export function fewestFaults<S>(verdict: PropertyVerdict<S> & { status: 'violated' }, search: BudgetSearch<S>): FewestFaults<S> {
  const found = faultsIn(verdict.trace);
  let proven = true;
  for (let budget = 0; budget < found; budget++) {
    const run = search(verdict.property, budget);
    if (run.trace) return { count: faultsIn(run.trace), proven, trace: run.trace };
    if (!run.complete) proven = false;
  }
  return { count: found, proven, trace: verdict.trace };
}

