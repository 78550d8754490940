import { categoryOf, FaultlineError, type Diagnostic } from '../../src/core/errors.js';
import { parseDesign } from '../../src/design/loadDesign.js';
import { check } from '../../src/explore/check.js';

/** What loading (and briefly checking) one fuzzed design did. */
export type FuzzOutcome =
  /** Loaded; `checked` tells how the short check ended. */
  | { readonly kind: 'loaded'; readonly checked: string; readonly ms: number }
  /** Rejected with diagnostics, as the CLI would with exit 2. */
  | { readonly kind: 'rejected'; readonly diagnostics: readonly Diagnostic[]; readonly ms: number }
  /** What the fuzzer hunts: exit 3 (a model or internal error) or an exception that is no diagnostic. */
  | { readonly kind: 'crash'; readonly what: string; readonly ms: number };

/** Limits of the short check run on each design that loads. */
export const FUZZ_CHECK = { maxStates: 300, timeoutSeconds: 2 } as const;

/**
 * Loads a design text as `faultline check` would and, when `explore` is set and it loads,
 * runs a short check under {@link FUZZ_CHECK}. A FL3xx/FL9xx diagnostic (exit 3) or any other
 * exception is a crash.
 */
export function fuzzOne(text: string, explore: boolean): FuzzOutcome {
  const started = performance.now();
  const ms = (): number => performance.now() - started;
  try {
    const design = parseDesign(text, 'fuzzed.yaml');
    if (!explore) return { kind: 'loaded', checked: 'not run', ms: ms() };
    const result = check(design.model, design.properties, { ...design.options, ...FUZZ_CHECK, fewestFaults: false });
    if (result.status === 'error') {
      const category = categoryOf(result.error.code);
      if (category === 'model' || category === 'internal') return { kind: 'crash', what: `${result.error.code} ${result.error.message}`, ms: ms() };
    }
    return { kind: 'loaded', checked: result.status, ms: ms() };
  } catch (error) {
    if (error instanceof FaultlineError) {
      const bad = error.diagnostics.find((d) => categoryOf(d.code) === 'model' || categoryOf(d.code) === 'internal');
      if (bad) return { kind: 'crash', what: `${bad.code} ${bad.message}`, ms: ms() };
      return { kind: 'rejected', diagnostics: error.diagnostics, ms: ms() };
    }
    return { kind: 'crash', what: `${(error as Error)?.constructor?.name ?? typeof error}: ${String((error as Error)?.message ?? error).split('\n')[0]}`, ms: ms() };
  }
}

/** Diagnostics without a file:line:column. */
export function unlocated(outcome: FuzzOutcome): readonly Diagnostic[] {
  return outcome.kind === 'rejected' ? outcome.diagnostics.filter((d) => d.location === undefined) : [];
}
