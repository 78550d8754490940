/**
 * BPDU guard: a port with BPDU guard that receives a BPDU is err-disabled — shut down until an
 * operator (or an errdisable-recovery timer) brings it back — so its link loses carrier.
 *
 * Sources: Cisco, "Spanning Tree PortFast BPDU Guard Enhancement" (docs 10586-65: a PortFast
 * port with BPDU guard that receives a BPDU is put in the errdisable state); HPE/Aruba
 * `spanning-tree bpdu-protection` ("it will disable the port as soon as any BPDU packet is
 * received on that interface"); Arista EOS `spanning-tree bpduguard`. Vendors apply it on any
 * port it is configured on, edge or not; a global default (`spanning-tree portfast bpduguard
 * default`) puts it on every edge port, which designs write as `bpdu_guard: true` beside
 * `edge: true`.
 *
 * When a BPDU reaches a port, at the converged level: the port has carrier, frames from the far
 * end arrive (not lost one way), and the far end is a BPDU source — a switch running spanning
 * tree (any role: at link-up every port sends BPDUs, 802.1D-2004 §17.21.3 and legacy STP's
 * listening state alike), a rogue bridge behind the port (fault `rogue-bridge`), or a switch
 * without spanning tree that floods BPDUs from such a source on another of its ports (Linux
 * `br_handle_frame`, decision 0007). Ports trip one at a time in port order: once a port is
 * err-disabled its link carries no more BPDUs, so of two guarded ends of one cable, or two
 * guarded ports joined through a bridge without STP, the first trips and the other stays up
 * (the real race goes to whichever BPDU arrives first; either outcome cuts the same path).
 */
import type { CompiledTopology } from './compileTopology.js';
import type { FaultState } from './faultState.js';
import { portGuardsOf } from './portGuards.js';

/** The guarded ports that `state` lets a BPDU reach, err-disabled in port order. */
export function bpduGuardTrips(topo: CompiledTopology, state: FaultState): number[] {
  const guards = portGuardsOf(topo);
  if (!guards.any) return [];
  const cut = new Uint8Array(topo.linkIds.length);
  const rogue = new Set(state.roguePorts);
  const runsStp = (n: number): boolean => topo.nodeKinds[n] === 'switch' && topo.topology.nodes[n]!.stp?.mode !== 'none';
  /** Whether a BPDU arrives at port `r` over its own link (not through a bridge without STP). */
  const live = (r: number): boolean => state.carrier[r] === 1 && cut[topo.portLink[r]!] === 0 && state.txLost[topo.portPeer[r]!] === 0;
  const reaches = (p: number): boolean => {
    if (!live(p)) return false;
    if (rogue.has(p)) return true;
    const first = topo.portNode[topo.portPeer[p]!]!;
    if (topo.nodeKinds[first] !== 'switch') return false;
    if (runsStp(first)) return true;
    // A bridge without spanning tree floods BPDUs: search its live links for a source.
    const seen = new Set([first]);
    const queue = [first];
    while (queue.length > 0) {
      const n = queue.shift()!;
      for (const r of topo.nodePorts[n]!) {
        if (r === topo.portPeer[p] || topo.portLink[r]! < 0 || !live(r)) continue;
        if (rogue.has(r)) return true;
        const far = topo.portNode[topo.portPeer[r]!]!;
        if (topo.nodeKinds[far] !== 'switch') continue;
        if (runsStp(far)) return true;
        if (!seen.has(far)) {
          seen.add(far);
          queue.push(far);
        }
      }
    }
    return false;
  };
  const tripped: number[] = [];
  for (let p = 0; p < topo.portLabels.length; p++) {
    if (guards.bpdu[p] === 1 && reaches(p)) {
      tripped.push(p);
      cut[topo.portLink[p]!] = 1;
    }
  }
  return tripped;
}
