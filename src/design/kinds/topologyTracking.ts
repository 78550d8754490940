/**
 * Uplink failure tracking groups of a `topology:` section's switches (`link_state_tracking:`),
 * checked against the switches' ports and turned into the model's {@link TrackingGroup}s
 * (models/l2/linkStateTracking.ts).
 *
 * Errors (exit 2, at the offending value): FL217 a group port that is not a port of the switch,
 * a port listed twice in a group, a port upstream in one group and downstream in one (Cisco and
 * Avaya refuse it; chains would make the result depend on order), a group name used twice on
 * one switch. A downstream port may be in several groups (NVIDIA Onyx): down when any is.
 */
import type { NodeSpec, TrackingGroup } from '../../../models/l2/topology.js';
import type { BuildContext } from '../designKind.js';
import { didYouMean } from '../didYouMean.js';
import type { TopologySection } from './topologySchema.js';

/** `nodes` with each switch's tracking groups from `section` attached. */
export function withTracking(nodes: readonly NodeSpec[], section: TopologySection, ctx: BuildContext): NodeSpec[] {
  return nodes.map((node) => {
    const i = section.switches.findIndex((s) => s.name === node.name);
    const groups = i >= 0 ? section.switches[i]!.link_state_tracking : undefined;
    if (node.kind !== 'switch' || groups === undefined || groups.length === 0) return node;
    const ports = node.ports.map((p) => p.name);
    const roles = new Map<string, 'upstream' | 'downstream'>();
    const names = new Set<string>();
    const tracking = groups.map((g, j): TrackingGroup => {
      const name = String(g.name ?? j + 1);
      const at = ['topology', 'switches', i, 'link_state_tracking', j];
      if (names.has(name)) ctx.fail([...at, 'name'], 'FL217', `switch ${node.name}: tracking group "${name}" is defined twice`, 'give each group its own name');
      names.add(name);
      for (const role of ['upstream', 'downstream'] as const) {
        g[role].forEach((port, k) => {
          const where = [...at, role, k];
          if (!ports.includes(port)) ctx.fail(where, 'FL217', `switch ${node.name}: tracking group "${name}" names "${port}", which is no port of ${node.name}`, didYouMean(port, ports));
          if (g[role].indexOf(port) !== k) ctx.fail(where, 'FL217', `switch ${node.name}: tracking group "${name}" lists ${port} twice`, 'each port once per group');
          const other = roles.get(port);
          if (other !== undefined && other !== role) ctx.fail(where, 'FL217', `switch ${node.name}: port ${port} is ${other} in a tracking group and ${role} in "${name}"`, 'a port is upstream or downstream, not both (Cisco and Avaya refuse it)');
          roles.set(port, role);
        });
      }
      return { name, upstream: g.upstream, downstream: g.downstream };
    });
    return { ...node, tracking };
  });
}
