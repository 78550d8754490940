/**
 * Property-parameter checks shared by the aggregation kinds (MC-LAG, LACP): FL284.
 */
import type { BuildContext, PropertyRequest } from '../designKind.js';

/** The largest bound a `within` property accepts (src/core/property.ts). */
export const MAX_BOUND = 254;

/** Fails with FL284 on a parameter outside `allowed`. */
export function onlyParams(request: PropertyRequest, allowed: readonly string[], ctx: BuildContext): void {
  for (const key of Object.keys(request.params)) {
    if (!allowed.includes(key)) {
      ctx.fail([...request.path, key], 'FL284', `property "${request.name}" has no parameter "${key}"`, allowed.length > 0 ? `its parameters: ${allowed.join(', ')}` : 'it takes no parameters');
    }
  }
}

/** The `seconds` parameter as ticks of 1 s, or null when absent; FL284 outside 0..254. */
export function boundParam(request: PropertyRequest, ctx: BuildContext): number | null {
  const seconds = request.params['seconds'];
  if (seconds === undefined) return null;
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0 || seconds > MAX_BOUND) {
    return ctx.fail([...request.path, 'seconds'], 'FL284', `${request.name}: seconds must be whole seconds in 0..${MAX_BOUND}, got ${JSON.stringify(seconds)}`, 'the bound is counted in ticks of 1 s');
  }
  return seconds;
}
