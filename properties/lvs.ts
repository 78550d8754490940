/**
 * Requirements on an LVS virtual server (models/lvs), scenario D3:
 *
 * - `dead-server-leaves-pool`: within the check bound after the last fault, no live
 *   director's IPVS pool holds a real server that does not answer.
 * - `no-query-to-known-dead`: the VIP holder never schedules to a real server whose last check
 *   failed (with `retry` > 0 a failing server stays in the pool until its retries run out).
 * - `service-within`: within the failover plus check bound after the last fault, the VIP is
 *   on a live director whose pool is non-empty and answers every query (rr sends each member
 *   its share), whenever some real server could answer. One director alone is a single point
 *   of failure: this is the property its death violates.
 */
import { always, within, type Property } from '../src/core/property.js';
import type { LvsConfig } from '../models/lvs/config.js';
import { answers, type DirectorState, type LvsState } from '../models/lvs/state.js';

/** Names of the LVS properties, with one-line descriptions. */
export const LVS_PROPERTY_NAMES = {
  'dead-server-leaves-pool': 'within the check bound (delay_loop + check duration, per retry more) after the last fault, no pool holds a dead real server',
  'no-query-to-known-dead': 'the VIP holder never sends a query to a real server whose last check failed',
  'service-within': 'within the failover + check bound after the last fault, a live director holds the VIP and every pool member answers',
} as const;

/** An LVS property name. */
export type LvsPropertyName = keyof typeof LVS_PROPERTY_NAMES;

function poolAnswers(s: LvsState, d: DirectorState): boolean {
  return d.checks.every((c, j) => !c.inPool || answers(s.servers[j]!));
}

/** The default bound of `service-within`: the slowest VIP takeover plus the check bound. */
export function defaultServiceBound(config: LvsConfig): number {
  return Math.max(...config.takeoverTicks) + config.checkBoundTicks;
}

/** Within `bound` ticks after the last fault, every live director's pool holds only answering servers. */
export function deadServerLeavesPool(config: LvsConfig, bound = config.checkBoundTicks): Property<LvsState> {
  return within('dead-server-leaves-pool', bound, (s) => s.directors.every((d) => !d.up || poolAnswers(s, d)), {
    description: `within ${bound} s after the last fault, no pool holds a dead real server`,
  });
}

/** The VIP holder's pool never holds a server with a failed last check. */
export function noQueryToKnownDead(): Property<LvsState> {
  return always(
    'no-query-to-known-dead',
    (s) => {
      const holder = s.holder >= 0 ? s.directors[s.holder] : undefined;
      return holder === undefined || !holder.up || holder.checks.every((c) => !c.inPool || c.fails === 0);
    },
    { description: LVS_PROPERTY_NAMES['no-query-to-known-dead'] },
  );
}

/** Within `bound` ticks after the last fault, the service answers every query (if any real server can). */
export function serviceWithin(config: LvsConfig, bound = defaultServiceBound(config)): Property<LvsState> {
  return within(
    'service-within',
    bound,
    (s) => {
      if (!s.servers.some(answers)) return true;
      const holder = s.holder >= 0 ? s.directors[s.holder] : undefined;
      return holder !== undefined && holder.up && holder.checks.some((c) => c.inPool) && poolAnswers(s, holder);
    },
    { description: `within ${bound} s after the last fault, a live director holds the VIP and every pool member answers` },
  );
}
