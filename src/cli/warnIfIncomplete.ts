import { limitOf, type CheckResult, type LimitName } from '../core/result.js';
import type { CliIo } from './io.js';
import { limitFlag } from '../report/textStats.js';

/**
 * Warns on stderr when a limit stopped the run, violation or not: the run is incomplete.
 * A violation still exits 1 (it is definite); otherwise the hint names `--require-complete`.
 * `file` names the design when one run checks several.
 */
export function warnIfIncomplete<S>(
  result: CheckResult<S>,
  settings: { readonly limits: Readonly<Partial<Record<LimitName, number>>>; readonly requireComplete: boolean },
  io: CliIo,
  file?: string,
): void {
  const limit = limitOf(result);
  if (limit === undefined) return;
  const hit = limitFlag(limit, settings.limits);
  const incomplete = `${file === undefined ? '' : `${file}: `}incomplete`;
  if (result.status === 'violation') {
    io.err(`warning: ${incomplete}: the run stopped at ${hit} after finding a violation; properties it had not decided are undecided\n`);
  } else if (!settings.requireComplete) {
    io.err(`warning: ${incomplete}: the run stopped at ${hit}; pass --require-complete to exit 4 instead of 0\n`);
  }
}
