import { ExitCode } from '../core/result.js';
import { FaultlineError, categoryOf, formatDiagnostic, type Diagnostic } from '../core/errors.js';
import type { CliIo } from './io.js';

const PLEASE_REPORT = 'this is a bug in faultline or in a model; please report it with the command line and the design file';

/** Diagnostics printed at most; the rest are counted (a broken 1 MB file gives thousands). */
export const MAX_DIAGNOSTICS = 50;

/** Prints diagnostics (at most {@link MAX_DIAGNOSTICS}) and returns the exit code their category calls for (2 or 3). */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo): number {
  for (const d of diagnostics.slice(0, MAX_DIAGNOSTICS)) io.err(`${formatDiagnostic(d)}\n`);
  const left = diagnostics.length - MAX_DIAGNOSTICS;
  if (left > 0) io.err(`… and ${left} more ${left === 1 ? 'error' : 'errors'} not shown (the first ${MAX_DIAGNOSTICS} are above)\n`);
  const category = categoryOf(diagnostics[0]?.code ?? 'FL900');
  if (category === 'usage' || category === 'input') return ExitCode.usage;
  if (category === 'internal') io.err(`${PLEASE_REPORT}\n`);
  return ExitCode.internal;
}

function isFileError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).path === 'string';
}

/**
 * Turns anything a command threw into messages on stderr and an exit code: diagnostics as
 * `file:line:column: error FLnnn: message` (exit 2, or 3 for model errors), unreadable files
 * as FL201 (exit 2), anything else as an internal error (exit 3) — never a stack trace.
 */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof FaultlineError) return reportDiagnostics(error.diagnostics, io);
  if (isFileError(error)) {
    return reportDiagnostics(
      [{ code: 'FL201', message: `cannot read ${error.path}: ${error.code}`, hint: 'check the file name and that the file is readable' }],
      io,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`internal error: ${message.split('\n')[0]}\n${PLEASE_REPORT}\n`);
  return ExitCode.internal;
}
