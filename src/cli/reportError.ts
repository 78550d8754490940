import { ExitCode } from '../core/result.js';
import { FaultlineError, categoryOf, formatDiagnostic, type Diagnostic } from '../core/errors.js';
import type { CliIo } from './io.js';

const PLEASE_REPORT = 'this is a bug in faultline or in a model; please report it with the command line and the design file';

/** Prints diagnostics and returns the exit code their category calls for (2 or 3). */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo): number {
  for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n`);
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
