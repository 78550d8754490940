/**
 * The spanning-tree protections configured on switch ports (BPDU guard, root guard, loop
 * guard), as per-port flags over a compiled topology. They are spanning-tree features, so a
 * switch that runs none (`stp.mode: none`) has no guard in effect (the design kind warns).
 * Memoised per compiled topology (topologies are immutable).
 */
import type { CompiledTopology } from './compileTopology.js';

/** Per port index: 1 where the guard is configured on a switch that runs spanning tree. */
export interface PortGuards {
  readonly bpdu: Uint8Array;
  readonly root: Uint8Array;
  readonly loop: Uint8Array;
  /** Whether any port has any guard (the converged passes skip their work otherwise). */
  readonly any: boolean;
}

const memo = new WeakMap<CompiledTopology, PortGuards>();

/** The guards of `topo`'s ports. */
export function portGuardsOf(topo: CompiledTopology): PortGuards {
  const known = memo.get(topo);
  if (known !== undefined) return known;
  const size = topo.portLabels.length;
  const bpdu = new Uint8Array(size);
  const root = new Uint8Array(size);
  const loop = new Uint8Array(size);
  let any = false;
  topo.topology.nodes.forEach((node, n) => {
    if (node.kind !== 'switch' || node.stp?.mode === 'none') return;
    node.ports.forEach((spec, i) => {
      const p = topo.nodePorts[n]![i]!;
      if (spec.stp?.bpduGuard) bpdu[p] = 1;
      if (spec.stp?.rootGuard) root[p] = 1;
      if (spec.stp?.loopGuard) loop[p] = 1;
      any ||= bpdu[p] === 1 || root[p] === 1 || loop[p] === 1;
    });
  });
  const guards = { bpdu, root, loop, any };
  memo.set(topo, guards);
  return guards;
}
