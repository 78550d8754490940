import type { SourceLocation } from '../../core/errors.js';
import type { Located } from '../located.js';

/**
 * One statement of a brace-structured configuration: a keyword, its arguments and, when it
 * opens a block, the statements inside. Every part keeps its file:line:column.
 */
export interface ConfStatement {
  readonly keyword: string;
  readonly at: SourceLocation;
  readonly args: readonly Located<string>[];
  /** The statements inside `{ ... }`, or undefined for a plain statement. */
  readonly block: readonly ConfStatement[] | undefined;
}
