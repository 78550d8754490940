import type { Property } from '../core/property.js';
import type { CheckResult, PropertyVerdict } from '../core/result.js';
import type { CheckSettings } from './checkSettings.js';
import { fewestFaults } from './fewestFaults.js';

/** One exhaustive run of one property under a fault budget and a time allowance. */
export type BudgetRun<S> = (property: Property<S>, maxFaults: number, timeoutMs: number) => CheckResult<S>;

/**
 * Replaces each violation's trace by one with the fewest faults the violation needs, and
 * records that count (see {@link fewestFaults}). The searches share what is left of the
 * run's timeout; the other limits apply to each search as they did to the run.
 */
export function withFewestFaults<S>(result: CheckResult<S>, settings: CheckSettings, run: BudgetRun<S>): CheckResult<S> {
  if (result.status !== 'violation') return result;
  const started = performance.now();
  const verdicts = result.verdicts.map((verdict): PropertyVerdict<S> => {
    if (verdict.status !== 'violated' || verdict.kind === 'deadlock') return verdict;
    const fewest = fewestFaults(verdict, (property, maxFaults) => {
      const left = settings.timeoutMs - result.stats.seconds * 1000 - (performance.now() - started);
      if (left <= 0) return { complete: false };
      const smaller = run(property, maxFaults, left);
      if (smaller.status === 'error') return { complete: false };
      const found = smaller.verdicts.find((v) => v.property === property);
      if (found?.status === 'violated') return { trace: found.trace, complete: true };
      return { complete: smaller.status === 'pass' && smaller.bounds.exhaustive };
    });
    return { ...verdict, trace: fewest.trace, fewestFaults: { count: fewest.count, proven: fewest.proven } };
  });
  return { ...result, verdicts };
}
