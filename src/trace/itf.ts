/**
 * Export of a trace as an ITF JSON document (Apalache ADR-015; Quint's `--out-itf` format), so
 * the Quint and Apalache trace tools can read faultline counterexamples.
 */
import type { Trace } from '../core/trace.js';
import { formatPath } from '../core/trace.js';
import { encodeItfValue, type ItfValue } from './itfValue.js';

/** The state variable naming the action that led to a state (`init` for the first one). */
export const ACTION_TAKEN = 'mbt::actionTaken';
/** The state variable telling whether that action was a fault. */
export const FAULT_TAKEN = 'faultline::fault';

/** The `#meta` block of a trace. */
export interface ItfMeta {
  readonly format: 'ITF';
  readonly 'format-description': string;
  readonly source: string;
  readonly description: string;
  readonly [extra: string]: string | number | boolean;
}

/** One state: its index under `#meta`, then one field per variable. */
export interface ItfState {
  readonly '#meta': { readonly index: number };
  readonly [variable: string]: ItfValue | { readonly index: number };
}

/** An ITF trace document. */
export interface ItfTrace {
  readonly '#meta': ItfMeta;
  readonly vars: readonly string[];
  readonly states: readonly ItfState[];
}

/** What the `#meta` block says about where a trace comes from. */
export interface ItfSource {
  /** The design file the trace was found in. */
  readonly source: string;
  readonly description: string;
  /** Extra scalar fields, e.g. the property violated. */
  readonly extra?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * The ITF document of a trace: one ITF state per trace state, the view's fields as variables,
 * plus {@link ACTION_TAKEN} and {@link FAULT_TAKEN}. The path (`0/2/1`) goes into `#meta`.
 */
export function traceToItf(trace: Pick<Trace<unknown>, 'initialIndex' | 'initialView' | 'steps'>, from: ItfSource): ItfTrace {
  const rows = [
    { view: trace.initialView, action: 'init', fault: false },
    ...trace.steps.map((s) => ({ view: s.view, action: s.action, fault: s.fault })),
  ];
  const vars: string[] = [];
  for (const row of rows) {
    for (const key of Object.keys(row.view)) if (!vars.includes(key)) vars.push(key);
  }
  const states = rows.map((row, index): ItfState => {
    const fields: Record<string, ItfValue> = {};
    for (const [key, value] of Object.entries(row.view)) fields[key] = encodeItfValue(value);
    return { '#meta': { index }, ...fields, [ACTION_TAKEN]: row.action, [FAULT_TAKEN]: row.fault };
  });
  return {
    '#meta': {
      format: 'ITF',
      'format-description': 'https://apalache-mc.org/docs/adr/015adr-trace.html',
      source: from.source,
      description: from.description,
      path: formatPath(trace),
      ...from.extra,
    },
    vars: [...vars, ACTION_TAKEN, FAULT_TAKEN],
    states,
  };
}
