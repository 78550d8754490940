/**
 * Reads the bonds of a netplan file (netplan.io, "YAML configuration" → Properties for device
 * type `bonds:`): `interfaces:` (netplan IDs of `ethernets:`, renamed by their `set-name:`),
 * `addresses:`, and `parameters:` — mode, mii-monitor-interval, up-delay, down-delay,
 * arp-interval, arp-ip-targets, arp-validate, arp-all-targets, primary, lacp-rate, min-links
 * (durations in ms unless suffixed `s`). The other parameters (transmit-hash-policy,
 * ad-select, ...) and the other device types and device keys are FL407 warnings at their line;
 * unknown keys FL406; a file of the wrong shape FL418, a bad value FL419.
 */
import { closestMatch } from '../../design/didYouMean.js';
import type { DocPath } from '../../design/designKind.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import { asRecord, type YamlConfig } from '../yaml/readYamlConfig.js';
import { finishBond, newBond, type BondDraft, type BondingConf, type ImportedBond } from './bondingConf.js';
import { arpTarget, arpValidate, bondMode, hostAddress, milliseconds, wholeNumber } from './bondValues.js';
import { VLAN_HINT } from '../vlanHint.js';

const NETWORK_KEYS = ['version', 'renderer', 'ethernets', 'bonds', 'vlans', 'bridges', 'tunnels', 'wifis', 'vrfs', 'modems', 'dummy-devices', 'virtual-ethernets', 'nm-devices'];
const MODELLED_PARAMETERS = ['mode', 'mii-monitor-interval', 'up-delay', 'down-delay', 'arp-interval', 'arp-ip-targets', 'arp-validate', 'arp-all-targets', 'primary', 'lacp-rate', 'min-links'];
const UNMODELLED_PARAMETERS = ['transmit-hash-policy', 'ad-select', 'all-slaves-active', 'all-members-active', 'fail-over-mac-policy', 'gratuitous-arp', 'gratuitious-arp', 'packets-per-slave', 'packets-per-member', 'primary-reselect-policy', 'resend-igmp', 'learn-packet-interval'];
const DEVICE_KEYS = ['addresses', 'dhcp4', 'dhcp6', 'routes', 'routing-policy', 'nameservers', 'gateway4', 'gateway6', 'mtu', 'macaddress', 'optional', 'critical', 'renderer', 'link-local', 'accept-ra', 'ipv6-privacy', 'dhcp-identifier', 'wakeonlan', 'match', 'set-name', 'activation-mode', 'ignore-carrier', 'receive-checksum-offload', 'transmit-checksum-offload', 'openvswitch'];

/** Reads the bonds and addresses of parsed netplan YAML. */
export function readNetplanBonds(y: YamlConfig, log: ImportLog): BondingConf {
  const network = asRecord(asRecord(y.data)?.['network']);
  if (!network) {
    log.error(y.at([]), 'FL418', 'a netplan file holds a map under network:', 'write: network: { version: 2, bonds: { bond0: { interfaces: [eth0, eth1] } } }');
    return { bonds: [], addresses: [] };
  }
  const addresses: Located<string>[] = [];
  const names = new Map<string, string>();
  for (const [key, value] of Object.entries(network)) {
    const at = y.atKey(['network', key]);
    if (!NETWORK_KEYS.includes(key)) warnUnknown(log, at, `network.${key}`, key, NETWORK_KEYS);
    else if (key === 'version' && value !== 2) log.error(y.at(['network', key]), 'FL419', `netplan version must be 2, got ${JSON.stringify(value)}`, 'write: version: 2');
    else if (key === 'ethernets') readEthernets(y, network[key], names, addresses, log);
    else if (key === 'vlans') log.warn(at, 'FL407', 'netplan vlans: VLAN membership is not modelled, the bonds under the VLANs are', VLAN_HINT);
    else if (!['version', 'renderer', 'bonds', 'ethernets'].includes(key)) log.warn(at, 'FL407', `netplan ${key} are not modelled by the bonding import`, 'only bonds (and the ethernets they enslave) are read');
  }
  const bondsValue = network['bonds'];
  const bonds: ImportedBond[] = [];
  if (bondsValue !== undefined && !asRecord(bondsValue)) log.error(y.at(['network', 'bonds']), 'FL418', 'bonds: must map bond names to their settings', 'write: bonds: { bond0: { interfaces: [eth0, eth1] } }');
  for (const [name, body] of Object.entries(asRecord(bondsValue) ?? {})) {
    const bond = readBond(y, name, body, names, addresses, log);
    if (bond) bonds.push(bond);
  }
  return { bonds, addresses };
}

function warnUnknown(log: ImportLog, at: Located<string>['at'], where: string, key: string, known: readonly string[]): void {
  const guess = closestMatch(key, known);
  log.warn(at, 'FL406', `unknown netplan key ${where}: ignored`, guess ? `did you mean "${guess}"?` : `known here: ${known.join(', ')}`);
}

function scalar(y: YamlConfig, path: DocPath, value: unknown): Located<string> | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? { value: String(value), at: y.at(path) } : undefined;
}

function readEthernets(y: YamlConfig, value: unknown, names: Map<string, string>, addresses: Located<string>[], log: ImportLog): void {
  for (const [id, body] of Object.entries(asRecord(value) ?? {})) {
    const device = asRecord(body) ?? {};
    const setName = device['set-name'];
    if (typeof setName === 'string') names.set(id, setName);
    else if (device['match'] !== undefined) log.warn(y.atKey(['network', 'ethernets', id, 'match']), 'FL407', `ethernet ${id} is matched by properties without set-name: its interface is taken to be named ${id}`, 'add set-name: to say which interface it is');
    readDeviceKeys(y, ['network', 'ethernets', id], device, ['set-name', 'match'], addresses, log);
  }
}

/** `addresses:` feed the address book; the other device keys are FL407, unknown ones FL406. */
function readDeviceKeys(y: YamlConfig, path: DocPath, device: Record<string, unknown>, quiet: readonly string[], addresses: Located<string>[], log: ImportLog): void {
  for (const [key, value] of Object.entries(device)) {
    const at = y.atKey([...path, key]);
    if (key === 'addresses') {
      (Array.isArray(value) ? value : []).forEach((a, k) => {
        const v = scalar(y, [...path, key, k], a);
        const address = v ? hostAddress(v) : undefined;
        if (address) addresses.push(address);
        else log.warn(y.at([...path, key, k]), 'FL407', `address ${JSON.stringify(a)} is not an IPv4 address: it names no host`, 'ARP targets name hosts by their IPv4 addresses');
      });
    } else if (quiet.includes(key) || key === 'interfaces' || key === 'parameters') continue;
    else if (DEVICE_KEYS.includes(key)) log.warn(at, 'FL407', `${key} is not modelled by the bonding import`, 'the design models the bond, not its IP settings');
    else warnUnknown(log, at, `${path.slice(1).join('.')}.${key}`, key, [...DEVICE_KEYS, 'interfaces', 'parameters']);
  }
}

function readBond(y: YamlConfig, name: string, body: unknown, names: ReadonlyMap<string, string>, addresses: Located<string>[], log: ImportLog): ImportedBond | undefined {
  const base = ['network', 'bonds', name];
  const at = y.at(base);
  const device = asRecord(body);
  if (!device) {
    log.error(at, 'FL418', `bond ${name} must be a map with interfaces: and parameters:`, 'write: bond0: { interfaces: [eth0, eth1], parameters: { mode: active-backup } }');
    return undefined;
  }
  readDeviceKeys(y, base, device, [], addresses, log);
  const list = device['interfaces'];
  if (list !== undefined && !Array.isArray(list)) log.error(y.at([...base, 'interfaces']), 'FL418', 'interfaces: must be a list of netplan IDs', 'write: interfaces: [eth0, eth1]');
  const slaves = (Array.isArray(list) ? list : []).flatMap((s, k) => {
    const v = scalar(y, [...base, 'interfaces', k], s);
    return v ? [{ value: names.get(v.value) ?? v.value, at: v.at }] : [];
  });
  const bond = newBond({ value: name, at }, at, 'netplan');
  bond.slaves = slaves;
  const params = device['parameters'];
  if (params !== undefined && !asRecord(params)) log.error(y.at([...base, 'parameters']), 'FL418', 'parameters: must be a map', 'write: parameters: { mode: active-backup, mii-monitor-interval: 100 }');
  for (const [key, value] of Object.entries(asRecord(params) ?? {})) {
    const path = [...base, 'parameters', key];
    const v = scalar(y, path, value);
    if (UNMODELLED_PARAMETERS.includes(key)) log.warn(y.atKey(path), 'FL407', `bond parameter ${key} is not modelled`, 'the check runs as if it had its default; --strict makes this an error');
    else if (!MODELLED_PARAMETERS.includes(key)) warnUnknown(log, y.atKey(path), `parameters.${key}`, key, [...MODELLED_PARAMETERS, ...UNMODELLED_PARAMETERS]);
    else if (key === 'arp-ip-targets') {
      if (!Array.isArray(value)) log.error(y.at(path), 'FL418', 'arp-ip-targets: must be a list of IPv4 addresses', 'write: arp-ip-targets: [192.0.2.1]');
      else bond.arpTargets = value.flatMap((t, k) => {
        const target = scalar(y, [...path, k], t);
        const ok = target ? arpTarget(target, log) : undefined;
        return ok ? [ok] : [];
      });
    } else if (!v) log.error(y.at(path), 'FL419', `${key} must be a single value`, `write: ${key}: <value>`);
    else readParameter(bond, key, v, names, log);
  }
  return finishBond(bond);
}

function readParameter(bond: BondDraft, key: string, v: Located<string>, names: ReadonlyMap<string, string>, log: ImportLog): void {
  switch (key) {
    case 'mode': bond.mode = bondMode(v, log); break;
    case 'mii-monitor-interval': bond.miimon = milliseconds(v, key, log, true); break;
    case 'up-delay': bond.updelay = milliseconds(v, key, log, true); break;
    case 'down-delay': bond.downdelay = milliseconds(v, key, log, true); break;
    case 'arp-interval': bond.arpInterval = milliseconds(v, key, log, true); break;
    case 'arp-validate': bond.arpValidate = arpValidate(v, log); break;
    case 'arp-all-targets':
      if (v.value === 'any' || v.value === 'all') bond.arpAllTargets = { value: v.value, at: v.at };
      else log.error(v.at, 'FL419', `arp-all-targets must be any or all, got "${v.value}"`, 'write: arp-all-targets: any');
      break;
    case 'primary': bond.primary = { value: names.get(v.value) ?? v.value, at: v.at }; break;
    case 'lacp-rate':
      if (v.value === 'fast' || v.value === 'slow') bond.lacpRate = { value: v.value, at: v.at };
      else log.error(v.at, 'FL419', `lacp-rate must be fast or slow, got "${v.value}"`, 'write: lacp-rate: fast');
      break;
    case 'min-links': bond.minLinks = wholeNumber(v, key, log); break;
  }
}
