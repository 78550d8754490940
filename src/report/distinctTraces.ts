import type { PropertyVerdict } from '../core/result.js';
import { formatPath, type Trace } from '../core/trace.js';

/** A violated verdict: the ones that carry a counterexample. */
export type Violated<S> = Extract<PropertyVerdict<S>, { status: 'violated' }>;

/** A property broken along a trace, and the state (0 = initial) where it fails. */
export interface BrokenAt<S> {
  readonly verdict: Violated<S>;
  readonly state: number;
}

/** One counterexample and every property it breaks, in the order the design lists them. */
export interface DistinctTrace<S> {
  readonly path: string;
  readonly trace: Trace<S>;
  readonly broken: readonly BrokenAt<S>[];
}

function extends_(longer: Trace<unknown>, shorter: Trace<unknown>): boolean {
  return (
    longer.initialIndex === shorter.initialIndex &&
    longer.steps.length >= shorter.steps.length &&
    shorter.steps.every((s, i) => s.choice === longer.steps[i]!.choice)
  );
}

/**
 * The violated verdicts grouped by trace: a counterexample that is the same path as another,
 * or a prefix of it, is folded into the longer one with the state where it fails, so a
 * report prints each trace once and names every property it breaks.
 */
export function distinctTraces<S>(verdicts: readonly PropertyVerdict<S>[]): DistinctTrace<S>[] {
  const violated = verdicts.filter((v): v is Violated<S> => v.status === 'violated');
  const longestFirst = [...violated].sort((a, b) => b.trace.steps.length - a.trace.steps.length);
  const groups: { trace: Trace<S>; broken: BrokenAt<S>[] }[] = [];
  for (const verdict of longestFirst) {
    const home = groups.find((g) => extends_(g.trace, verdict.trace));
    const entry = { verdict, state: verdict.trace.steps.length };
    if (home) home.broken.push(entry);
    else groups.push({ trace: verdict.trace, broken: [entry] });
  }
  const order = (v: Violated<S>): number => violated.indexOf(v);
  return groups
    .map((g) => ({ path: formatPath(g.trace), trace: g.trace, broken: g.broken.sort((a, b) => order(a.verdict) - order(b.verdict)) }))
    .sort((a, b) => order(a.broken[0]!.verdict) - order(b.broken[0]!.verdict));
}
