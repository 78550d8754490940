/**
 * DNS servers and the glibc stub resolver at the converged level: the state is which server
 * hosts and DNS daemons are down and where each VRRP virtual IP sits; the lookup latency of
 * every client is *computed* from the state by glibc's retry loop (latency.ts, resolver.ts).
 *
 * What is modelled
 * - Per server: host up/down and DNS daemon running/stopped. A down host answers nothing, so
 *   every query to it costs glibc's per-server wait; a live host without its daemon answers
 *   ICMP port unreachable, which glibc sees as ECONNREFUSED and skips at once (PROTOCOLS.md §7).
 * - Per client: resolv.conf `nameserver` order (at most 3), `options timeout`, `attempts`,
 *   `rotate`, with glibc's exact loop: attempts × rounds over the servers from the rotate
 *   offset, per-server wait `timeout << ns` divided by the server count for ns > 0.
 * - Virtual IPs (keepalived VRRP on the DNS hosts, vip.ts): the highest-priority live member
 *   holds the VIP; when the holder's host dies the VIP is unanswered for the VRRPv2
 *   Master_Down_Interval (3 × advert_int + (256 − priority)/256 s) of the taker, counted in
 *   ticks of 0.1 s — the only timed part of the model.
 * - Workload: lookups per item (MX + A per mail) made one after the other by one worker.
 *
 * Sources: PROTOCOLS.md §7 (glibc `res_send.c` `__res_context_send`/`send_dg`, `res_init.c`,
 * resolv.conf(5)); §1.1–1.2 for the VRRP down interval (RFC 3768 §6.1, keepalived `vrrp.h`).
 *
 * Abstracted away: round-trip times (an answer costs 0 s), caches, TCP, search lists, the
 * A/AAAA pair, ARP (a silent host is assumed still resolvable at layer 2, or routed), ICMP
 * rate limits, the VRRP protocol itself (see models/vrrp for it) and a lookup in flight while
 * the state changes: a state's latency is that of a lookup made entirely in that state.
 *
 * Expected verdicts (models/designs/d1-*.yaml)
 * - d1-resolver-timeout.pitfall (two nameservers, timeout 5, attempts 2, no rotate):
 *   `throughput-at-least` 1000 mails/h and `lookup-latency-within` 3.6 s per mail fail after the
 *   single fault hostDown(ns1): 5 s per lookup, 10 s per mail, 360 mails per hour.
 * - d1-resolver-timeout.fix (one nameserver, a VIP on ns1/ns2): both hold once the VIP has
 *   moved (≈ 3.6 s), which the properties' `settle_seconds` allows.
 */
import { codecOf } from '../../src/core/layout.js';
import type { Model, StateView } from '../../src/core/model.js';
import { formatDnsAction, type DnsAction } from './actions.js';
import { resolveDnsConfig, TICK_SECONDS, type DnsConfig, type DnsParams } from './config.js';
import { applyFault, enabledFaults } from './faults.js';
import { clientFigures } from './latency.js';
import { dnsLayout, type DnsState } from './state.js';
import { initialVip, tick, tickEnabled } from './vip.js';

/** The DNS model plus the configuration it was built from (properties need its figures). */
export type DnsModel = Model<DnsState, DnsAction> & { readonly config: DnsConfig };

/** Builds the model. */
export function createDnsModel(params: DnsParams | DnsConfig): DnsModel {
  const config = 'maxTakeoverTicks' in params ? params : resolveDnsConfig(params);
  return {
    name: 'dns',
    secondsPerTimeUnit: TICK_SECONDS,
    config,
    codec: codecOf(dnsLayout(config)),
    initialStates: () => [initialState(config)],
    actions: (s) => (tickEnabled(s) ? [{ type: 'tick' }] : []),
    faults: (s) => enabledFaults(config, s),
    next: (s, a) => (a.type === 'tick' ? tick(config, s) : applyFault(config, s, a)),
    view: (s) => viewOf(config, s),
    formatAction: (a) => formatDnsAction(config, a),
    duration: (a) => (a.type === 'tick' ? 1 : 0),
  };
}

/** Everything up; every VIP on its best member. */
function initialState(config: DnsConfig): DnsState {
  const s: DnsState = { servers: config.servers.map(() => ({ host: true, daemon: true })), vips: [] };
  return { ...s, vips: config.vips.map((v) => initialVip(v, s)) };
}

function seconds(x: number): string {
  return `${Number(x.toFixed(2))} s`;
}

/** Flat view: server states, VIP holders, and per client the computed lookup figures. */
function viewOf(config: DnsConfig, s: DnsState): StateView {
  const view: Record<string, string | number | boolean> = {};
  s.servers.forEach((sv, i) => {
    view[`${config.servers[i]!.name}.host`] = sv.host ? 'up' : 'down';
    view[`${config.servers[i]!.name}.daemon`] = !sv.host ? 'down with its host' : sv.daemon ? 'running' : 'stopped';
  });
  s.vips.forEach((v, i) => {
    const name = config.vips[i]!.name;
    view[`${name}.holder`] = v.holder < 0 ? 'none' : config.servers[v.holder]!.name;
    if (config.vips[i]!.takeoverTicks.length > 0) view[`${name}.takeoverIn`] = v.takeover;
  });
  config.clients.forEach((c, i) => {
    const f = clientFigures(config, s, i);
    view[`${c.name}.lookup`] = seconds(f.worstLookupSeconds);
    view[`${c.name}.perItem`] = seconds(f.worstItemSeconds);
    view[`${c.name}.itemsPerHour`] = Number.isFinite(f.itemsPerHour) ? Math.round(f.itemsPerHour) : 'unbounded';
  });
  return view;
}
