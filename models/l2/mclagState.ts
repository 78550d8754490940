/**
 * The converged MC-LAG rule (PROTOCOLS.md §5.2/§5.3; SCENARIOS R5), a function of which links
 * and nodes are down:
 *
 * | peer-link | keepalive | both peers alive | outcome |
 * |---|---|---|---|
 * | up | any | yes | nothing happens (a keepalive loss alone changes no forwarding) |
 * | down | up | yes | the secondary suspends its members of dual-connected bundles |
 * | down | down | yes | **dual-active**: both keep their members, each thinks it is alone |
 * | any | any | no | the survivor keeps its members (it is the only peer left) |
 *
 * The keepalive is up while both peers live, no `keepalive` fault hit it, and (when its links
 * are given) the peers are joined by live keepalive links — so a keepalive over the peer-link
 * dies with the peer-link. A suspended member port is down (vPC and MLAG err-disable it): the
 * caller removes carrier from its link, so spanning tree, bonds, reachability and LAG
 * formation all see it.
 *
 * Cisco vPC on peer-link loss with the peer alive (Nexus vPC guides, "vPC peer-link failure"):
 * the secondary suspends its vPC member ports and shuts the SVIs of the vPC VLANs (unless
 * `dual-active exclude interface-vlan`), so orphan hosts — single-attached to the secondary —
 * lose their gateway (`secondarySvis: down`); `vpc orphan-port suspend` suspends the listed
 * orphan ports with the members, so a host bonded active-backup to both peers fails over
 * (`orphanSuspend`).
 */
import type { CompiledTopology } from './compileTopology.js';

/** One MC-LAG domain in a converged state. */
export interface McLagState {
  readonly name: string;
  readonly peerLinkUp: boolean;
  readonly keepaliveUp: boolean;
  /** The secondary suspended its member ports. */
  readonly suspended: boolean;
  /** Peer-link and keepalive both down with both peers alive. */
  readonly dualActive: boolean;
  /** The suspended secondary also shut its SVIs: its gateway members serve nobody (vPC). */
  readonly svisDown: boolean;
}

/** Domain states and the member ports the secondaries suspend (port indices). */
export function mclagStateOf(
  topo: Omit<CompiledTopology, 'topology' | 'graph'>,
  linkDown: Uint8Array,
  nodeDown: Uint8Array,
  keepaliveFailed: Uint8Array,
): { readonly domains: readonly McLagState[]; readonly suspendedPorts: readonly number[] } {
  const { lags } = topo;
  const suspendedPorts: number[] = [];
  const domains = lags.mclag.map((d, i): McLagState => {
    const peerLinkUp = d.peerLinks.some((l) => !linkDown[l]);
    const bothAlive = !nodeDown[d.primary] && !nodeDown[d.secondary];
    const keepaliveUp = bothAlive && !keepaliveFailed[i] && (d.keepaliveLinks === null || joined(topo, d.keepaliveLinks, linkDown, d.primary, d.secondary));
    const suspended = !peerLinkUp && bothAlive && keepaliveUp;
    if (suspended) {
      for (const p of topo.nodePorts[d.secondary]!) {
        const q = topo.portPeer[p]!;
        const h = q < 0 ? -1 : lags.portLag[q]!;
        if (h < 0 || lags.portLag[p] === -1) continue;
        const far = new Set(lags.lags[h]!.ports.map((m) => topo.portNode[topo.portPeer[m]!]));
        if (far.has(d.primary) && far.has(d.secondary)) suspendedPorts.push(p);
      }
      // `vpc orphan-port suspend`: listed single-attached ports go down with the members.
      for (const p of d.orphanPorts) if (topo.portLink[p]! >= 0 && !linkDown[topo.portLink[p]!]) suspendedPorts.push(p);
    }
    return { name: d.name, peerLinkUp, keepaliveUp, suspended, dualActive: !peerLinkUp && bothAlive && !keepaliveUp, svisDown: suspended && d.svisDown };
  });
  return { domains, suspendedPorts };
}

/** Whether live links of `links` join node `a` to node `b` (possibly through other nodes). */
function joined(topo: Omit<CompiledTopology, 'topology' | 'graph'>, links: readonly number[], linkDown: Uint8Array, a: number, b: number): boolean {
  const seen = new Set([a]);
  const queue = [a];
  while (queue.length > 0) {
    const n = queue.pop()!;
    if (n === b) return true;
    for (const l of links) {
      if (linkDown[l]) continue;
      const x = topo.portNode[topo.linkA[l]!]!;
      const y = topo.portNode[topo.linkB[l]!]!;
      const next = x === n ? y : y === n ? x : -1;
      if (next >= 0 && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}
