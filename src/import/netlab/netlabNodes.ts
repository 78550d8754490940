/**
 * netlab nodes with their group, default and global attributes merged (node wins over group,
 * group over `defaults`): the role faultline gives each (switch, host or router), and the
 * `stp` and `gateway` module attributes. netlab.tools: Lab Topology Reference, STP and
 * First-Hop Gateway modules.
 */
import type { SourceLocation } from '../../core/errors.js';
import type { ImportLog } from '../importLog.js';
import { asList, asRecord, attribute, type YamlConfig } from '../yaml/readYamlConfig.js';

/** One node as faultline models it. */
export interface NetlabNode {
  readonly name: string;
  readonly at: SourceLocation;
  readonly role: 'switch' | 'host' | 'router';
  readonly stpMode?: { readonly value: 'rstp' | 'stp' | 'none'; readonly at: SourceLocation };
  readonly stpPriority?: { readonly value: number; readonly at: SourceLocation };
  readonly gatewayPriority?: { readonly value: number; readonly at: SourceLocation };
  readonly modules: readonly string[];
}

const HOST_DEVICES = new Set(['linux', 'host', 'ubuntu', 'alpine']);
const ROUTER_DEVICES = new Set(['frr', 'bird', 'csr', 'iosv', 'iosxr', 'vmx', 'vsrx', 'routeros', 'routeros7', 'vyos', 'openbsd', 'fortios']);
const STP_MODES: Readonly<Record<string, 'rstp' | 'stp'>> = { stp: 'stp', rstp: 'rstp', mstp: 'rstp', pvrst: 'rstp' };

/** Reads `nodes:` (a list of names or a map) with `groups:` and `defaults:`. */
export function netlabNodes(y: YamlConfig, log: ImportLog): NetlabNode[] {
  const top = asRecord(y.data) ?? {};
  const rawNodes = top['nodes'];
  const names: { name: string; attrs: Record<string, unknown>; path: (string | number)[] }[] = Array.isArray(rawNodes)
    ? rawNodes.map((n, k) => (typeof n === 'string' ? { name: n, attrs: {}, path: ['nodes', k] } : { name: String(asRecord(n)?.['name'] ?? ''), attrs: asRecord(n) ?? {}, path: ['nodes', k] }))
    : Object.entries(asRecord(rawNodes) ?? {}).map(([name, attrs]) => ({ name, attrs: asRecord(attrs) ?? {}, path: ['nodes', name] }));
  const groups = Object.entries(asRecord(top['groups']) ?? {}).filter(([g]) => !g.startsWith('_'));
  for (const [g, body] of groups) {
    for (const member of asList(asRecord(body)?.['members'])) {
      if (typeof member === 'string' && !names.some((n) => n.name === member)) {
        if (asRecord(top['groups'])?.['_auto_create'] === true) names.push({ name: member, attrs: {}, path: ['groups', g] });
        else log.error(y.at(['groups', g, 'members']), 'FL417', `group ${g} lists ${member}, which is no node`, 'add it under nodes: or set groups._auto_create: True');
      }
    }
  }
  const globalModules = asList(top['module']).map(String);
  const defaultDevice = attribute(top, [], 'defaults.device')?.value;
  return names.map(({ name, attrs, path }) => {
    const layers: { obj: Record<string, unknown>; path: (string | number)[] }[] = [{ obj: attrs, path }];
    for (const [g, body] of groups) if ((asList(asRecord(body)?.['members'])).includes(name)) layers.push({ obj: asRecord(body)!, path: ['groups', g] });
    layers.push({ obj: top, path: [] });
    const find = (key: string) => {
      for (const l of layers) {
        const a = attribute(l.obj, l.path, key);
        if (a) return a;
      }
      return undefined;
    };
    const device = String(find('device')?.value ?? defaultDevice ?? 'none');
    const roleAttr = find('role')?.value;
    const role = roleAttr === 'host' || HOST_DEVICES.has(device) ? 'host' : roleAttr === 'router' || ROUTER_DEVICES.has(device) ? 'router' : 'switch';
    const modules = [...new Set([...globalModules, ...(asList(find('module')?.value).map(String))])];
    const node: { -readonly [K in keyof NetlabNode]: NetlabNode[K] } = { name, at: y.at(path), role, modules };
    const enable = find('stp.enable');
    const protocol = find('stp.protocol');
    if (enable?.value === false) node.stpMode = { value: 'none', at: y.at(enable.path) };
    else if (protocol && typeof protocol.value === 'string') {
      const mode = STP_MODES[protocol.value];
      if (!mode) log.error(y.at(protocol.path), 'FL405', `stp.protocol must be stp, rstp, mstp or pvrst, got "${protocol.value}"`, 'see netlab.tools, STP module');
      else {
        if (protocol.value === 'mstp' || protocol.value === 'pvrst') log.warn(y.at(protocol.path), 'FL407', `stp.protocol ${protocol.value} is modelled as RSTP (one instance for all VLANs)`, 'per-VLAN trees are not modelled');
        node.stpMode = { value: mode, at: y.at(protocol.path) };
      }
    }
    const priority = find('stp.priority');
    if (priority) {
      if (typeof priority.value === 'number' && Number.isInteger(priority.value)) node.stpPriority = { value: priority.value, at: y.at(priority.path) };
      else log.error(y.at(priority.path), 'FL405', `stp.priority must be a whole number 0..61440, got ${JSON.stringify(priority.value)}`, 'write: stp.priority: 4096');
    }
    for (const key of Object.keys(attrs)) if (key.split('.')[0] === 'vlan' || key === 'vlans') log.warn(y.atKey([...path, key]), 'FL407', `${key} of ${name} is not modelled`, 'the topology kind has one broadcast domain: VLAN membership, SVIs and per-VLAN spanning trees are left out');
    const gw = find('gateway.vrrp.priority');
    if (gw && typeof gw.value === 'number') node.gatewayPriority = { value: gw.value, at: y.at(gw.path) };
    if (role === 'switch' && !modules.includes('stp') && !node.stpMode) log.warn(node.at, 'FL407', `${name} runs its platform's default spanning tree (the stp module is not enabled): modelled as RSTP at priority 32768`, 'add module: [stp] and stp.protocol to say what runs');
    return node;
  });
}
