/**
 * Issue 4's part of the `topology:` kind (decision 0016): turns `lags`, `mclag`, `gateways`,
 * `demands` and link `capacity` into an {@link AggregationSpec}, builds the properties
 * `lag-formed`, `gateway-reachable`, `single-master`, `capacity-after-failure`,
 * `path-stretch-within`, `peer-link-load-within` and `no-dual-active`, and adds LAG, gateway and load entries
 * to the trace view so a violation says why (a LAG's reason for not forming, the masters,
 * overloaded links).
 *
 * Errors: FL225 for a bad element definition here (a LAG on an unknown node or port, an
 * MC-LAG peer that is no switch or the same switch twice, a gateway member that is no switch
 * or router, a demand or keepalive naming nothing); FL258 for a bad property parameter
 * (a missing or bad `max`), as decision 0005 gives it.
 */
import type { L2Model, L2State } from '../../../models/l2/l2Model.js';
import { convergeLags, lagContextOf, type ConvergedLags, type LagContext } from '../../../models/l2/lagConverged.js';
import { speedLabel } from '../../../models/l2/lagFormation.js';
import type { AggregationSpec, DemandSpec, GatewaySpec, LagGroupSpec } from '../../../models/l2/lagSpec.js';
import { linkId, type Topology } from '../../../models/l2/topology.js';
import * as agg from '../../../properties/aggregation.js';
import type { StateView } from '../../core/model.js';
import type { BuildContext, DocPath, PropertyRequest } from '../designKind.js';
import { didYouMean } from '../didYouMean.js';
import { propertyTable } from '../propertyTable.js';
import { positive } from '../paramShapes.js';
import { speedOf } from './topologyFromSection.js';
import type { AggregationSection } from './topologyAggregationSchema.js';

/** Property names this part adds, with one-line descriptions. */
export const AGGREGATION_PROPERTY_NAMES = {
  'lag-formed': 'every LAG forms: both ends configured, at least one LACP active, equal speeds, one partner system (or MC-LAG pair), min-links up',
  'gateway-reachable': 'every live host reaches a live, serving member of its gateway',
  'single-master': 'no VRRP gateway has two masters in the converged state',
  'capacity-after-failure': 'every link carries at most its capacity (demands routed on converged paths)',
  'path-stretch-within': 'gateway traffic travels at most max × the hops to the nearest gateway member (params: max)',
  'peer-link-load-within': 'at most max (0..1) of all demand crosses an MC-LAG peer-link (params: max)',
  'no-dual-active': 'no MC-LAG domain has both peers alive and active with peer-link and keepalive down',
} as const;

const SECTION = 'topology';

/** The aggregation spec of a section, names checked against `topology`. */
export function aggregationFromSection(
  section: AggregationSection & { readonly links: readonly { readonly capacity?: number | string }[] },
  topology: Topology,
  ctx: BuildContext,
): AggregationSpec {
  const nodes = new Map(topology.nodes.map((n) => [n.name, n]));
  const names = [...nodes.keys()];
  const node = (name: string, path: DocPath, kinds: readonly string[]) => {
    const n = nodes.get(name);
    if (!n) ctx.fail(path, 'FL225', `"${name}" names no node of this topology`, didYouMean(name, names));
    if (!kinds.includes(n.kind)) ctx.fail(path, 'FL225', `${name} is a ${n.kind}; expected a ${kinds.join(' or ')}`);
    return n;
  };
  const bondsOf = (host: string) => (topology.bonds ?? []).filter((b) => b.host === host);
  const lags = (section.lags ?? []).map((g, i): LagGroupSpec => {
    const at: DocPath = [SECTION, 'lags', i];
    const n = node(g.node, [...at, 'node'], ['switch', 'router', 'host']);
    const bond = bondsOf(g.node).find((b) => b.name === g.name);
    const ports = g.ports ?? bond?.slaves;
    if (!ports) ctx.fail([...at, 'ports'], 'FL225', `LAG ${g.node}:${g.name} lists no ports and ${g.node} has no bond ${g.name}`, 'list its member ports');
    ports.forEach((p, j) => {
      if (!n.ports.some((q) => q.name === p)) ctx.fail([...at, 'ports', j], 'FL225', `${g.node} has no port "${p}"`, didYouMean(p, n.ports.map((q) => q.name)));
    });
    return { name: g.name, node: g.node, ports, mode: g.mode, ...(g.rate ? { rate: g.rate } : {}), ...(g.min_links ? { minLinks: g.min_links } : {}) };
  });
  const linkNames = topology.links.flatMap((l) => [linkId(l), ...(l.bundle ? [l.bundle] : [])]);
  const mclag = (section.mclag ?? []).map((d, i) => {
    const at: DocPath = [SECTION, 'mclag', i];
    d.peers.forEach((p, j) => node(p, [...at, 'peers', j], ['switch']));
    if (d.peers[0] === d.peers[1]) ctx.fail([...at, 'peers', 1], 'FL225', 'an MC-LAG domain joins two different switches');
    for (const key of ['peer_link', 'keepalive'] as const) {
      (d[key] ?? []).forEach((l, j) => {
        if (!linkNames.includes(l)) ctx.fail([...at, key, j], 'FL225', `${key} "${l}" names no link or bundle`, didYouMean(l, linkNames));
      });
    }
    const secondary = topology.nodes.find((n) => n.name === d.peers[1]);
    const ports = secondary?.ports.map((q) => q.name) ?? [];
    (d.orphan_suspend ?? []).forEach((p, j) => {
      if (!ports.includes(p)) ctx.fail([...at, 'orphan_suspend', j], 'FL218', `orphan_suspend: "${p}" is no port of the secondary ${d.peers[1]}`, didYouMean(p, ports));
    });
    return {
      name: d.name,
      peers: [d.peers[0]!, d.peers[1]!] as const,
      peerLink: d.peer_link,
      ...(d.keepalive ? { keepalive: d.keepalive } : {}),
      ...(d.secondary_svis ? { secondarySvis: d.secondary_svis } : {}),
      ...(d.orphan_suspend ? { orphanSuspend: d.orphan_suspend } : {}),
    };
  });
  const gateways = (section.gateways ?? []).map((g, i): GatewaySpec => {
    const at: DocPath = [SECTION, 'gateways', i];
    const members = g.members.map((m, j) => {
      const member = typeof m === 'string' ? { node: m } : m;
      node(member.node, [...at, 'members', j], ['switch', 'router']);
      return member;
    });
    (g.hosts ?? []).forEach((h, j) => node(h, [...at, 'hosts', j], ['host']));
    return { name: g.name, kind: g.type, members, ...(g.hosts ? { hosts: g.hosts } : {}) };
  });
  const demands = (section.demands ?? []).map((d, i): DemandSpec => {
    const at: DocPath = [SECTION, 'demands', i];
    node(d.from, [...at, 'from'], ['host', 'router']);
    const gw = typeof d.to === 'string' && gateways.some((g) => g.name === d.to);
    const targets = typeof d.to === 'string' ? [d.to] : d.to;
    if (!gw) targets.forEach((t, j) => node(t, typeof d.to === 'string' ? [...at, 'to'] : [...at, 'to', j], ['host', 'router']));
    const to = gw ? { gateway: d.to as string } : { endpoints: targets };
    return { name: d.name ?? `${d.from}→${targets.join('+')}`, from: d.from, to, rate: speedOf(d.rate) };
  });
  const capacity = new Map<string, number>();
  section.links.forEach((l, i) => {
    if (l.capacity !== undefined) capacity.set(linkId(topology.links[i]!), speedOf(l.capacity));
  });
  return { lags, mclag, gateways, demands, capacity };
}

/** The LAG context of `model`'s topology. */
export function aggregationContext(model: L2Model, spec: AggregationSpec): LagContext {
  return lagContextOf(model.context.topo, spec);
}

/** What aggregation properties are built over. */
export interface AggregationPropertyContext {
  readonly model: L2Model;
  readonly lctx: LagContext;
}

/** The `max` parameter: a positive number (FL258). */
function maxParam(r: PropertyRequest, ctx: BuildContext): number {
  const value = r.params['max'];
  if (typeof value !== 'number' || !(value > 0)) ctx.fail(value === undefined ? r.path : [...r.path, 'max'], 'FL258', `${r.name} needs max: a positive number, got ${JSON.stringify(value)}`, `e.g. ${r.name}: { max: 1.5 }`);
  return value;
}

/** The properties LAGs, MC-LAG, gateways and demands add to a topology (FL258 for a bad parameter). */
export const AGGREGATION_PROPERTIES = propertyTable<L2State, AggregationPropertyContext, keyof typeof AGGREGATION_PROPERTY_NAMES>(AGGREGATION_PROPERTY_NAMES, 'FL258', {
  'lag-formed': { params: [], build: (_r, { model, lctx }) => agg.lagFormed(model, lctx) },
  'gateway-reachable': { params: [], build: (_r, { model, lctx }) => agg.gatewayReachable(model, lctx) },
  'single-master': { params: [], build: (_r, { model, lctx }) => agg.singleMaster(model, lctx) },
  'capacity-after-failure': { params: [], build: (_r, { model, lctx }) => agg.capacityAfterFailure(model, lctx) },
  'path-stretch-within': { params: ['max'], shapes: { max: positive('the largest stretch, hops after a failure over hops before', 1.5) }, build: (r, { model, lctx }, ctx) => agg.pathStretchWithin(model, lctx, maxParam(r, ctx)) },
  'peer-link-load-within': { params: ['max'], shapes: { max: positive('the largest peer-link load, as a share of its capacity', 0.5) }, build: (r, { model, lctx }, ctx) => agg.peerLinkLoadWithin(model, lctx, maxParam(r, ctx)) },
  'no-dual-active': { params: [], build: (_r, { model, lctx }) => agg.noDualActive(model, lctx) },
});

/** One MC-LAG domain in the trace view. */
function mclagText(d: ConvergedLags['lag']['domains'][number]): string {
  const keepalive = d.keepaliveUp ? 'keepalive up' : 'keepalive down';
  if (d.peerLinkUp) return `peer-link up, ${keepalive}`;
  if (d.suspended) return `peer-link down, ${keepalive}: secondary suspends its members${d.svisDown ? ' and shuts its SVIs' : ''}`;
  return d.dualActive ? `peer-link down, ${keepalive}: dual-active` : `peer-link down, ${keepalive}`;
}

/** `model` with LAG, gateway and load entries added to its view. */
export function aggregationView(model: L2Model, lctx: LagContext): L2Model {
  const { topo } = lctx;
  return {
    ...model,
    view(state: L2State): StateView {
      const view: Record<string, unknown> = { ...model.view!(state) };
      const c = convergeLags(lctx, model.converged(state));
      c.lag.lags.forEach((l) => {
        if (l.skipped) view[`lag ${l.id}`] = 'no partner';
        else view[`lag ${l.id}`] = l.formed ? `formed (${l.used.map((p) => topo.portLabels[p]).join('+')})` : `not formed: ${l.reason}`;
      });
      c.lag.domains.forEach((d) => (view[`mclag ${d.name}`] = mclagText(d)));
      c.gateways.forEach((g) => (view[`gateway ${g.name}`] = g.masters.map((m) => topo.nodeNames[m]!)));
      if (lctx.demands.length > 0) {
        const over = agg.overloadedLinks(model, lctx, state);
        view['overloaded'] = over.map((o) => `${o.id} ${speedLabel(o.load)}/${speedLabel(o.capacity)}`);
        view['peer-link share'] = `${Math.round(agg.peerLinkShare(model, lctx, state) * 100)} %`;
        c.routing.demands.forEach((d) => (view[`stretch ${d.name}`] = Math.round(d.stretch * 100) / 100));
      }
      return view as StateView;
    },
  };
}
