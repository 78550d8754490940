/**
 * netlab links (netlab.tools, Lab Topology Reference → links): the string form `s1-s2`, the
 * node-keyed map `{ s1: {...}, s2: {...} }` and the `interfaces:` list; `lag.members` makes a
 * LAG of its member links (`lag.mlag.peergroup` marks an MLAG peer link). Interfaces are
 * numbered per node in link order (eth1, eth2, ... or `ifindex`), as netlab numbers them.
 * A multi-access link (three or more nodes) is the bridge netlab makes of it: a switch
 * `br<N>` without spanning tree, cabled to each node. `gateway:` on a link (True or a map,
 * netlab.tools → First-Hop Gateway module) makes a gateway group of the link's routers and
 * switches (`gateway.protocol` vrrp or anycast, from the link or the topology; a node's
 * `gateway.vrrp.priority` on the link or the node); its other settings are FL407. VLANs
 * (`vlan.*` on links, their ends and nodes, and `vlans:`) are FL407 warnings saying what the
 * topology kind cannot express; the links a `vlans.<name>.links` list defines are read.
 */
import type { SourceLocation } from '../../core/errors.js';
import type { DocPath } from '../../design/designKind.js';
import type { ImportLog } from '../importLog.js';
import { asRecord, attribute, type YamlConfig } from '../yaml/readYamlConfig.js';
import { VLAN_HINT } from '../vlanHint.js';

/** One end of a physical link. */
export interface NetlabEnd {
  readonly node: string;
  readonly port: string;
  readonly portPriority?: { readonly value: number; readonly at: SourceLocation };
}

/** A physical link. */
export interface NetlabLink {
  readonly ends: readonly [NetlabEnd, NetlabEnd];
  readonly at: SourceLocation;
  readonly speed?: number;
  /** The LAG it is a member of. */
  readonly lag?: NetlabLag;
  /** The bridge netlab makes of a multi-access link (ends[1] is the bridge). */
  readonly bridge?: string;
  /** The first-hop gateway the link's routers and switches give its hosts. */
  readonly gateway?: NetlabGateway;
}

/** A `gateway:` on a link. */
export interface NetlabGateway {
  readonly index: number;
  readonly at: SourceLocation;
  readonly protocol: { readonly value: 'vrrp' | 'anycast'; readonly at: SourceLocation };
  /** Per-node `gateway.vrrp.priority` written on the link's ends. */
  readonly priorities: ReadonlyMap<string, { readonly value: number; readonly at: SourceLocation }>;
}


/** A `lag.members` link. */
export interface NetlabLag {
  readonly index: number;
  readonly at: SourceLocation;
  readonly peergroup: boolean;
  readonly lacp: 'fast' | 'slow' | 'off';
  readonly lacpMode: 'active' | 'passive';
}

const LINK_KEYS = new Set(['bandwidth', 'name', 'type', 'mtu', 'prefix', 'role', 'pool', 'unnumbered', 'interfaces', 'lag', 'stp', 'vlan', 'gateway', 'ospf', 'bgp', 'isis', 'bfd', 'disable', 'linkindex', 'bridge']);

/** Reads `links:` against the known node names. */
export function netlabLinks(y: YamlConfig, nodes: ReadonlySet<string>, log: ImportLog): NetlabLink[] {
  const top = asRecord(y.data) ?? {};
  const counters = new Map<string, number>();
  const out: NetlabLink[] = [];
  let lags = 0;
  let bridges = 0;
  let gateways = 0;
  const globalProtocol = attribute(top, [], 'gateway.protocol');
  const globalLacp = attribute(top, [], 'lag.lacp')?.value;
  const globalMode = attribute(top, [], 'lag.lacp_mode')?.value;
  const port = (node: string, ifindex: unknown): string => {
    const n = typeof ifindex === 'number' ? ifindex : (counters.get(node) ?? 0) + 1;
    counters.set(node, Math.max(counters.get(node) ?? 0, n));
    return `eth${n}`;
  };
  const readLink = (value: unknown, path: DocPath, lag: NetlabLag | undefined, inherited?: unknown): void => {
    const at = y.at(path);
    let ends: { node: string; attrs: Record<string, unknown>; path: DocPath }[];
    const obj = asRecord(value);
    if (typeof value === 'string') ends = value.split('-').map((node) => ({ node, attrs: {}, path }));
    else if (obj && Array.isArray(obj['interfaces'])) ends = (obj['interfaces'] as unknown[]).map((i, k) => ({ node: String(asRecord(i)?.['node'] ?? ''), attrs: asRecord(i) ?? {}, path: [...path, 'interfaces', k] }));
    else if (obj) {
      const members = attribute(obj, path, 'lag.members');
      if (members) {
        if (!Array.isArray(members.value)) return log.error(y.at(members.path), 'FL405', 'lag.members must be a list of links', 'write: lag.members: [ s1-s2, s1-s2 ]');
        const lacp = attribute(obj, path, 'lag.lacp')?.value ?? globalLacp ?? 'fast';
        const mode = attribute(obj, path, 'lag.lacp_mode')?.value ?? globalMode ?? 'active';
        const group: NetlabLag = { index: ++lags, at, peergroup: Boolean(attribute(obj, path, 'lag.mlag.peergroup')?.value), lacp: lacp === 'slow' || lacp === 'off' ? lacp : 'fast', lacpMode: mode === 'passive' ? 'passive' : 'active' };
        members.value.forEach((m, k) => readLink(m, [...members.path, k], group, obj['bandwidth']));
        return;
      }
      ends = Object.entries(obj).filter(([k]) => !LINK_KEYS.has(k.split('.')[0]!)).map(([node, attrs]) => ({ node, attrs: asRecord(attrs) ?? {}, path: [...path, node] }));
      for (const key of Object.keys(obj)) if (key.split('.')[0] === 'vlan') log.warn(y.atKey([...path, key]), 'FL407', `${key} on a link is not modelled`, VLAN_HINT);
    } else return log.error(at, 'FL405', 'a link is "s1-s2", a map of node names, or a map with interfaces:', 'write: - s1-s2');
    const unknown = ends.find((e) => !nodes.has(e.node));
    if (unknown) return log.error(y.at(unknown.path), 'FL417', `link names ${unknown.node || 'no node'}, which is no node`, `nodes: ${[...nodes].join(', ')}`);
    for (const e of ends) for (const key of Object.keys(e.attrs)) if (key.split('.')[0] === 'vlan') log.warn(y.atKey([...e.path, key]), 'FL407', `${key} of ${e.node} on a link is not modelled`, VLAN_HINT);
    const gateway = obj ? readGateway(obj, path, ends) : undefined;
    if (ends.length < 2) {
      log.warn(at, 'FL407', `a link with ${ends.length} end (a stub network) is not modelled`, 'the topology import models cables between two nodes');
      return;
    }
    const linkPriority = obj ? attribute(obj, path, 'stp.port_priority') : undefined;
    const bandwidth = obj?.['bandwidth'] ?? inherited;
    const made = ends.map((e) => {
      const prio = attribute(e.attrs, e.path, 'stp.port_priority') ?? linkPriority;
      const end: { -readonly [K in keyof NetlabEnd]: NetlabEnd[K] } = { node: e.node, port: port(e.node, e.attrs['ifindex']) };
      if (prio) {
        if (typeof prio.value === 'number' && Number.isInteger(prio.value) && prio.value >= 0 && prio.value <= 15) end.portPriority = { value: prio.value * 16, at: y.at(prio.path) };
        else log.error(y.at(prio.path), 'FL405', `stp.port_priority must be a whole number 0..15, got ${JSON.stringify(prio.value)}`, 'netlab multiplies it by 16 on the device');
      }
      return end;
    });
    const speed = typeof bandwidth === 'number' && bandwidth > 0 ? { speed: bandwidth / 1000 } : {};
    if (made.length === 2) {
      out.push({ ends: [made[0]!, made[1]!], at, ...speed, ...(lag ? { lag } : {}), ...(gateway ? { gateway } : {}) });
      return;
    }
    const bridge = `br${++bridges}`;
    for (const end of made) out.push({ ends: [end, { node: bridge, port: port(bridge, undefined) }], at, bridge, ...speed, ...(gateway ? { gateway } : {}) });
  };
  const readGateway = (obj: Record<string, unknown>, path: DocPath, ends: readonly { node: string; attrs: Record<string, unknown>; path: DocPath }[]): NetlabGateway | undefined => {
    const gw = attribute(obj, path, 'gateway');
    if (!gw || gw.value === false || gw.value === null) return undefined;
    const protocol = attribute(obj, path, 'gateway.protocol') ?? globalProtocol;
    const value = protocol?.value ?? 'anycast';
    if (value !== 'vrrp' && value !== 'anycast') {
      log.error(y.at(protocol!.path), 'FL405', `gateway.protocol must be vrrp or anycast, got ${JSON.stringify(value)}`, 'netlab.tools, First-Hop Gateway module');
      return undefined;
    }
    for (const key of Object.keys(asRecord(gw.value) ?? {})) if (key !== 'protocol') log.warn(y.atKey([...gw.path, key]), 'FL407', `gateway.${key} is not modelled`, 'the gateway model says who answers for the gateway, not its address or timers');
    const priorities = new Map<string, { value: number; at: SourceLocation }>();
    for (const e of ends) {
      const p = attribute(e.attrs, e.path, 'gateway.vrrp.priority');
      if (p && typeof p.value === 'number' && Number.isInteger(p.value) && p.value >= 1 && p.value <= 254) priorities.set(e.node, { value: p.value, at: y.at(p.path) });
      else if (p) log.error(y.at(p.path), 'FL405', `gateway.vrrp.priority must be a whole number 1..254, got ${JSON.stringify(p.value)}`, 'write: gateway.vrrp.priority: 200');
    }
    return { index: ++gateways, at: y.at(gw.path), protocol: { value, at: protocol ? y.at(protocol.path) : y.at(gw.path) }, priorities };
  };
  const links = top['links'];
  if (links !== undefined && !Array.isArray(links)) log.error(y.at(['links']), 'FL405', 'links: must be a list', 'write: links: [ s1-s2 ]');
  else (links ?? []).forEach((l: unknown, k: number) => readLink(l, ['links', k], undefined));
  for (const [name, body] of Object.entries(asRecord(top['vlans']) ?? {})) {
    log.warn(y.atKey(['vlans', name]), 'FL407', `VLAN ${name} is not modelled`, VLAN_HINT);
    const vlanLinks = asRecord(body)?.['links'];
    if (Array.isArray(vlanLinks)) vlanLinks.forEach((l: unknown, k: number) => readLink(l, ['vlans', name, 'links', k], undefined));
  }
  return out;
}
