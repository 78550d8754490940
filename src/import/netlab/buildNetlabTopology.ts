/**
 * Builds a `topology:` section from a netlab topology: switches (with their STP mode, bridge
 * priority and port priorities), hosts and routers, cables, and the `lag` module's groups —
 * switch-to-switch LAGs as bundles with LACP ends, host LAGs as 802.3ad bonds, and a host LAG
 * to two switches as an MC-LAG domain over the `lag.mlag.peergroup` peer link; the bridges of
 * multi-access links as switches without spanning tree; and the `gateway` module's links as
 * gateway groups (VRRP with the nodes' priorities, or anycast) for the hosts on the link
 * (decision 0026).
 */
import type { ImportLog } from '../importLog.js';
import { record, type SourceMap } from '../design/sourceMap.js';
import type { YamlConfig } from '../yaml/readYamlConfig.js';
import { netlabLinks, type NetlabGateway, type NetlabLag, type NetlabLink } from './netlabLinks.js';
import { netlabNodes, type NetlabNode } from './netlabNodes.js';

/** The section, or undefined after logging why not. */
export function buildNetlabTopology(y: YamlConfig, sources: SourceMap, log: ImportLog): Record<string, unknown> | undefined {
  const nodes = netlabNodes(y, log);
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const links = netlabLinks(y, new Set(byName.keys()), log);
  const switches = nodes.filter((n) => n.role === 'switch');
  if (switches.length === 0 && !links.some((l) => l.bridge)) {
    log.error(y.at(['nodes']), 'FL411', 'the topology has no switch', 'the topology design needs at least one switch (a device other than linux, frr or another router)');
    return undefined;
  }
  const priorities = new Map<string, number>();
  for (const l of links) for (const e of l.ends) if (e.portPriority) priorities.set(`${e.node}:${e.port}`, e.portPriority.value);
  const section: Record<string, unknown> = {};
  const bridges = [...new Map(links.filter((l) => l.bridge).map((l) => [l.bridge!, l.at])).entries()];
  section['switches'] = [
    ...switches.map((n, k) => switchEntry(n, k, links, sources)),
    ...bridges.map(([name, at], k) => (sources.set(`topology.switches.${switches.length + k}`, at), { name: record(sources, ['topology', 'switches', switches.length + k, 'name'], { value: name, at }), stp: { mode: 'none' } })),
  ];
  for (const role of ['host', 'router'] as const) {
    const list = nodes.filter((n) => n.role === role);
    if (list.length > 0) section[`${role}s`] = list.map((n, k) => (sources.set(`topology.${role}s.${k}`, n.at), { name: record(sources, ['topology', `${role}s`, k, 'name'], { value: n.name, at: n.at }) }));
  }
  const names = new Map<string, number>();
  section['links'] = links.map((l, k) => {
    const base = `${l.ends[0].node}-${l.ends[1].node}`;
    const seen = (names.get(base) ?? 0) + 1;
    names.set(base, seen);
    const at = ['topology', 'links', k];
    sources.set(at.join('.'), l.at);
    const bundle = l.lag && bothBridges(l, byName) ? { bundle: l.lag.peergroup ? `peerlink${l.lag.index}` : `lag${l.lag.index}` } : {};
    return { name: record(sources, [...at, 'name'], { value: seen > 1 ? `${base}.${seen}` : base, at: l.at }), a: `${l.ends[0].node}:${l.ends[0].port}`, b: `${l.ends[1].node}:${l.ends[1].port}`, ...(l.speed ? { speed: l.speed } : {}), ...bundle };
  });
  const aggregation = lagSections(links, byName, sources, log);
  Object.assign(section, aggregation);
  const gateways = gatewaySection(links, byName, sources, log);
  if (gateways.length > 0) section['gateways'] = gateways;
  return section;
}

function gatewaySection(links: readonly NetlabLink[], byName: ReadonlyMap<string, NetlabNode>, sources: SourceMap, log: ImportLog): Record<string, unknown>[] {
  const groups = new Map<NetlabGateway, NetlabLink[]>();
  for (const l of links) if (l.gateway) groups.set(l.gateway, [...(groups.get(l.gateway) ?? []), l]);
  const out: Record<string, unknown>[] = [];
  for (const [gw, members] of groups) {
    const nodes = [...new Set(members.flatMap((l) => l.ends.map((e) => e.node)))].flatMap((n) => byName.get(n) ?? []);
    const answering = nodes.filter((n) => n.role !== 'host');
    const hosts = nodes.filter((n) => n.role === 'host').map((n) => n.name);
    if (answering.length === 0) {
      log.error(gw.at, 'FL417', 'gateway: on a link without a router or switch', 'the gateway module needs the routers or switches that answer for the gateway on the link');
      continue;
    }
    for (const n of answering.filter((m) => m.role === 'router' && links.filter((l) => l.ends.some((e) => e.node === m.name)).length > 1)) {
      log.warn(gw.at, 'FL407', `${n.name} has several links: the layer-2 model attaches a router through its first working one`, 'give each segment its own gateway routers, or model the router as a switch (SVIs)');
    }
    const at = ['topology', 'gateways', out.length];
    sources.set(at.join('.'), gw.at);
    const entry: Record<string, unknown> = {
      name: record(sources, [...at, 'name'], { value: `gw${gw.index}`, at: gw.at }),
      type: record(sources, [...at, 'type'], gw.protocol),
      members: answering.map((n, j) => {
        const priority = gw.protocol.value === 'vrrp' ? (gw.priorities.get(n.name) ?? n.gatewayPriority) : undefined;
        if (priority && !(Number.isInteger(priority.value) && priority.value >= 1 && priority.value <= 254)) {
          log.error(priority.at, 'FL405', `gateway.vrrp.priority must be a whole number 1..254, got ${priority.value}`, 'write: gateway.vrrp.priority: 200');
          return n.name;
        }
        if (!priority) return n.name;
        sources.set([...at, 'members', j, 'priority'].join('.'), priority.at);
        return { node: n.name, priority: priority.value };
      }),
    };
    if (hosts.length > 0) entry['hosts'] = hosts;
    out.push(entry);
  }
  return out;
}

function switchEntry(n: NetlabNode, k: number, links: readonly NetlabLink[], sources: SourceMap): Record<string, unknown> {
  const at = ['topology', 'switches', k];
  sources.set(at.join('.'), n.at);
  const stp: Record<string, unknown> = {};
  if (n.stpMode) stp['mode'] = record(sources, [...at, 'stp', 'mode'], n.stpMode);
  if (n.stpPriority) stp['priority'] = record(sources, [...at, 'stp', 'priority'], n.stpPriority);
  const ports = links.flatMap((l) => l.ends.filter((e) => e.node === n.name && e.portPriority).map((e) => ({ name: e.port, stp: { priority: e.portPriority!.value } })));
  return { name: record(sources, [...at, 'name'], { value: n.name, at: n.at }), ...(Object.keys(stp).length > 0 ? { stp } : {}), ...(ports.length > 0 ? { ports: allPorts(n.name, links, ports) } : {}) };
}

/** A switch that lists some ports must list all of them (the kind checks links against the list). */
function allPorts(node: string, links: readonly NetlabLink[], special: readonly { name: string; stp: { priority: number } }[]): (string | { name: string; stp: { priority: number } })[] {
  const names = links.flatMap((l) => l.ends.filter((e) => e.node === node).map((e) => e.port));
  return names.map((p) => special.find((s) => s.name === p) ?? p);
}

function bothBridges(l: NetlabLink, byName: ReadonlyMap<string, NetlabNode>): boolean {
  return l.ends.every((e) => byName.get(e.node)?.role !== 'host');
}

function lagSections(links: readonly NetlabLink[], byName: ReadonlyMap<string, NetlabNode>, sources: SourceMap, log: ImportLog): Record<string, unknown> {
  const groups = new Map<NetlabLag, NetlabLink[]>();
  for (const l of links) if (l.lag) groups.set(l.lag, [...(groups.get(l.lag) ?? []), l]);
  const lags: Record<string, unknown>[] = [];
  const bonds: Record<string, unknown>[] = [];
  const mclag: Record<string, unknown>[] = [];
  const peerlinks = [...groups.keys()].filter((g) => g.peergroup);
  for (const [lag, members] of groups) {
    if (lag.peergroup) continue;
    const counts = new Map<string, number>();
    for (const l of members) for (const e of l.ends) counts.set(e.node, (counts.get(e.node) ?? 0) + 1);
    const common = [...counts].find(([, c]) => c === members.length)?.[0];
    if (!common) {
      log.error(lag.at, 'FL417', 'the LAG members share no node', 'every member link of a LAG starts at the same node');
      continue;
    }
    const far = [...new Set(members.map((l) => l.ends.find((e) => e.node !== common)?.node ?? common))];
    const mode = lag.lacp === 'off' ? 'static' : lag.lacpMode;
    const rate = lag.lacp === 'off' ? {} : { rate: lag.lacp };
    const portsOf = (node: string) => members.flatMap((l) => l.ends.filter((e) => e.node === node).map((e) => e.port));
    const add = (list: Record<string, unknown>[], key: string, entry: Record<string, unknown>) => {
      sources.set(`topology.${key}.${list.length}`, lag.at);
      list.push(entry);
    };
    const name = `Po${lag.index}`;
    if (byName.get(common)?.role === 'host') {
      add(bonds, 'bonds', { host: common, name: `bond${lag.index}`, mode: lag.lacp === 'off' ? 'balance-xor' : '802.3ad', slaves: portsOf(common), monitor: { mii: { miimon: 100 } } });
      if (lag.lacp !== 'off') add(lags, 'lags', { name: `bond${lag.index}`, node: common, mode, ...rate });
    } else add(lags, 'lags', { name, node: common, ports: portsOf(common), mode, ...rate });
    for (const node of far) add(lags, 'lags', { name, node, ports: portsOf(node), mode, ...rate });
    if (far.length === 2) {
      const peer = peerlinks.find((g) => groups.get(g)!.every((l) => l.ends.every((e) => far.includes(e.node))));
      if (!peer) log.error(lag.at, 'FL417', `the LAG from ${common} reaches ${far.join(' and ')}, which share no lag.mlag.peergroup link`, 'add a LAG between them with mlag.peergroup: True');
      else if (!mclag.some((m) => (m['peers'] as string[]).join() === far.join())) add(mclag, 'mclag', { name: `mlag${peer.index}`, peers: far, peer_link: [`peerlink${peer.index}`] });
    } else if (far.length > 2) log.error(lag.at, 'FL417', `the LAG from ${common} reaches ${far.length} nodes`, 'a LAG reaches one node, or two MLAG peers');
  }
  return { ...(bonds.length > 0 ? { bonds } : {}), ...(lags.length > 0 ? { lags } : {}), ...(mclag.length > 0 ? { mclag } : {}) };
}
