import type { BuildContext, DocPath } from './designKind.js';

/**
 * Rejects (FL226) a positive time that rounds down to zero ticks: `seconds: 0.1` on a model
 * whose tick is 0.25 s would silently become a bound of 0 — a deadline that fails at once.
 * Zero itself stays allowed (it asks for the property to hold immediately).
 */
export function rejectBelowOneTick(ctx: BuildContext, path: DocPath, name: string, seconds: unknown, ticks: number, tickSeconds: number): void {
  if (typeof seconds === 'number' && seconds > 0 && ticks === 0) {
    ctx.fail(path, 'FL226', `${name}: ${seconds} s is less than one tick (${tickSeconds} s), the smallest time this model can tell`, `give 0 for "at once", or at least ${tickSeconds} s`);
  }
}
