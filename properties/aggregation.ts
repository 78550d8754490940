/**
 * Aggregation, gateway and capacity requirements over the converged model (issue 4;
 * models/l2/lagConverged.ts, decision 0016):
 * - `lag-formed`: every LAG group whose node and partners live forms (the §4 rules, MC-LAG);
 * - `gateway-reachable`: every live host using a gateway is served by a live gateway member;
 * - `single-master`: no VRRP gateway has two masters (a partitioned LAN);
 * - `capacity-after-failure`: no link carries more than its capacity;
 * - `path-stretch-within`: no gateway demand's weighted hop count exceeds `max` × shortest;
 * - `peer-link-load-within`: the share of all demand crossing MC-LAG peer-links is ≤ `max`;
 * - `no-dual-active`: no MC-LAG domain lost peer-link and keepalive with both peers alive.
 * With the fault budget at 1, "always" over the explored states is "after any single failure".
 */
import { always, type AlwaysProperty } from '../src/core/property.js';
import type { L2Model, L2State } from '../models/l2/l2Model.js';
import { convergeLags, type ConvergedLags, type LagContext } from '../models/l2/lagConverged.js';

const EPSILON = 1e-9;

function at(model: L2Model, ctx: LagContext, s: L2State): ConvergedLags {
  return convergeLags(ctx, model.converged(s));
}

/** The LAG groups that should but do not form in `s`, with why. */
export function unformedLags(model: L2Model, ctx: LagContext, s: L2State): { id: string; reason: string }[] {
  return at(model, ctx, s).lag.lags.flatMap((l) => (!l.skipped && !l.formed ? [{ id: l.id, reason: l.reason ?? 'not formed' }] : []));
}

/** Every LAG group forms. */
export function lagFormed(model: L2Model, ctx: LagContext): AlwaysProperty<L2State> {
  return always('lag-formed', (s) => unformedLags(model, ctx, s).length === 0, {
    description: 'every LAG forms: both ends configured, one active, equal speeds, one partner system, min-links up',
  });
}

/** Hosts not served by gateway `g` in `s` (names). */
export function unservedHosts(model: L2Model, ctx: LagContext, s: L2State): string[] {
  const c = model.converged(s);
  const lags = convergeLags(ctx, c);
  return ctx.gateways.flatMap((g, i) =>
    g.hosts.filter((h) => !c.faults.nodeDown[h] && lags.gateways[i]!.serving(h).length === 0).map((h) => `${ctx.topo.nodeNames[h]}→${g.name}`),
  );
}

/** Every live host reaches a serving member of its gateway. */
export function gatewayReachable(model: L2Model, ctx: LagContext): AlwaysProperty<L2State> {
  return always('gateway-reachable', (s) => unservedHosts(model, ctx, s).length === 0, {
    description: 'every live host reaches a live, serving member of its gateway',
  });
}

/** At most one master per VRRP gateway. */
export function singleMaster(model: L2Model, ctx: LagContext): AlwaysProperty<L2State> {
  return always('single-master', (s) => at(model, ctx, s).gateways.every((g, i) => ctx.gateways[i]!.kind !== 'vrrp' || g.masters.length <= 1), {
    description: 'no VRRP gateway has two masters in the converged state',
  });
}

/** Links loaded beyond capacity in `s`: id, load and capacity in Mb/s. */
export function overloadedLinks(model: L2Model, ctx: LagContext, s: L2State): { id: string; load: number; capacity: number }[] {
  const { load } = at(model, ctx, s).routing;
  return ctx.topo.linkIds.flatMap((id, l) => (load[l]! > ctx.capacity[l]! + EPSILON ? [{ id, load: load[l]!, capacity: ctx.capacity[l]! }] : []));
}

/** Every link's load fits its capacity. */
export function capacityAfterFailure(model: L2Model, ctx: LagContext): AlwaysProperty<L2State> {
  return always('capacity-after-failure', (s) => overloadedLinks(model, ctx, s).length === 0, {
    description: 'every link carries at most its capacity (after any failure within the budget)',
  });
}

/** Gateway demands' stretch stays within `max`. */
export function pathStretchWithin(model: L2Model, ctx: LagContext, max: number): AlwaysProperty<L2State> {
  return always('path-stretch-within', (s) => at(model, ctx, s).routing.demands.every((d) => d.stretch <= max + EPSILON), {
    description: `every gateway demand travels at most ${max} × the hops to its nearest live gateway member`,
  });
}

/** Share of all demand crossing an MC-LAG peer-link in `s` (0..1). */
export function peerLinkShare(model: L2Model, ctx: LagContext, s: L2State): number {
  const total = ctx.demands.reduce((sum, d) => sum + d.rate, 0);
  const crossed = at(model, ctx, s).routing.demands.reduce((sum, d) => sum + d.peerLink, 0);
  return total > 0 ? crossed / total : 0;
}

/** The peer-link carries at most `max` of all demand. */
export function peerLinkLoadWithin(model: L2Model, ctx: LagContext, max: number): AlwaysProperty<L2State> {
  return always('peer-link-load-within', (s) => peerLinkShare(model, ctx, s) <= max + EPSILON, {
    description: `at most ${Math.round(max * 100)} % of all demand crosses an MC-LAG peer-link`,
  });
}

/** MC-LAG domains that are dual-active in `s` (names). */
export function dualActiveDomains(model: L2Model, ctx: LagContext, s: L2State): string[] {
  return at(model, ctx, s).lag.domains.flatMap((d) => (d.dualActive ? [d.name] : []));
}

/** No MC-LAG domain is dual-active (PROTOCOLS.md §5.3). */
export function noDualActive(model: L2Model, ctx: LagContext): AlwaysProperty<L2State> {
  return always('no-dual-active', (s) => dualActiveDomains(model, ctx, s).length === 0, {
    description: 'no MC-LAG domain has both peers alive and active with peer-link and keepalive down',
  });
}
