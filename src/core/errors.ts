/**
 * Errors as data. Every error faultline reports carries a stable code (`FL1xx` usage,
 * `FL2xx` design input, `FL3xx` model, `FL4xx` config import, `FL9xx` internal), an optional source location and a
 * hint. Codes never change meaning once released; see docs/decisions/0005-error-codes.md.
 */
import type { ErrorCode } from './errorCodes.js';

export type { ErrorCode } from './errorCodes.js';

/** Where in a file an error points (1-based line and column). */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One diagnostic. */
export interface Diagnostic {
  readonly code: ErrorCode;
  readonly message: string;
  readonly location?: SourceLocation;
  readonly hint?: string;
}

/** What kind of failure a code stands for; decides the exit code. */
export type ErrorCategory = 'usage' | 'input' | 'model' | 'internal';

/** The category of a stable code, from its hundreds digit. */
export function categoryOf(code: string): ErrorCategory {
  const digit = code.charAt(2);
  if (digit === '1') return 'usage';
  if (digit === '2' || digit === '4') return 'input';
  if (digit === '3') return 'model';
  return 'internal';
}

/** An error carrying one or more diagnostics. Thrown by library code, caught by the CLI. */
export class FaultlineError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: Diagnostic | readonly Diagnostic[]) {
    const list = Array.isArray(diagnostics) ? (diagnostics as readonly Diagnostic[]) : [diagnostics as Diagnostic];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'FaultlineError';
    this.diagnostics = list;
  }

  /** The category of the first diagnostic. */
  get category(): ErrorCategory {
    return categoryOf(this.diagnostics[0]?.code ?? 'FL900');
  }
}

/** `file:line:column: error FL201: message` followed by an indented hint. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : '';
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${where}error ${d.code}: ${d.message}${hint}`;
}
