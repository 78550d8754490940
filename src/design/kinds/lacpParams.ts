/**
 * The `seconds` parameter shared by the aggregation kinds (MC-LAG, LACP): FL284.
 */
import type { BuildContext, PropertyRequest } from '../designKind.js';

/** The largest bound a `within` property accepts (src/core/property.ts). */
export const MAX_BOUND = 254;

/** The `seconds` parameter as ticks of 1 s, or null when absent; FL284 outside 0..254. */
export function boundParam(request: PropertyRequest, ctx: BuildContext): number | null {
  const seconds = request.params['seconds'];
  if (seconds === undefined) return null;
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0 || seconds > MAX_BOUND) {
    return ctx.fail([...request.path, 'seconds'], 'FL284', `${request.name}: seconds must be whole seconds in 0..${MAX_BOUND}, got ${JSON.stringify(seconds)}`, 'the bound is counted in ticks of 1 s');
  }
  return seconds;
}
