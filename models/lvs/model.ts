/**
 * An LVS (IPVS) virtual server for DNS with keepalived health checks (scenario D3).
 *
 * What is modelled
 * - Real servers whose host and DNS daemon fail apart (a dead host is silent, a live host
 *   without its daemon refuses at once).
 * - Per director, keepalived's MISC_CHECK running `dig` against each real server
 *   (checks.ts: `delay_loop`, `misc_timeout`, `retry`, `delay_before_retry`, `alpha`) and the
 *   IPVS pool it maintains; the `rr` scheduler sends queries to every pool member in turn, so
 *   a dead member costs a share of all queries (PROTOCOLS.md §1.3).
 * - The VIP on one director, or on a VRRP pair of directors at the converged level (vip.ts).
 * - Faults (faults.ts): real server host / daemon, director crash / restart.
 * Time is discrete, one tick = 1 s; timers are urgent (decision 0003 rules 1–2).
 *
 * Sources: PROTOCOLS.md §1.3 (keepalived man page §Virtual server(s), §MISC_CHECK,
 * `check_misc.c`; ipvsadm(8): rr, DR needs real port = virtual port) and §1.1 (VRRP down
 * interval).
 *
 * Abstracted away: packets and connection entries (UDP queries are independent), DR's ARP
 * handling on the real servers, weights, persistence, the VRRP protocol between directors
 * (models/vrrp), clients' retries.
 *
 * Expected verdicts (models/designs/d3-*.yaml)
 * - d3-lvs-dns.pitfall (one director): `service-within` fails after directorCrash(lvs1) —
 *   nobody holds the VIP any more; `dead-server-leaves-pool` and `no-query-to-known-dead` hold.
 * - d3-lvs-dns.fix (two directors under VRRP): every property holds.
 */
import { codecOf } from '../../src/core/layout.js';
import type { Model, StateView } from '../../src/core/model.js';
import { formatLvsAction, isLvsFault, type LvsAction, type LvsStep } from './actions.js';
import { endCheck, freshChecks, somethingDue, startCheck } from './checks.js';
import { resolveLvsConfig, TICK_SECONDS, type LvsConfig, type LvsParams } from './config.js';
import { applyLvsFault, enabledLvsFaults } from './faults.js';
import { answers, lvsLayout, type CheckState, type LvsState } from './state.js';
import { takeOver } from './vip.js';

/** The LVS model plus its configuration. */
export type LvsModel = Model<LvsState, LvsAction> & { readonly config: LvsConfig };

/** Builds the model. */
export function createLvsModel(params: LvsParams | LvsConfig): LvsModel {
  const config = 'checkBoundTicks' in params ? params : resolveLvsConfig(params);
  return {
    name: 'lvs',
    config,
    secondsPerTimeUnit: TICK_SECONDS,
    codec: codecOf(lvsLayout(config)),
    initialStates: () => [initialState(config)],
    actions: (s) => enabledSteps(s),
    faults: (s) => enabledLvsFaults(config, s),
    next: (s, a) => (isLvsFault(a) ? applyLvsFault(config, s, a) : step(config, s, a)),
    view: (s) => viewOf(config, s),
    formatAction: (a) => formatLvsAction(config, a),
    duration: (a) => (a.type === 'tick' ? 1 : 0),
  };
}

/** Everything up, every real server in every pool, the highest-priority director holds the VIP. */
function initialState(config: LvsConfig): LvsState {
  const holder = config.directors.reduce((best, d, i) => (d.priority > config.directors[best]!.priority ? i : best), 0);
  return {
    servers: config.realServers.map(() => ({ host: true, daemon: true })),
    directors: config.directors.map(() => ({ up: true, takeover: -1, checks: freshChecks({ ...config, alpha: false }) })),
    holder,
  };
}

function enabledSteps(s: LvsState): LvsStep[] {
  const out: LvsStep[] = [];
  s.directors.forEach((d, director) => {
    if (!d.up) return;
    if (d.takeover === 0) out.push({ type: 'takeover', director });
    d.checks.forEach((c, server) => {
      if (c.timer === 0) out.push({ type: c.phase === 'wait' ? 'checkStart' : 'checkEnd', director, server });
    });
  });
  if (!somethingDue(s)) out.push({ type: 'tick' });
  return out;
}

function withCheck(s: LvsState, director: number, server: number, check: CheckState): LvsState {
  const directors = [...s.directors];
  const d = directors[director]!;
  directors[director] = { ...d, checks: d.checks.map((c, i) => (i === server ? check : c)) };
  return { ...s, directors };
}

function step(config: LvsConfig, s: LvsState, a: LvsStep): LvsState {
  switch (a.type) {
    case 'tick':
      return {
        ...s,
        directors: s.directors.map((d) =>
          d.up ? { ...d, takeover: d.takeover > 0 ? d.takeover - 1 : d.takeover, checks: d.checks.map((c) => ({ ...c, timer: Math.max(0, c.timer - 1) })) } : d,
        ),
      };
    case 'takeover':
      return takeOver(config, s, a.director);
    case 'checkStart':
      return withCheck(s, a.director, a.server, startCheck(config, s.directors[a.director]!.checks[a.server]!, s.servers[a.server]!));
    case 'checkEnd':
      return withCheck(s, a.director, a.server, endCheck(config, s.directors[a.director]!.checks[a.server]!));
  }
}

/** Flat view: servers, each director's pool and checker phases, the VIP holder. */
function viewOf(config: LvsConfig, s: LvsState): StateView {
  const view: Record<string, string | number | boolean | readonly string[]> = {};
  s.servers.forEach((r, i) => (view[config.realServers[i]!] = answers(r) ? 'answers' : r.host ? 'daemon stopped' : 'host down'));
  s.directors.forEach((d, i) => {
    const name = config.directors[i]!.name;
    view[`${name}.up`] = d.up;
    view[`${name}.pool`] = d.up ? config.realServers.filter((_, j) => d.checks[j]!.inPool) : [];
    d.checks.forEach((c, j) => (view[`${name}.check.${config.realServers[j]}`] = d.up ? `${c.phase} ${c.timer}${c.fails > 0 ? ` fails ${c.fails}` : ''}` : '-'));
    if (config.directors.length > 1) view[`${name}.takeover`] = d.takeover;
  });
  view['vip'] = s.holder >= 0 ? config.directors[s.holder]!.name : 'nobody';
  return view;
}
