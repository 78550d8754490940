import type { ViewValue } from '../core/model.js';

const BARE = /^[A-Za-z_][\w.:-]*$/;

/**
 * A short one-line rendering of a view value: identifiers bare (`Master`), other strings
 * quoted, arrays `[a, b]`, records `{k: v}`.
 */
export function formatValue(value: ViewValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return BARE.test(value) && value !== 'true' && value !== 'false' && value !== 'null' ? value : JSON.stringify(value);
  }
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map((v: ViewValue) => formatValue(v)).join(', ')}]`;
  const entries = Object.entries(value as { readonly [key: string]: ViewValue });
  return `{${entries.map(([k, v]) => `${k}: ${formatValue(v)}`).join(', ')}}`;
}
