/**
 * Values of the Informal Trace Format (ITF, Apalache ADR-015, also read and written by Quint):
 * integers as `{"#bigint": "-12"}`, sequences as JSON arrays, records as JSON objects, and the
 * tagged forms `#tup`, `#set`, `#map` and `#unserializable`.
 */
import type { ViewValue } from '../core/model.js';

/** An ITF value as it appears in JSON. */
export type ItfValue =
  | boolean
  | string
  | number
  | readonly ItfValue[]
  | { readonly '#bigint': string }
  | { readonly '#tup': readonly ItfValue[] }
  | { readonly '#set': readonly ItfValue[] }
  | { readonly '#map': readonly (readonly [ItfValue, ItfValue])[] }
  | { readonly '#unserializable': string }
  | { readonly [field: string]: ItfValue };

/** How `null` is written: ITF has no null, so it is an unserializable value named `null`. */
const NULL: ItfValue = { '#unserializable': 'null' };

/**
 * Encodes a view value. Integers are always written as `#bigint` (the spec's preferred form,
 * and the one Quint writes); other numbers stay JSON numbers; `null` is `#unserializable`.
 */
export function encodeItfValue(value: ViewValue): ItfValue {
  if (value === null) return NULL;
  if (typeof value === 'bigint') return { '#bigint': value.toString() };
  if (typeof value === 'number') return Number.isInteger(value) ? { '#bigint': String(value) } : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item: ViewValue) => encodeItfValue(item));
  const out: Record<string, ItfValue> = {};
  for (const [key, item] of Object.entries(value as { readonly [key: string]: ViewValue })) {
    out[key] = encodeItfValue(item);
  }
  return out;
}

/**
 * Decodes an ITF value into a view value: `#bigint` becomes a number when it is a safe integer
 * (else a bigint), tuples and sets become arrays, maps with scalar keys become records (other
 * maps become arrays of `[key, value]` pairs). Throws a message string on malformed input.
 */
export function decodeItfValue(value: unknown, where: string): ViewValue {
  if (typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((item, i) => decodeItfValue(item, `${where}[${i}]`));
  if (typeof value !== 'object' || value === null) throw new Error(`${where}: ${JSON.stringify(value)} is not an ITF value`);
  const tagged = value as Record<string, unknown>;
  if ('#bigint' in tagged) return decodeBigint(tagged['#bigint'], where);
  if ('#tup' in tagged) return decodeList(tagged['#tup'], `${where}.#tup`);
  if ('#set' in tagged) return decodeList(tagged['#set'], `${where}.#set`);
  if ('#map' in tagged) return decodeMap(tagged['#map'], `${where}.#map`);
  if ('#unserializable' in tagged) return tagged['#unserializable'] === 'null' ? null : String(tagged['#unserializable']);
  const out: Record<string, ViewValue> = {};
  for (const [key, item] of Object.entries(tagged)) out[key] = decodeItfValue(item, `${where}.${key}`);
  return out;
}

function decodeBigint(text: unknown, where: string): number | bigint {
  if (typeof text !== 'string' || !/^-?\d+$/.test(text)) throw new Error(`${where}: #bigint must be a decimal string`);
  const big = BigInt(text);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

function decodeList(items: unknown, where: string): ViewValue[] {
  if (!Array.isArray(items)) throw new Error(`${where} must be an array`);
  return items.map((item, i) => decodeItfValue(item, `${where}[${i}]`));
}

function decodeMap(entries: unknown, where: string): ViewValue {
  if (!Array.isArray(entries)) throw new Error(`${where} must be an array of [key, value] pairs`);
  const pairs = entries.map((entry, i): [ViewValue, ViewValue] => {
    if (!Array.isArray(entry) || entry.length !== 2) throw new Error(`${where}[${i}] must be a [key, value] pair`);
    return [decodeItfValue(entry[0], `${where}[${i}][0]`), decodeItfValue(entry[1], `${where}[${i}][1]`)];
  });
  const scalarKeys = pairs.every(([k]) => typeof k === 'string' || typeof k === 'number' || typeof k === 'bigint');
  if (!scalarKeys) return pairs;
  return Object.fromEntries(pairs.map(([k, v]) => [String(k), v]));
}
