/**
 * Layouts for states written as immutable.js values: a `Record` with declared fields and a
 * fixed-length `List`. They encode through the plain layouts (`record`, `array`), so an
 * immutable state and the equal plain state have the same canonical bytes.
 */
import { List, type Record as ImmutableRecord, type RecordOf } from 'immutable';
import { array, record, type Layout } from './layout.js';

/**
 * The layout of the records a `Record` factory makes, one field layout per field (encoded in
 * the order given). `read` builds the record back through the factory.
 */
export function immutableRecord<T extends object>(
  factory: ImmutableRecord.Factory<T>,
  fields: { readonly [K in keyof T]: Layout<T[K]> },
): Layout<RecordOf<T>> {
  const plain = record<T>(fields);
  return {
    width: plain.width,
    ...(plain.bits ? { bits: plain.bits } : {}),
    write: (value, out, offset) => plain.write(value.toObject() as T, out, offset),
    read: (bytes, offset) => factory(plain.read(bytes, offset) as Partial<T>),
  };
}

/** The layout of a `List` of exactly `length` elements. */
export function immutableList<T>(of: Layout<T>, length: number): Layout<List<T>> {
  const plain = array(of, length);
  return {
    width: plain.width,
    ...(plain.bits ? { bits: plain.bits } : {}),
    write: (value, out, offset) => plain.write(value.toArray(), out, offset),
    read: (bytes, offset) => List(plain.read(bytes, offset)),
  };
}
