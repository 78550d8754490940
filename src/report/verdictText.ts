import type { PropertyVerdict } from '../core/result.js';
import { formatPath } from '../core/trace.js';
import { plain, type Styler } from './style.js';

function steps(n: number): string {
  return n === 1 ? '1 step' : `${n} steps`;
}

/** `, 1 fault (the fewest)`, or an upper bound when a limit stopped the search for fewer. */
function faultsWord(fewest: { readonly count: number; readonly proven: boolean } | undefined): string {
  if (fewest === undefined) return '';
  const n = fewest.count === 1 ? '1 fault' : `${fewest.count} faults`;
  return fewest.proven ? `, ${n} (the fewest)` : `, ${n} (fewer not ruled out: a limit stopped that search)`;
}

/**
 * A run verdict in a few words: `violated (invariant, 3 steps, 1 fault (the fewest))`. Tables
 * and test reports take it plain; the text report colours the status and, `loud`, writes a
 * failing one in capitals (`VIOLATED`).
 */
export function verdictText<S>(v: PropertyVerdict<S>, style: Styler = plain, loud = false): string {
  const failing = (word: string): string => (loud ? word.toUpperCase() : word);
  switch (v.status) {
    case 'holds':
      return style('green', 'holds');
    case 'violated':
      return `${style('red', failing('violated'))} (${v.kind}, ${steps(v.trace.steps.length)}${faultsWord(v.fewestFaults)})`;
    case 'witnessed':
      return `${style('green', 'witnessed')} (${steps(v.trace.steps.length)}, path ${formatPath(v.trace)})`;
    case 'unwitnessed':
      return style('red', `${failing('unwitnessed')} (no reachable state satisfies it)`);
    case 'undecided':
      return style('yellow', 'undecided (the run stopped first)');
  }
}
