/**
 * Builds a `site:` section when the manifest gives both a lab topology and a keepalived pair:
 * the `topology:` from the netlab or containerlab file, the `cluster:` from the hosts' configs
 * (their names must be hosts of the topology), each node's heartbeat on its instance's
 * `interface` when the topology gives the host that interface, and every other topology host
 * as a client of the service.
 */
import type { ImportLog } from '../importLog.js';
import type { SiteManifest } from '../manifest/siteManifest.js';
import { buildCluster } from './buildCluster.js';
import { buildTopology } from './buildTopology.js';
import type { HostConfigs } from './hostConfigs.js';
import type { SourceMap } from './sourceMap.js';

/** The section, or undefined after logging why not. */
export function buildSite(manifest: SiteManifest, hosts: readonly HostConfigs[], sources: SourceMap, log: ImportLog): Record<string, unknown> | undefined {
  const inner: SourceMap = new Map();
  const topology = buildTopology(manifest, hosts, inner, log);
  const cluster = buildCluster(manifest, hosts, inner, log);
  for (const [key, at] of inner) sources.set(`site.${key}`, at);
  if (!topology || !cluster) return undefined;
  const topologyHosts = ((topology['hosts'] as { name: string }[] | undefined) ?? []).map((h) => h.name);
  const ports = (host: string) => ((topology['links'] as { a: string; b: string }[] | undefined) ?? []).flatMap((l) => [l.a, l.b]).filter((e) => e.startsWith(`${host}:`)).map((e) => e.slice(host.length + 1));
  const nodes = (cluster['nodes'] as { name: string }[]).map((n) => n.name);
  const placement: Record<string, unknown>[] = [];
  for (const h of hosts.filter((x) => nodes.includes(x.host.name.value))) {
    const name = h.host.name.value;
    if (!topologyHosts.includes(name)) {
      log.error(h.host.name.at, 'FL417', `cluster node ${name} is no host of the topology`, `topology hosts: ${topologyHosts.join(', ') || 'none'}; name the manifest host after the lab node`);
      continue;
    }
    const iface = h.keepalived?.instances.find((i) => i.interface)?.interface;
    if (!iface) continue;
    const bonds = ((topology['bonds'] as { host: string; name: string }[] | undefined) ?? []).filter((b) => b.host === name).map((b) => b.name);
    if (ports(name).includes(iface.value)) {
      sources.set(`site.placement.${placement.length}`, iface.at);
      placement.push({ node: name, heartbeat: iface.value });
    } else if (bonds.includes(iface.value)) {
      // keepalived puts the virtual address on the instance's interface unless `dev` says otherwise.
      sources.set(`site.placement.${placement.length}`, iface.at);
      placement.push({ node: name, vip: iface.value, heartbeat: iface.value });
    } else log.warn(iface.at, 'FL407', `interface ${iface.value} of ${name} is not cabled in the topology: the node's adverts may leave on any of its interfaces`, `its cabled interfaces and bonds: ${[...ports(name), ...bonds].join(', ') || 'none'}`);
  }
  const clients = topologyHosts.filter((h) => !nodes.includes(h));
  return { topology, cluster, ...(placement.length > 0 ? { placement } : {}), ...(clients.length > 0 ? { clients } : {}) };
}
