/**
 * The moment a link comes up, before its first BPDU (issue 12, decision 0042 §3). An edge port
 * (`edge`, PortFast: AdminEdge) forwards as soon as it has carrier, and loses edge status only
 * when a BPDU arrives (802.1D-2004 §17.19.17 operEdge, §17.25 bridge detection); a switch
 * without spanning tree forwards on every port at once. So a link between two switches whose
 * ends both forward at once — each an edge port of a switch running spanning tree, or a port
 * of one that runs none — carries frames from its first instant, while the rest of the
 * network is still as it converged without it. If that closes a cycle, frames loop until the
 * first BPDU crosses the link (RSTP sends one as soon as the port is enabled, so the window is
 * short: milliseconds up to a hello time) and spanning tree blocks a port or BPDU guard
 * err-disables one. The converged model then shows no loop; this finds the window.
 *
 * A link that is down in the state (a fault on it, its ports or its switches) is not coming
 * up; a link BPDU guard err-disabled did come up, and the window happened before the BPDU.
 */
import { converge, type ConvergedL2, type L2Context } from './converge.js';
import { forwardingGraphOf, type ForwardingCycle } from './forwardingGraph.js';

/** A link whose coming up loops frames before its first BPDU, with the cycle. */
export interface LinkUpLoop {
  readonly link: string;
  readonly cycle: ForwardingCycle;
}

/** The first link (in link order) whose coming up in `c` closes a forwarding loop, or null. */
export function linkUpLoop(ctx: L2Context, c: ConvergedL2): LinkUpLoop | null {
  const { topo } = ctx;
  const nodes = topo.topology.nodes;
  const runsStp = (n: number): boolean => nodes[n]!.kind === 'switch' && nodes[n]!.stp?.mode !== 'none';
  const edge = new Uint8Array(topo.portLabels.length);
  nodes.forEach((node, n) => node.ports.forEach((spec, i) => (edge[topo.nodePorts[n]![i]!] = spec.stp?.edge === true ? 1 : 0)));
  const isEdge = (p: number): boolean => edge[p] === 1;
  const immediate = (p: number): boolean => topo.nodeKinds[topo.portNode[p]!] === 'switch' && (!runsStp(topo.portNode[p]!) || isEdge(p));
  const failedIds = c.failed.map((e) => e.id);
  for (let l = 0; l < topo.linkIds.length; l++) {
    const a = topo.linkA[l]!;
    const b = topo.linkB[l]!;
    if (!immediate(a) || !immediate(b) || !(isEdge(a) || isEdge(b))) continue;
    const guarded = c.faults.errDisabled.includes(a) || c.faults.errDisabled.includes(b);
    if (c.faults.linkDown[l] === 1 && !guarded) continue;
    const before = converge(ctx, [...failedIds, `link:${topo.linkIds[l]}`]);
    const linkDown = Uint8Array.from(before.faults.linkDown);
    const carrier = Uint8Array.from(before.faults.carrier);
    const forwarding = Uint8Array.from(before.forwarding);
    linkDown[l] = 0;
    carrier[a] = carrier[b] = 1;
    forwarding[a] = forwarding[b] = 1;
    const cycle = forwardingGraphOf(topo, { ...before.faults, linkDown, carrier }, forwarding).forwardingLoop();
    if (cycle !== null) return { link: topo.linkIds[l]!, cycle };
  }
  return null;
}
