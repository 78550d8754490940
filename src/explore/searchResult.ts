import type { Property } from '../core/property.js';
import type { CheckResult, LimitName, PropertyVerdict, RunStats, ViolationKind } from '../core/result.js';
import type { Trace } from '../core/trace.js';

/** Where a property was decided: the state, and what decided it there. */
export interface Finding {
  readonly id: number;
  readonly kind: ViolationKind | 'witness';
}

/** How a breadth-first search ended. */
export interface SearchEnd {
  /** The limit that stopped it, if one did. */
  readonly limit: LimitName | undefined;
  /** Every state within the bounds was explored (no limit, and properties were left to decide). */
  readonly complete: boolean;
  /** The last level it expanded, reported as the bound of a pass. */
  readonly depth: number;
  readonly maxFaults: number;
}

/**
 * The result of a breadth-first search, one-thread or parallel: a verdict for each property
 * (its trace replayed from the state that decided it), and the status they add up to. A
 * property left without a finding holds (or is unwitnessed) only when the search was complete.
 */
export function searchResult<S>(
  modelName: string,
  properties: readonly Property<S>[],
  findingOf: (property: Property<S>, index: number) => Finding | undefined,
  traceTo: (id: number) => Trace<S>,
  stats: RunStats,
  end: SearchEnd,
): CheckResult<S> {
  const { limit, complete } = end;
  const verdicts: PropertyVerdict<S>[] = properties.map((property, i) => {
    const f = findingOf(property, i);
    if (f) {
      const trace = traceTo(f.id);
      return f.kind === 'witness' ? { status: 'witnessed', property, trace } : { status: 'violated', property, kind: f.kind, trace };
    }
    if (property.kind === 'sometimes') return complete ? { status: 'unwitnessed', property } : { status: 'undecided', property };
    return complete ? { status: 'holds', property } : { status: 'undecided', property };
  });
  const base = { model: modelName, verdicts, stats };
  if (verdicts.some((v) => v.status === 'violated')) return limit === undefined ? { ...base, status: 'violation' } : { ...base, status: 'violation', limit };
  if (limit !== undefined) return { ...base, status: 'incomplete', limit };
  if (verdicts.some((v) => v.status === 'unwitnessed')) return { ...base, status: 'unwitnessed' };
  return { ...base, status: 'pass', bounds: { maxFaults: end.maxFaults, maxDepth: end.depth, exhaustive: complete } };
}
