/**
 * Builds a `topology:` section from a containerlab topology (`.clab.yml`): `topology.nodes`
 * with their `kind` (linux → host; bridge, ovs-bridge and switch NOSes → switch; routing
 * daemons → router; `kinds:` and `defaults:` give the kind when the node does not) and
 * `topology.links` `endpoints: ["node:iface", "node:iface"]`. Other node settings are not
 * modelled and pass silently only when they are deployment details (image, mgmt, binds).
 */
import type { ImportLog } from '../importLog.js';
import { record, type SourceMap } from '../design/sourceMap.js';
import { asList, asRecord, type YamlConfig } from '../yaml/readYamlConfig.js';

const HOSTS = new Set(['linux', 'host', 'k8s-kind']);
const ROUTERS = new Set(['crpd', 'vr-vmx', 'vr-xrv9k', 'vr-csr', 'cisco_xrd', 'vr-sros', 'nokia_sros', 'juniper_vmx', 'juniper_crpd', 'frr']);

/** The section, or undefined after logging why not. */
export function buildClabTopology(y: YamlConfig, sources: SourceMap, log: ImportLog): Record<string, unknown> | undefined {
  const top = asRecord(asRecord(y.data)?.['topology']);
  if (!top) {
    log.error(y.at([]), 'FL411', 'a containerlab file has a topology: map', 'see containerlab.dev, topology definition');
    return undefined;
  }
  const defaultKind = asRecord(top['defaults'])?.['kind'];
  const nodes = Object.entries(asRecord(top['nodes']) ?? {}).map(([name, body]) => {
    const kind = String(asRecord(body)?.['kind'] ?? defaultKind ?? '');
    return { name, at: y.at(['topology', 'nodes', name]), role: HOSTS.has(kind) ? 'host' : ROUTERS.has(kind) ? 'router' : 'switch' };
  });
  const known = new Set(nodes.map((n) => n.name));
  const links: Record<string, unknown>[] = [];
  asList(top['links']).forEach((l, k) => {
    const endpoints = asRecord(l)?.['endpoints'];
    const at = y.at(['topology', 'links', k]);
    if (!Array.isArray(endpoints) || endpoints.length !== 2 || !endpoints.every((e) => typeof e === 'string' && /^[^:\s]+:[^:\s]+$/.test(e))) {
      log.error(at, 'FL405', 'a link has endpoints: ["node:interface", "node:interface"]', 'write: - endpoints: ["srl1:e1-1", "srl2:e1-1"]');
      return;
    }
    const bad = (endpoints as string[]).find((e) => !known.has(e.split(':')[0]!));
    if (bad) {
      log.error(y.at(['topology', 'links', k, 'endpoints']), 'FL417', `endpoint ${bad} names no node`, `nodes: ${[...known].join(', ')}`);
      return;
    }
    const path = ['topology', 'links', links.length];
    sources.set(path.join('.'), at);
    links.push({ name: record(sources, [...path, 'name'], { value: `link${k + 1}`, at }), a: endpoints[0], b: endpoints[1] });
  });
  const section: Record<string, unknown> = {};
  for (const role of ['switch', 'host', 'router'] as const) {
    const key = role === 'switch' ? 'switches' : `${role}s`;
    const list = nodes.filter((n) => n.role === role);
    if (list.length > 0) section[key] = list.map((n, k) => (sources.set(`topology.${key}.${k}`, n.at), { name: record(sources, ['topology', key, k, 'name'], { value: n.name, at: n.at }) }));
  }
  if (!section['switches']) {
    log.error(y.at(['topology', 'nodes']), 'FL411', 'the lab has no switch', 'the topology design needs at least one switch (kind bridge, ovs-bridge or a switch NOS)');
    return undefined;
  }
  section['links'] = links;
  return section;
}
