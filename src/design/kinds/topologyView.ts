/**
 * The view of a topology design's states, flat so a trace shows only what a fault changed:
 * the failed elements, each bond's used slaves (`Server1:bond0: eth0 → eth1`), blocked
 * ports, a forwarding loop, the first pair that does not reach each other (among the
 * requested pairs when `reachable` names some) and the spanning-tree roots, so a trace shows
 * the root moving when a fault changes the election (SCENARIOS L7).
 */
import type { StateView } from '../../core/model.js';
import type { L2Model, L2State } from '../../../models/l2/l2Model.js';

const NONE = 'none';

/** `model` with the flat view described above. */
export function topologyView(model: L2Model, pairs?: readonly (readonly [string, string])[]): L2Model {
  const { topo } = model.context;
  const bondNames = topo.bonds.map((b) => `${topo.nodeNames[b.host]}:${b.name}`);
  return {
    ...model,
    view(state: L2State): StateView {
      const c = model.converged(state);
      const view: Record<string, string> = { failed: c.failed.map((e) => e.id).join(',') || NONE };
      for (const name of bondNames) view[name] = c.bond(name).used.join('+') || 'down';
      const blocked = [...c.stp.ports.values()].filter((p) => p.up && p.state === 'discarding').map((p) => `${p.bridge}:${p.name}`);
      view['blocked'] = blocked.join(',') || NONE;
      view['roots'] = c.stp.roots.join(',') || NONE;
      const loop = c.forwardingLoop();
      view['loop'] = loop ? [...loop.nodes, loop.nodes[0]].join('→') : NONE;
      const broken = pairs ? pairs.find(([a, b]) => !c.reachable(a, b)) : c.unreachablePair();
      view['unreachable'] = broken ? `${broken[0]}↮${broken[1]}` : NONE;
      return view;
    },
  };
}
