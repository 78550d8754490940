/**
 * The glibc stub resolver's retry loop, as a pure function of what each listed nameserver
 * does right now. Sources (PROTOCOLS.md §7):
 * - `resolv/res_send.c` `__res_context_send`: `for (try = 0; try < statp->retry; try++)
 *   for (ns_shift = 0; ns_shift < nscount; ns_shift++) { ns = ns_shift + ns_offset (mod
 *   nscount); send_dg(..., ns, ...) }` — every attempt is a round over all servers, starting
 *   at the rotate offset (0 without `rotate`).
 * - `send_dg`: the wait for server index `ns` is `seconds = retrans << ns; if (ns > 0)
 *   seconds /= nscount; if (seconds <= 0) seconds = 1` — scaled by the *server index*, not
 *   the attempt number (2 servers, timeout 5: 5 s and 5 s; 3 servers: 5 s, 3 s, 6 s).
 * - A connected UDP socket turns the ICMP port unreachable of a live host without a listener
 *   into ECONNREFUSED: glibc moves on at once ("We can thus detect the absence of a
 *   nameserver without timing out").
 * - `resolv/res_init.c`: at most MAXNS = 3 servers; `timeout` capped at RES_MAXRETRANS = 30,
 *   `attempts` at RES_MAXRETRY = 5; `rotate` advances the start offset by one per query
 *   (`nameserver_offset`, a per-process counter from a random start).
 *
 * Abstracted away: network round trips (an answer costs 0 s), TCP fallback, the parallel
 * A/AAAA pair (both wait the same timeout), search-list walks (names are taken as absolute).
 */

/** What a nameserver entry does with a query right now. */
export type ServerResponse = 'answers' | 'refused' | 'silent';

/** resolv.conf options the retry loop reads. */
export interface ResolverOptions {
  /** `options timeout:n` in seconds (glibc default 5). */
  readonly timeout: number;
  /** `options attempts:n` (glibc default 2). */
  readonly attempts: number;
  /** `options rotate`. */
  readonly rotate: boolean;
}

/** glibc's defaults: RES_TIMEOUT 5 s, RES_DFLRETRY 2, no rotate. */
export const GLIBC_DEFAULTS: ResolverOptions = { timeout: 5, attempts: 2, rotate: false };
/** MAXNS: glibc uses at most three nameserver lines. */
export const MAXNS = 3;
/** RES_MAXRETRANS: the largest `timeout` glibc accepts. */
export const RES_MAXRETRANS = 30;
/** RES_MAXRETRY: the largest `attempts` glibc accepts. */
export const RES_MAXRETRY = 5;

/** The outcome of one lookup: answered or not, and the seconds it took. */
export interface LookupOutcome {
  readonly answered: boolean;
  readonly seconds: number;
}

/** `send_dg`'s wait for server index `ns` of `nscount` (res_send.c). */
export function serverWait(timeout: number, ns: number, nscount: number): number {
  let seconds = timeout << ns;
  if (ns > 0) seconds = Math.trunc(seconds / nscount);
  return seconds <= 0 ? 1 : seconds;
}

/** One lookup by the retry loop of `__res_context_send`, starting at server `offset`. */
export function lookup(responses: readonly ServerResponse[], options: ResolverOptions, offset = 0): LookupOutcome {
  const n = responses.length;
  let seconds = 0;
  for (let attempt = 0; attempt < options.attempts; attempt++) {
    for (let shift = 0; shift < n; shift++) {
      const ns = (shift + offset) % n;
      const response = responses[ns];
      if (response === 'answers') return { answered: true, seconds };
      if (response === 'silent') seconds += serverWait(options.timeout, ns, n);
    }
  }
  return { answered: false, seconds };
}

/** The rotate offsets a query may start at: 0 without `rotate`, every index with it. */
export function startOffsets(options: ResolverOptions, nscount: number): number[] {
  return options.rotate && nscount > 1 ? Array.from({ length: nscount }, (_, i) => i) : [0];
}

/**
 * `count` consecutive lookups of one process (an MX then an A lookup per mail) starting at
 * `offset`: with `rotate` each starts one server further on (`nameserver_offset`).
 */
export function lookupSeries(responses: readonly ServerResponse[], options: ResolverOptions, count: number, offset = 0): LookupOutcome {
  const n = Math.max(responses.length, 1);
  let seconds = 0;
  for (let j = 0; j < count; j++) {
    const one = lookup(responses, options, options.rotate ? (offset + j) % n : 0);
    seconds += one.seconds;
    // A failed lookup defers the mail: the next lookup of the series is never made.
    if (!one.answered) return { answered: false, seconds };
  }
  return { answered: true, seconds };
}
