/**
 * Issue 4's converged layer on top of {@link ConvergedL2}: LAG formation and MC-LAG
 * suspension (`lagFormation.ts`), gateway masters (`gatewayState.ts`), and the demands routed
 * over the converged paths with link loads (`capacityRouting.ts`). Everything is a function of
 * the converged layer-2 result, so it is memoised on that object (which `l2Model` already
 * memoises per state).
 */
import type { CompiledTopology } from './compileTopology.js';
import type { ConvergedL2 } from './converge.js';
import { routeDemands, type CompiledDemand, type Routing } from './capacityRouting.js';
import { compileGateway, gatewayStatusOf, type CompiledGateway, type GatewayStatus } from './gatewayState.js';
import { configProblem, lagStateOf, type LagState } from './lagFormation.js';
import { compileLags, type CompiledLags } from './lagGroups.js';
import type { AggregationSpec } from './lagSpec.js';
import { attachmentsOf, type Attachment } from './pathsAttachments.js';
import { pathsGraphOf } from './pathsGraph.js';
import { FaultlineError } from '../../src/core/errors.js';

/** Everything compiled once per design. */
export interface LagContext {
  readonly topo: CompiledTopology;
  readonly lags: CompiledLags;
  /** Per LAG group: why it can never form, or null. */
  readonly problems: readonly (string | null)[];
  readonly gateways: readonly CompiledGateway[];
  readonly demands: readonly CompiledDemand[];
  /** Capacity per link in Mb/s. */
  readonly capacity: Float64Array;
}

/** The aggregation layer of one converged state. */
export interface ConvergedLags {
  readonly lag: LagState;
  readonly gateways: readonly GatewayStatus[];
  readonly routing: Routing;
  attach(n: number): readonly Attachment[];
}

/** Compiles `spec` over `topo` (FL310 on a dangling name; the design kind checks first). */
export function lagContextOf(topo: CompiledTopology, spec: AggregationSpec): LagContext {
  const lags = compileLags(topo, spec);
  const names = (ds: readonly { readonly name: string }[]) => ds.map((d) => d.name).join(',');
  if (names(lags.mclag) !== names(topo.lags.mclag)) {
    throw new FaultlineError({ code: 'FL310', message: 'invalid topology: the MC-LAG domains must be part of the topology (Topology.aggregation), where the MC-LAG rule runs' });
  }
  const problems = lags.lags.map((_, i) => configProblem(topo, lags, i));
  const gateways = spec.gateways.map((g) => compileGateway(topo, g));
  const node = (name: string): number =>
    topo.nodeIndex.get(name) ?? (() => { throw new FaultlineError({ code: 'FL310', message: `invalid topology: demand names no node ${name}` }); })();
  const demands = spec.demands.map((d): CompiledDemand => {
    const gateway = 'gateway' in d.to ? spec.gateways.findIndex((g) => 'gateway' in d.to && g.name === d.to.gateway) : -1;
    return { name: d.name, from: node(d.from), gateway, endpoints: 'endpoints' in d.to ? d.to.endpoints.map(node) : [], rate: d.rate };
  });
  const capacity = Float64Array.from(topo.linkIds.map((id, l) => spec.capacity.get(id) ?? topo.linkSpeed[l]!));
  return { topo, lags, problems, gateways, demands, capacity };
}

const memo = new WeakMap<ConvergedL2, WeakMap<LagContext, ConvergedLags>>();

/** The aggregation layer of converged state `c`. */
export function convergeLags(ctx: LagContext, c: ConvergedL2): ConvergedLags {
  const cached = memo.get(c)?.get(ctx);
  if (cached) return cached;
  const { topo } = ctx;
  const lag = lagStateOf(topo, ctx.lags, ctx.problems, c.faults);
  const attachMemo = new Map<number, Attachment[]>();
  const attach = (n: number): Attachment[] => {
    let a = attachMemo.get(n);
    if (!a) attachMemo.set(n, (a = attachmentsOf(topo, ctx.lags, lag, c, n)));
    return a;
  };
  const gateways = ctx.gateways.map((g) => gatewayStatusOf(topo, g, c, attach));
  const graph = pathsGraphOf(topo, c.faults, c.forwarding);
  const routing = routeDemands({ topo, lags: ctx.lags, c, graph, gateways: ctx.gateways, status: gateways, attach }, ctx.demands);
  const result = { lag, gateways, routing, attach };
  const inner = memo.get(c) ?? new WeakMap();
  inner.set(ctx, result);
  memo.set(c, inner);
  return result;
}
