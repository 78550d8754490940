/**
 * Where the site's cluster nodes and clients sit in its network, checked against the topology.
 *
 * Errors (exit 2, at the offending key): FL240 a cluster node or client that is not a host of
 * the topology; FL241 an interface that is not a bond or NIC of the node's host; FL242 a
 * placement for a node the cluster does not have, or a node placed twice; FL243 a client that
 * is a cluster node.
 */
import type { NodePlacement } from '../../../models/site/config.js';
import type { Topology } from '../../../models/l2/topology.js';
import type { BuildContext } from '../designKind.js';
import { didYouMean } from '../didYouMean.js';
import type { SiteSection } from './siteSchema.js';

/** The placement of both nodes and the client list. */
export interface SitePlacement {
  readonly nodes: readonly [NodePlacement, NodePlacement];
  readonly clients: readonly string[];
}

/** Checks and resolves `section.placement` and `section.clients` against `topology`. */
export function placementOf(section: SiteSection, topology: Topology, ctx: BuildContext): SitePlacement {
  const hosts = topology.nodes.filter((n) => n.kind === 'host').map((n) => n.name);
  const isHost = (name: string): boolean => hosts.includes(name);
  const names = section.cluster.nodes.map((n) => n.name);
  names.forEach((name, i) => {
    if (!isHost(name)) ctx.fail(['site', 'cluster', 'nodes', i, 'name'], 'FL240', `cluster node "${name}" is not a host of the site's topology`, `add it under site.topology.hosts, or ${didYouMean(name, hosts)}`);
  });
  const placed = new Map<string, number>();
  (section.placement ?? []).forEach((p, k) => {
    const at = ['site', 'placement', k];
    if (!names.includes(p.node)) ctx.fail([...at, 'node'], 'FL242', `placement for "${p.node}", which is not a cluster node`, didYouMean(p.node, names));
    if (placed.has(p.node)) ctx.fail([...at, 'node'], 'FL242', `node "${p.node}" is placed twice`, `the first is site.placement[${placed.get(p.node)}]`);
    placed.set(p.node, k);
    const own = interfacesOfHost(topology, p.node);
    for (const key of ['vip', 'heartbeat', 'replication'] as const) {
      const name = p[key];
      if (name !== undefined && !own.includes(name)) ctx.fail([...at, key], 'FL241', `${p.node} has no bond or NIC "${name}"`, didYouMean(name, own));
    }
  });
  const nodeOf = (name: string): NodePlacement => {
    const p = section.placement?.find((q) => q.node === name);
    const vip = p?.vip ?? null;
    const heartbeat = p?.heartbeat ?? vip;
    return { host: name, vip, heartbeat, replication: p?.replication ?? heartbeat };
  };
  const clients = section.clients ?? [];
  clients.forEach((c, k) => {
    if (names.includes(c)) ctx.fail(['site', 'clients', k], 'FL243', `"${c}" is a cluster node, not a client`, 'clients are the other hosts that use the service');
    if (!isHost(c)) ctx.fail(['site', 'clients', k], 'FL240', `client "${c}" is not a host of the site's topology`, didYouMean(c, hosts));
  });
  return { nodes: [nodeOf(names[0]!), nodeOf(names[1]!)], clients };
}

/** NIC and bond names of `host`. */
function interfacesOfHost(topology: Topology, host: string): string[] {
  const node = topology.nodes.find((n) => n.name === host);
  const bonds = (topology.bonds ?? []).filter((b) => b.host === host).map((b) => b.name);
  return [...(node?.ports.map((p) => p.name) ?? []), ...bonds];
}
