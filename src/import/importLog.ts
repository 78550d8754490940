/**
 * What an importer reports while it reads configuration files: errors (the config cannot be
 * imported) and warnings (a directive faultline does not model, never silently dropped), each
 * at a file:line:column. `--strict` turns the warnings into errors.
 */
import { FaultlineError, type Diagnostic, type ErrorCode, type SourceLocation } from '../core/errors.js';

/** An import diagnostic: an error or a warning with its stable FL4xx code. */
export interface ImportDiagnostic extends Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly location: SourceLocation;
}

/** Collects the diagnostics of one import, in the order they were found. */
export class ImportLog {
  private readonly list: ImportDiagnostic[] = [];

  /** Records an error; the import fails once reading is done. */
  error(at: SourceLocation, code: ErrorCode, message: string, hint?: string): void {
    this.add({ severity: 'error', code, message, location: at, ...(hint !== undefined ? { hint } : {}) });
  }

  /** Records a warning (a directive or value faultline does not model). */
  warn(at: SourceLocation, code: ErrorCode, message: string, hint?: string): void {
    this.add({ severity: 'warning', code, message, location: at, ...(hint !== undefined ? { hint } : {}) });
  }

  /** Records an error and stops the import now. */
  fail(at: SourceLocation, code: ErrorCode, message: string, hint?: string): never {
    this.error(at, code, message, hint);
    throw new FaultlineError(this.errors());
  }

  /** Records `d` once: a file read for two hosts reports its problems once. */
  private add(d: ImportDiagnostic): void {
    const same = (e: ImportDiagnostic) => e.code === d.code && e.message === d.message && e.location.file === d.location.file && e.location.line === d.location.line && e.location.column === d.location.column;
    if (!this.list.some(same)) this.list.push(d);
  }

  /** Every diagnostic so far. */
  all(): readonly ImportDiagnostic[] {
    return this.list;
  }

  /** The errors so far. */
  errors(): readonly ImportDiagnostic[] {
    return this.list.filter((d) => d.severity === 'error');
  }

  /** The warnings so far. */
  warnings(): readonly ImportDiagnostic[] {
    return this.list.filter((d) => d.severity === 'warning');
  }

  /** Throws the errors (and, when `strict`, the warnings as errors), if there are any. */
  throwIfFailed(strict: boolean): void {
    const failing = this.list.filter((d) => d.severity === 'error' || strict);
    if (failing.length > 0) throw new FaultlineError(failing.map(({ severity: _s, ...d }) => d));
  }
}

/** `file:line:column: warning FL406: message` and an indented hint, like an error. */
export function formatWarning(d: ImportDiagnostic): string {
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${d.location.file}:${d.location.line}:${d.location.column}: ${d.severity} ${d.code}: ${d.message}${hint}`;
}
