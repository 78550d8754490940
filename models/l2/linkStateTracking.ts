/**
 * Uplink failure tracking on switches: when every upstream port of a group has lost its link,
 * the switch takes the group's downstream ports down, so servers behind them see no carrier
 * and their bonds fail over to another switch; when an upstream port comes back, so do they.
 *
 * - Cisco link-state tracking ("trunk failover"; Cisco IE 3010 Software Configuration Guide,
 *   ch. 34 "Understanding Link-State Tracking"): "If any of the upstream interfaces are in the
 *   link-up state, the downstream interfaces can change to or remain in the link-up state. If
 *   all of the upstream interfaces become unavailable, link-state tracking automatically puts
 *   the downstream interfaces in the error-disabled state." Cisco 7600 15S "Configuring Link
 *   State Tracking": no interface in more than one link state group.
 * - Avaya ERS 5000 link-state tracking: "If all interfaces in the upstream set have a 'down'
 *   operational status, all interfaces in the downstream set must be disabled also. If at least
 *   one upstream interface is considered up, the downstream interfaces are enabled"; an
 *   interface cannot be upstream and downstream at once.
 * - NVIDIA Onyx link state tracking: the same rule; a downstream link may be in several groups
 *   and is down when any of them says so; a group with no upstream link keeps its downstream up.
 * - Dell OS9 uplink failure detection (UFD): all downstream links down when all upstream links
 *   are (by default none when only some are; `downstream disable links` is not modelled).
 * - Arista EOS `link tracking group` and Cumulus (ifupdown2 / `protodown` scripting) are taken
 *   to behave alike; their manuals were not checked here.
 *
 * What "down" means: the upstream port has no link (cable, port, far switch dead, an MC-LAG
 * suspension). A gray or one-way upstream keeps its link, so tracking sees nothing: the same
 * blind spot as MII (PROTOCOLS.md §3.2). A downstream port taken down loses carrier at both
 * ends, like a port failure.
 */
import type { CompiledTopology } from './compileTopology.js';

/** One tracking group of a switch, as port indices. */
interface CompiledGroup {
  readonly upstream: readonly number[];
  readonly downstream: readonly number[];
}

const compiled = new WeakMap<CompiledTopology, readonly CompiledGroup[]>();

/** The tracking groups of `topo`'s switches, as port indices (once per topology). */
function groupsOf(topo: CompiledTopology): readonly CompiledGroup[] {
  let groups = compiled.get(topo);
  if (groups === undefined) {
    groups = topo.topology.nodes.flatMap((node) =>
      (node.tracking ?? []).map((g) => {
        const index = (port: string): number => topo.portIndex.get(`${node.name}:${port}`) ?? -1;
        return { upstream: g.upstream.map(index), downstream: g.downstream.map(index) };
      }),
    );
    compiled.set(topo, groups);
  }
  return groups;
}

/**
 * Takes down the downstream ports of every group whose upstream ports all lack carrier:
 * their links go down and lose carrier at both ends (`linkDown`, `carrier` updated in place).
 * Returns the ports taken down.
 */
export function applyLinkStateTracking(topo: CompiledTopology, linkDown: Uint8Array, carrier: Uint8Array): number[] {
  const taken: number[] = [];
  for (const group of groupsOf(topo)) {
    if (group.upstream.some((p) => p >= 0 && carrier[p] === 1)) continue;
    for (const p of group.downstream) {
      if (p < 0 || topo.portLink[p]! < 0) continue;
      linkDown[topo.portLink[p]!] = 1;
      carrier[p] = 0;
      carrier[topo.portPeer[p]!] = 0;
      taken.push(p);
    }
  }
  return taken;
}
