import type { ViewValue } from '../core/model.js';

/** Structural equality of two view values (arrays by position, records by key set). */
export function valueEquals(a: ViewValue | undefined, b: ViewValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item: ViewValue, i: number) => valueEquals(item, b[i]));
  }
  const ra = a as { readonly [key: string]: ViewValue };
  const rb = b as { readonly [key: string]: ViewValue };
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  return keys.every((k) => Object.hasOwn(rb, k) && valueEquals(ra[k], rb[k]));
}
