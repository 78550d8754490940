import { FaultlineError } from '../core/errors.js';
import type { StateView, ViewValue } from '../core/model.js';
import { ACTION_TAKEN, FAULT_TAKEN } from './itf.js';
import { decodeItfValue } from './itfValue.js';

/** One state read back from an ITF document. */
export interface ImportedState {
  /** The state's variables, without `#meta` and the action bookkeeping. */
  readonly view: StateView;
  /** The action that led here (`init` for the first state), when recorded. */
  readonly action?: string;
  readonly fault?: boolean;
}

/** An ITF document read back. */
export interface ImportedTrace {
  readonly meta: Readonly<Record<string, unknown>>;
  readonly vars: readonly string[];
  readonly states: readonly ImportedState[];
}

/**
 * Reads an ITF document (already parsed from JSON) back into views. Throws a FaultlineError
 * (FL290) when the document is not an ITF trace.
 */
export function itfToTrace(document: unknown, source = 'ITF trace'): ImportedTrace {
  try {
    return readTrace(document);
  } catch (error) {
    throw new FaultlineError({
      code: 'FL290',
      message: `${source} is not a valid ITF trace: ${(error as Error).message}`,
      hint: 'an ITF trace is a JSON object with "vars" (names) and "states" (objects), see Apalache ADR-015',
    });
  }
}

function readTrace(document: unknown): ImportedTrace {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw new Error('not a JSON object');
  const doc = document as Record<string, unknown>;
  const vars = doc['vars'];
  const states = doc['states'];
  if (!Array.isArray(vars) || !vars.every((v) => typeof v === 'string')) throw new Error('"vars" must be a list of names');
  if (!Array.isArray(states)) throw new Error('"states" must be a list');
  const meta = typeof doc['#meta'] === 'object' && doc['#meta'] !== null ? (doc['#meta'] as Record<string, unknown>) : {};
  return { meta, vars: vars as string[], states: states.map((s, i) => readState(s, i)) };
}

function readState(state: unknown, index: number): ImportedState {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new Error(`states[${index}] is not an object`);
  const view: Record<string, ViewValue> = {};
  let action: string | undefined;
  let fault: boolean | undefined;
  for (const [key, value] of Object.entries(state as Record<string, unknown>)) {
    if (key === '#meta') continue;
    if (key === ACTION_TAKEN && typeof value === 'string') action = value;
    else if (key === FAULT_TAKEN && typeof value === 'boolean') fault = value;
    else view[key] = decodeItfValue(value, `states[${index}].${key}`);
  }
  return { view, ...(action === undefined ? {} : { action }), ...(fault === undefined ? {} : { fault }) };
}
