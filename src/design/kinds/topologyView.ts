/**
 * The view of a topology design's states, flat so a trace shows only what a fault changed:
 * the failed elements, each bond's used slaves (`Server1:bond0: [eth0] → [eth1]`), blocked
 * ports, a forwarding loop, every pair that does not reach each other (among the requested
 * pairs when `reachable` names some) and the spanning-tree roots, so a trace shows the root
 * moving when a fault changes the election (SCENARIOS L7). Designs with spanning-tree guards
 * also show the ports the guards act on (`guarded`: err-disabled by BPDU guard, loop- or
 * root-inconsistent). Lists are arrays, empty when there is nothing to list.
 */
import type { StateView } from '../../core/model.js';
import type { L2Model, L2State } from '../../../models/l2/l2Model.js';
import { portGuardsOf } from '../../../models/l2/portGuards.js';
import { windowLines, windowsOver } from '../../../properties/bondFailover.js';
import { linkUpLoopOf } from '../../../properties/l2.js';

/** `model` with the flat view described above. */
export function topologyView(model: L2Model, pairs?: readonly (readonly [string, string])[]): L2Model {
  const { topo } = model.context;
  const bondNames = topo.bonds.map((b) => `${topo.nodeNames[b.host]}:${b.name}`);
  const endpoints = topo.endpoints.map((n) => topo.nodeNames[n]!);
  const allPairs = endpoints.flatMap((a, i) => endpoints.slice(i + 1).map((b) => [a, b] as const));
  const guarded = portGuardsOf(topo).any;
  return {
    ...model,
    view(state: L2State): StateView {
      const c = model.converged(state);
      const view: Record<string, readonly string[]> = { failed: c.failed.map((e) => e.id) };
      for (const name of bondNames) view[name] = [...c.bond(name).used];
      view['blocked'] = [...c.stp.ports.values()].filter((p) => p.up && p.state === 'discarding').map((p) => `${p.bridge}:${p.name}`);
      view['roots'] = [...c.stp.roots];
      if (guarded) {
        view['guarded'] = [
          ...c.faults.errDisabled.map((p) => `${topo.portLabels[p]} err-disabled${c.faults.lingering.includes(p) ? ' (cause gone, no errdisable recovery)' : ''}`),
          ...[...c.inconsistent].sort(([a], [b]) => a - b).map(([p, why]) => `${topo.portLabels[p]} ${why}-inconsistent`),
        ];
      }
      const loop = c.forwardingLoop();
      view['loop'] = loop ? [...loop.nodes, loop.nodes[0]!] : [];
      const broken = pairs ? pairs.filter(([a, b]) => !c.reachable(a, b)) : allPairs.filter(([a, b]) => c.unreachablePair([a, b]) !== null);
      view['unreachable'] = broken.map(([a, b]) => `${a}↮${b}`);
      return view;
    },
  };
}

/**
 * `model` whose view also lists, as `bond-windows`, every bond black-hole window longer than
 * `seconds` around the state's faults and their repairs (`bond-failover-within`).
 */
export function withBondWindows(model: L2Model, seconds: number): L2Model {
  return {
    ...model,
    view: (state: L2State): StateView => ({ ...model.view!(state), 'bond-windows': windowLines(windowsOver(model, state, seconds)) }),
  };
}

/**
 * `model` whose view also shows, as `link-up-loop`, the link whose coming up loops frames
 * before its first BPDU and the cycle (`no-forwarding-loop: { link_up: true }`).
 */
export function withLinkUpLoop(model: L2Model): L2Model {
  const found = linkUpLoopOf(model);
  return {
    ...model,
    view(state: L2State): StateView {
      const hit = found(state);
      return { ...model.view!(state), 'link-up-loop': hit === null ? [] : [`${hit.link} comes up`, ...hit.cycle.nodes, hit.cycle.nodes[0]!] };
    },
  };
}
