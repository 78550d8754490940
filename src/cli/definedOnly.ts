/** Maps an options shape to one where every optional field may also be `undefined`. */
export type Loose<T> = { readonly [K in keyof T]-?: T[K] | undefined };

/**
 * Drops the `undefined` fields of a fully spelled-out options object, giving the
 * optional-field shape `exactOptionalPropertyTypes` wants.
 */
export function definedOnly<T extends object>(loose: Loose<T>): T {
  return Object.fromEntries(Object.entries(loose).filter(([, v]) => v !== undefined)) as T;
}
