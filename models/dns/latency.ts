/**
 * What a client's lookups cost in a state: each resolv.conf entry's response (a server's
 * host down → silent, daemon down → refused; a VIP with no holder → silent, else its holder's
 * daemon decides), then glibc's retry loop (resolver.ts) over them.
 *
 * Per work item (a mail: `lookupsPerItem` consecutive lookups of one process):
 * - worst case: the slowest rotate start offset (no `rotate`: the only one);
 * - long-run mean: `rotate` cycles the offsets evenly, so the mean over start offsets.
 * A lookup that fails defers its item: the item counts as not delivered.
 */
import type { DnsConfig, NameserverTarget } from './config.js';
import { lookup, lookupSeries, startOffsets, type ServerResponse } from './resolver.js';
import type { DnsState } from './state.js';

/** The figures of one client in one state. */
export interface ClientFigures {
  /** Slowest single lookup in seconds (over rotate offsets). */
  readonly worstLookupSeconds: number;
  /** Slowest item (all its lookups) in seconds. */
  readonly worstItemSeconds: number;
  /** Mean seconds of lookups per item over the rotation. */
  readonly meanItemSeconds: number;
  /** Whether every lookup of every offset is answered. */
  readonly answered: boolean;
  /** Items per hour the lookups allow one worker (Infinity when they cost nothing; 0 when some fail). */
  readonly itemsPerHour: number;
}

/** What entry `target` does with a query in `s`. */
export function responseOf(s: DnsState, target: NameserverTarget): ServerResponse {
  const server = target.kind === 'server' ? target.index : s.vips[target.index]!.holder;
  if (server < 0) return 'silent';
  const sv = s.servers[server]!;
  return !sv.host ? 'silent' : sv.daemon ? 'answers' : 'refused';
}

/** The figures of client `client` in `s`. */
export function clientFigures(config: DnsConfig, s: DnsState, client: number): ClientFigures {
  const c = config.clients[client]!;
  const responses = c.targets.map((t) => responseOf(s, t));
  const offsets = startOffsets(c.options, responses.length);
  const singles = offsets.map((o) => lookup(responses, c.options, o));
  const items = offsets.map((o) => lookupSeries(responses, c.options, config.workload.lookupsPerItem, o));
  const answered = singles.every((o) => o.answered) && items.every((o) => o.answered);
  const meanItemSeconds = items.reduce((sum, o) => sum + o.seconds, 0) / items.length;
  return {
    worstLookupSeconds: Math.max(...singles.map((o) => o.seconds)),
    worstItemSeconds: Math.max(...items.map((o) => o.seconds)),
    meanItemSeconds,
    answered,
    itemsPerHour: !answered ? 0 : meanItemSeconds === 0 ? Infinity : 3600 / meanItemSeconds,
  };
}
