/**
 * Converged layer-2 semantics: for a set of failed elements, the deterministic outcome once
 * every protocol has settled (DESIGN.md "Converged level"; decision 0008):
 * carrier per port (gray failures keep it) → spanning tree (`convergeStp`) → forwarding
 * graph → each bond's used slaves as its monitor sees them → endpoint reachability and
 * forwarding loops.
 *
 * Build an {@link L2Context} once per topology; each {@link converge} call is then linear in
 * the size of the topology (plus the spanning-tree Dijkstra), with no per-pair work:
 * reachability of all endpoints groups them by the components they attach to.
 */
import type { StpResult } from '../stp/types.js';
import type { BondStatus } from './bondMonitor.js';
import { compileTopology, type CompiledTopology } from './compileTopology.js';
import { endpointReaches, reachSignature } from './endpointReach.js';
import { allFaultElements, type FaultElement } from './faults.js';
import { faultStateOf, type FaultState } from './faultState.js';
import { forwardingGraphOf, type ForwardingCycle, type ForwardingGraph } from './forwardingGraph.js';
import { settleBonds, type SettledBonds } from './settleBonds.js';
import { stpForwardingOf, stpInputOf, type StpInput } from './stpForwarding.js';
import type { Topology } from './topology.js';
import { FaultlineError } from '../../src/core/errors.js';

/** Everything derived once from a topology. */
export interface L2Context {
  readonly topo: CompiledTopology;
  readonly stpInput: StpInput;
  /** Every fault element by id (kind filters do not apply here). */
  readonly elements: ReadonlyMap<string, FaultElement>;
}

/** Compiles `topology` for repeated convergence. */
export function l2ContextOf(topology: Topology): L2Context {
  const topo = compileTopology(topology);
  const elements = new Map(allFaultElements(topo).map((e) => [e.id, e]));
  return { topo, stpInput: stpInputOf(topo), elements };
}

/** The converged network under one set of failed elements. */
export interface ConvergedL2 {
  readonly failed: readonly FaultElement[];
  readonly faults: FaultState;
  readonly stp: StpResult;
  /** Per port index: 1 when the port forwards. */
  readonly forwarding: Uint8Array;
  /** Ports a guard holds discarding (models/l2/stpForwarding.ts): loop- or root-inconsistent. */
  readonly inconsistent: ReadonlyMap<number, 'loop' | 'root'>;
  readonly graph: ForwardingGraph;
  readonly settled: SettledBonds;
  /** The status of a bond by `host:bond` name, with slave NIC names. */
  bond(name: string): { readonly used: readonly string[]; readonly up: readonly string[] };
  /** Whether frames from endpoint `a` reach endpoint `b` (one direction). */
  reaches(a: string, b: string): boolean;
  /** Whether `a` and `b` reach each other both ways. */
  reachable(a: string, b: string): boolean;
  /**
   * The first pair of live endpoints (of `among`, default all) that cannot reach each other
   * both ways, or null. Dead endpoints are skipped: losing a host is not a network failure.
   */
  unreachablePair(among?: readonly string[]): readonly [string, string] | null;
  /** A cycle among forwarding ports (a broadcast storm), or null. */
  forwardingLoop(): ForwardingCycle | null;
}

function unknown(what: string): never {
  throw new FaultlineError({ code: 'FL310', message: `invalid topology: ${what}`, hint: 'check the names used in the design' });
}

/** Converges `ctx`'s topology with `failed` (elements, or element ids) failed. */
export function converge(ctx: L2Context, failed: Iterable<FaultElement | string>): ConvergedL2 {
  const { topo } = ctx;
  const elements = [...failed].map((e) => (typeof e === 'string' ? (ctx.elements.get(e) ?? unknown(`no fault element ${e}`)) : e));
  const faults = faultStateOf(topo, elements);
  const { stp, forwarding, inconsistent } = stpForwardingOf(topo, ctx.stpInput, faults);
  const graph = forwardingGraphOf(topo, faults, forwarding);
  const settled = settleBonds(topo, faults, graph);
  const endpoint = (name: string): number => {
    const n = topo.nodeIndex.get(name) ?? unknown(`no node ${name}`);
    if (topo.nodeKinds[n] === 'switch') unknown(`${name} is a switch, not an endpoint`);
    return n;
  };
  const reachesIndex = (a: number, b: number): boolean =>
    a === b || endpointReaches(graph, settled.interfaces[a]!, settled.interfaces[b]!);
  const both = (a: number, b: number): boolean => reachesIndex(a, b) && reachesIndex(b, a);
  const nicName = (p: number): string => topo.portLabels[p]!.slice(topo.nodeNames[topo.portNode[p]!]!.length + 1);
  return {
    failed: elements,
    faults,
    stp,
    forwarding,
    inconsistent,
    graph,
    settled,
    bond(name) {
      const b = topo.bondIndex.get(name) ?? unknown(`no bond ${name}`);
      const status: BondStatus = settled.bonds[b]!;
      return { used: status.used.map(nicName), up: status.up.map(nicName) };
    },
    reaches: (a, b) => reachesIndex(endpoint(a), endpoint(b)),
    reachable: (a, b) => both(endpoint(a), endpoint(b)),
    unreachablePair(among) {
      const live = (among ? among.map(endpoint) : topo.endpoints).filter((n) => !faults.nodeDown[n]);
      // Endpoints with the same signature are interchangeable: check one per group.
      const groups = new Map<string, number[]>();
      for (const n of live) {
        const key = reachSignature(graph, settled.interfaces[n]!);
        const group = groups.get(key);
        if (group) group.push(n);
        else groups.set(key, [n]);
      }
      const reps = [...groups.values()];
      for (let i = 0; i < reps.length; i++) {
        const gi = reps[i]!;
        if (gi.length > 1 && !both(gi[0]!, gi[1]!)) return [topo.nodeNames[gi[0]!]!, topo.nodeNames[gi[1]!]!];
        for (let j = 0; j < i; j++) {
          const x = reps[j]![0]!;
          if (!both(x, gi[0]!)) return [topo.nodeNames[x]!, topo.nodeNames[gi[0]!]!];
        }
      }
      return null;
    },
    forwardingLoop: () => graph.forwardingLoop(),
  };
}
