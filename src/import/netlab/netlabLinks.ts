/**
 * netlab links (netlab.tools, Lab Topology Reference → links): the string form `s1-s2`, the
 * node-keyed map `{ s1: {...}, s2: {...} }` and the `interfaces:` list; `lag.members` makes a
 * LAG of its member links (`lag.mlag.peergroup` marks an MLAG peer link). Interfaces are
 * numbered per node in link order (eth1, eth2, ... or `ifindex`), as netlab numbers them.
 * Multi-access links and the vlan and gateway modules are FL407 warnings.
 */
import type { SourceLocation } from '../../core/errors.js';
import type { DocPath } from '../../design/designKind.js';
import type { ImportLog } from '../importLog.js';
import { asRecord, attribute, type YamlConfig } from '../yaml/readYamlConfig.js';

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
      for (const key of Object.keys(obj)) {
        const head = key.split('.')[0]!;
        if (head === 'vlan' || head === 'gateway') log.warn(y.at([...path, key]), 'FL407', `${head} on a link is not modelled by the topology import`, 'VLANs and first-hop gateways are left out of the imported design');
      }
    } else return log.error(at, 'FL405', 'a link is "s1-s2", a map of node names, or a map with interfaces:', 'write: - s1-s2');
    const unknown = ends.find((e) => !nodes.has(e.node));
    if (unknown) return log.error(y.at(unknown.path), 'FL417', `link names ${unknown.node || 'no node'}, which is no node`, `nodes: ${[...nodes].join(', ')}`);
    if (ends.length !== 2) {
      log.warn(at, 'FL407', `a link with ${ends.length} ends (a multi-access segment) is not modelled`, 'the topology import models point-to-point cables');
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
    }) as [NetlabEnd, NetlabEnd];
    out.push({ ends: made, at, ...(typeof bandwidth === 'number' && bandwidth > 0 ? { speed: bandwidth / 1000 } : {}), ...(lag ? { lag } : {}) });
  };
  const links = top['links'];
  if (links !== undefined && !Array.isArray(links)) log.error(y.at(['links']), 'FL405', 'links: must be a list', 'write: links: [ s1-s2 ]');
  else (links ?? []).forEach((l: unknown, k: number) => readLink(l, ['links', k], undefined));
  return out;
}
