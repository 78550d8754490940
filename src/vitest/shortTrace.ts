import type { Trace } from '../core/trace.js';
import { plain } from '../report/style.js';
import { traceLines } from '../report/textTrace.js';

/** Initial-state fields shown before the rest are counted. */
const INITIAL_FIELDS = 8;
/** Lines kept from the steps: the first and last halves of this many. */
const STEP_LINES = 60;

/**
 * The text report's trace (changes per step, ticks folded, `^ fails here`), kept short for a
 * failing assertion: a few fields of the initial state, and the first and last steps of a
 * long trace.
 */
export function shortTrace(trace: Trace<unknown>, mark?: number): string[] {
  const lines = traceLines(trace, plain, mark);
  const fields = Object.keys(trace.initialView).length;
  const initialEnd = 1 + fields + (mark === 0 ? 1 : 0);
  const initial = lines.slice(0, initialEnd);
  const rest = lines.slice(initialEnd);
  const head = fields > INITIAL_FIELDS ? [...initial.slice(0, 1 + INITIAL_FIELDS), `        … ${fields - INITIAL_FIELDS} more fields`, ...initial.slice(1 + fields)] : initial;
  if (rest.length <= STEP_LINES) return [...head, ...rest];
  const half = STEP_LINES / 2;
  return [...head, ...rest.slice(0, half), `        … ${rest.length - STEP_LINES} more lines`, ...rest.slice(-half)];
}
