/**
 * Requirements on name resolution, as properties of the DNS model (models/dns).
 *
 * Both are bounded-response properties: within `settle` ticks after the last fault (and after
 * start) the requirement holds — the settle time lets a VIP move (VRRP failover) before the
 * figures are judged; 0 demands them at once. The figures are those of a lookup made entirely
 * in the state (models/dns/latency.ts), for every client.
 *
 * - `lookup-latency-within`: every lookup (or every mail: all its lookups) is answered within
 *   `seconds`, whatever the rotate offset. A lookup that fails is never within.
 * - `throughput-at-least`: the long-run rate of items (mails) per hour that the lookups allow
 *   one worker is at least `mails_per_hour` (3600 / mean lookup seconds per mail; 0 when a
 *   lookup fails, since the mail is deferred).
 */
import { within, type Property } from '../src/core/property.js';
import { TICK_SECONDS, type DnsConfig } from '../models/dns/config.js';
import { clientFigures } from '../models/dns/latency.js';
import type { DnsState } from '../models/dns/state.js';

/** Names of the DNS properties, with one-line descriptions. */
export const DNS_PROPERTY_NAMES = {
  'lookup-latency-within':
    'every lookup (per: lookup) or every mail\'s lookups (per: mail, default) are answered within `seconds` (default 3600 / items_per_hour), `settle_seconds` after a fault',
  'throughput-at-least': 'the lookups allow at least `mails_per_hour` mails per hour (default the workload\'s items_per_hour), `settle_seconds` after a fault',
} as const;

/** A DNS property name. */
export type DnsPropertyName = keyof typeof DNS_PROPERTY_NAMES;

/** What `lookup-latency-within` measures. */
export type LatencyUnit = 'lookup' | 'mail';

/** Seconds to ticks, rounded down (a 4 s allowance allows at most 4 s). */
export function settleTicks(seconds: number): number {
  return Math.floor(seconds / TICK_SECONDS + 1e-9);
}

/** The default latency budget: the seconds of lookups one item may take at the wanted rate. */
export function defaultItemBudget(config: DnsConfig): number {
  return 3600 / config.workload.itemsPerHour;
}

/** Every client's lookups (or items) are answered within `seconds`, `settle` ticks after a fault. */
export function lookupLatencyWithin(config: DnsConfig, seconds: number, per: LatencyUnit = 'mail', settle = 0): Property<DnsState> {
  const holds = (s: DnsState) =>
    config.clients.every((_, i) => {
      const f = clientFigures(config, s, i);
      return f.answered && (per === 'lookup' ? f.worstLookupSeconds : f.worstItemSeconds) <= seconds + 1e-9;
    });
  return within('lookup-latency-within', settle, holds, {
    description: `every ${per === 'lookup' ? 'lookup' : "mail's lookups"} answered within ${seconds} s, ${(settle * TICK_SECONDS).toFixed(1)} s after the last fault`,
  });
}

/** Every client's lookups allow at least `perHour` items per hour, `settle` ticks after a fault. */
export function throughputAtLeast(config: DnsConfig, perHour: number, settle = 0): Property<DnsState> {
  const holds = (s: DnsState) => config.clients.every((_, i) => clientFigures(config, s, i).itemsPerHour >= perHour - 1e-9);
  return within('throughput-at-least', settle, holds, {
    description: `lookups allow at least ${perHour} mails per hour, ${(settle * TICK_SECONDS).toFixed(1)} s after the last fault`,
  });
}
