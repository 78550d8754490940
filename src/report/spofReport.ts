/**
 * The report of `faultline spof`: every minimal fault set that breaks something, what it
 * breaks with evidence, the shortest trace reproducing it, and the sweep's figures.
 * Built from a sweep result by the command; rendered by every report format.
 */
import type { StateView } from '../core/model.js';
import type { DesignInfo } from './report.js';

/** One failable element of a fault set's class. */
export interface SpofElement {
  readonly id: string;
  readonly label: string;
}

/** A broken property with its evidence (e.g. `Server3 ↛ Server1`). */
export interface SpofBreak {
  readonly property: string;
  readonly details: readonly string[];
}

/** One row: a minimal fault set (one class per element), what it breaks, and its trace. */
export interface SpofRow {
  /** Per class: the representative first, then the members with the same effect. */
  readonly faultSet: readonly (readonly SpofElement[])[];
  readonly breaks: readonly SpofBreak[];
  /**
   * The shortest trace failing the set's elements: its path for `faultline replay`, its step
   * labels, and the state views along it (initial state first), as plain data so shard
   * files carry them.
   */
  readonly trace: { readonly path: string; readonly steps: readonly string[]; readonly views: readonly StateView[] };
}

/** The whole report. */
export interface SpofReport {
  readonly kind: 'spof';
  readonly design: DesignInfo;
  readonly k: number;
  readonly complete: boolean;
  readonly faultSets: number;
  readonly classSets: number;
  readonly evaluated: number;
  readonly seconds: number;
  readonly properties: readonly string[];
  /** Broken with no fault at all. */
  readonly baseline: readonly SpofBreak[];
  readonly rows: readonly SpofRow[];
}

/** `N fault sets checked (M classes), B break something: reachable ×2`. */
export function spofSummary(report: SpofReport): string {
  const counts = new Map<string, number>();
  for (const row of report.rows) for (const b of row.breaks) counts.set(b.property, (counts.get(b.property) ?? 0) + 1);
  const what = [...counts].map(([p, n]) => `${p} ×${n}`).join(', ');
  const sets = `${report.faultSets} fault set${report.faultSets === 1 ? '' : 's'} checked (${report.classSets} class${report.classSets === 1 ? '' : 'es'})`;
  const broken = report.rows.length === 0 ? 'none breaks anything' : `${report.rows.length} break${report.rows.length === 1 ? 's' : ''} something: ${what}`;
  const base = report.baseline.length > 0 ? `; with no fault at all: ${report.baseline.map((b) => b.property).join(', ')} already broken` : '';
  return `${sets}, ${broken}${base}${report.complete ? '' : ' (incomplete: the sweep stopped at --timeout)'}`;
}
