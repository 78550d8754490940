import type { SourceLocation } from '../core/errors.js';

/** A value read from a configuration file, with where it was written. */
export interface Located<T> {
  readonly value: T;
  readonly at: SourceLocation;
}

/** The location at the start of a file (for problems with the file as a whole). */
export function startOf(file: string): SourceLocation {
  return { file, line: 1, column: 1 };
}
