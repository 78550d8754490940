import { expect } from 'vitest';
import { FaultlineError, type Diagnostic } from '../../src/core/errors.js';

/** The diagnostics of the FaultlineError that `run` throws (fails the test if it throws none). */
export function diagnosticsOf(run: () => unknown): readonly Diagnostic[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FaultlineError);
    return (error as FaultlineError).diagnostics;
  }
  expect.fail('expected a FaultlineError, nothing was thrown');
}

/** `code@line:column` of a diagnostic, for compact assertions. */
export function where(d: Diagnostic | undefined): string {
  return `${d?.code}@${d?.location?.line}:${d?.location?.column}`;
}

/** Joins lines into a document with a final newline. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}
