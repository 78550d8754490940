/**
 * Routes traffic demands over the converged network and sums the load on every link
 * (SCENARIOS R1, R7). Each demand enters at its source's attachments (`pathsAttachments.ts`:
 * a bond's active slave, or a LAG's members hashed evenly) and follows the shortest path of
 * the converged switch graph (`pathsGraph.ts`; a LAG between switches spreads its share
 * evenly over its members):
 *
 * - to a gateway: from each attachment to the nearest member serving the source
 *   (`gatewayState.ts`), ending at the member switch, or over the router's own link;
 * - to endpoints (an active-active service): shared equally among the live targets the
 *   source reaches, and at each target over its attachments in their shares.
 * Unroutable traffic is dropped (reachability is another property). Per demand the model
 * also reports its *stretch*: the hop count of the paths taken, weighted by share, over the
 * shortest hop count to any live gateway member; and the load crossing MC-LAG peer-links.
 */
import type { CompiledTopology } from './compileTopology.js';
import type { ConvergedL2 } from './converge.js';
import type { CompiledGateway, GatewayStatus } from './gatewayState.js';
import type { CompiledLags } from './lagGroups.js';
import type { Attachment } from './pathsAttachments.js';
import type { PathsGraph } from './pathsGraph.js';

/** A demand with indices: to a gateway (index) or to endpoints. */
export interface CompiledDemand {
  readonly name: string;
  readonly from: number;
  readonly gateway: number;
  readonly endpoints: readonly number[];
  readonly rate: number;
}

/** One demand in one state. */
export interface DemandRoute {
  readonly name: string;
  /** Mb/s that found a path. */
  readonly routed: number;
  /** Mb/s that crossed an MC-LAG peer-link. */
  readonly peerLink: number;
  /** Weighted hops over shortest hops (gateway demands; 1 otherwise or when unroutable). */
  readonly stretch: number;
}

/** Link loads and per-demand results. */
export interface Routing {
  /** Mb/s per link index. */
  readonly load: Float64Array;
  readonly demands: readonly DemandRoute[];
}

/** What routing needs from the converged state. */
export interface RoutingInput {
  readonly topo: CompiledTopology;
  readonly lags: CompiledLags;
  readonly c: ConvergedL2;
  readonly graph: PathsGraph;
  readonly gateways: readonly CompiledGateway[];
  readonly status: readonly GatewayStatus[];
  attach(n: number): readonly Attachment[];
}

/** Routes every demand. */
export function routeDemands(input: RoutingInput, demands: readonly CompiledDemand[]): Routing {
  const { topo, lags, graph } = input;
  const load = new Float64Array(topo.linkIds.length);
  const addPath = (edges: readonly number[], amount: number): number => {
    let crossed = 0;
    for (const e of edges) {
      const edge = graph.edges[e]!;
      for (const l of edge.members) load[l]! += amount / edge.members.length;
      if (edge.members.some((l) => lags.peerLink[l])) crossed += amount;
    }
    return crossed;
  };
  /** Hops and switch-graph edges from switch `s` to gateway member `m`, plus the router's link. */
  const toMember = (s: number, m: number): { hops: number; edges: readonly number[]; last: Attachment | null } | null => {
    if (topo.nodeKinds[m] === 'switch') {
      const p = graph.path(s, m);
      return p && { hops: p.hops, edges: p.edges, last: null };
    }
    let best: { hops: number; edges: readonly number[]; last: Attachment | null } | null = null;
    for (const a of input.attach(m)) {
      const p = graph.path(s, a.switchNode);
      if (p && (!best || p.hops + 1 < best.hops)) best = { hops: p.hops + 1, edges: p.edges, last: a };
    }
    return best;
  };
  const routes = demands.map((d): DemandRoute => {
    const sources = input.attach(d.from);
    let routed = 0;
    let peer = 0;
    let weighted = 0;
    let shortest = Infinity;
    if (d.gateway >= 0) {
      const gw = input.gateways[d.gateway]!;
      const serving = input.status[d.gateway]!.serving(d.from);
      const live = gw.members.filter((m) => !input.c.faults.nodeDown[m]);
      for (const a of sources) {
        for (const m of live) {
          const r = toMember(a.switchNode, m);
          if (r) shortest = Math.min(shortest, r.hops + 1);
        }
        const options = serving.flatMap((m) => toMember(a.switchNode, m) ?? []).sort((x, y) => x.hops - y.hops);
        const best = options[0];
        if (!best) continue;
        const amount = d.rate * a.share;
        load[a.link]! += amount;
        peer += addPath(best.edges, amount);
        if (best.last) load[best.last.link]! += amount;
        routed += amount;
        weighted += a.share * (best.hops + 1);
      }
    } else {
      const targets = d.endpoints.filter((t) => input.attach(t).some((b) => sources.some((a) => graph.path(a.switchNode, b.switchNode))));
      for (const t of targets) {
        const ins = input.attach(t);
        for (const a of sources) {
          for (const b of ins) {
            const p = graph.path(a.switchNode, b.switchNode);
            if (!p) continue;
            const amount = (d.rate / targets.length) * a.share * b.share;
            load[a.link]! += amount;
            peer += addPath(p.edges, amount);
            load[b.link]! += amount;
            routed += amount;
          }
        }
      }
    }
    const share = routed / d.rate;
    const stretch = d.gateway >= 0 && share > 0 && Number.isFinite(shortest) ? weighted / share / shortest : 1;
    return { name: d.name, routed, peerLink: peer, stretch };
  });
  return { load, demands: routes };
}
