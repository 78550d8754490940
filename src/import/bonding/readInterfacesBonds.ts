/**
 * Reads the bonds of an ifupdown `/etc/network/interfaces` file (interfaces(5); the `bond-*`
 * options of Debian's ifenslave and ifupdown-ng's interfaces-bond(5)): the bond's own
 * `iface bond0 inet ...` stanza with bond-slaves (or bond-members; `none` when the slaves
 * declare it), bond-mode, bond-miimon, bond-updelay, bond-downdelay, bond-use-carrier,
 * bond-arp-interval, bond-arp-ip-target, bond-arp-validate, bond-arp-all-targets, bond-primary,
 * bond-lacp-rate, bond-min-links; slave stanzas with `bond-master bond0` (and bond-primary);
 * `address` lines name the host. `#` starts a comment line, a trailing `\` continues a line,
 * option names take `-` or `_`. `auto` and `allow-*` lines are accepted (the model brings
 * every interface up); `source` and `source-directory` are followed (`interfacesSources.ts`);
 * a VLAN interface (`iface bond0.10`, `vlan-raw-device`) is one FL407 warning saying that VLAN
 * membership is lost; `mapping`, the other bond options and the other stanza options
 * (including up/down commands, which are never run) are FL407 warnings; unknown `bond-*`
 * options FL406; an option outside a stanza is FL418, a bad value FL419.
 */
import type { SourceLocation } from '../../core/errors.js';
import { closestMatch } from '../../design/didYouMean.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import { finishBond, newBond, type BondDraft, type BondingConf, type ImportedBond } from './bondingConf.js';
import { arpTarget, arpValidate, bondMode, hostAddress, milliseconds, wholeNumber } from './bondValues.js';
import { interfacesLinesWithSources } from './interfacesSources.js';
import { VLAN_HINT } from '../vlanHint.js';

const MODELLED = ['bond-slaves', 'bond-members', 'bond-master', 'bond-mode', 'bond-miimon', 'bond-updelay', 'bond-downdelay', 'bond-use-carrier', 'bond-arp-interval', 'bond-arp-ip-target', 'bond-arp-validate', 'bond-arp-all-targets', 'bond-primary', 'bond-lacp-rate', 'bond-min-links'];
const UNMODELLED = ['bond-xmit-hash-policy', 'bond-ad-select', 'bond-primary-reselect', 'bond-fail-over-mac', 'bond-num-grat-arp', 'bond-num-unsol-na', 'bond-all-slaves-active', 'bond-resend-igmp', 'bond-lp-interval', 'bond-packets-per-slave', 'bond-tlb-dynamic-lb', 'bond-ad-actor-sys-prio', 'bond-ad-user-port-key', 'bond-ad-actor-system', 'bond-queue-id', 'bond-give-a-chance', 'bond-active-slave', 'bond-arp-missed-max', 'bond-peer-notif-delay', 'bond-ns-ip6-target'];
const STANZA_STARTS = ['iface', 'auto', 'mapping', 'source', 'source-directory', 'rename', 'no-auto-down', 'no-scripts'];

type Word = Located<string>;

/** One `iface` stanza's options, merged over the stanzas naming the same interface. */
interface Stanza {
  readonly name: Word;
  readonly options: Map<string, { key: Word; args: Word[] }[]>;
}

/** Reads interfaces(5) text. */
export function readInterfacesBonds(text: string, file: string, log: ImportLog): BondingConf {
  const stanzas = new Map<string, Stanza>();
  const addresses: Located<string>[] = [];
  let stanza: Stanza | undefined;
  let inMapping = false;
  for (const [first, ...args] of interfacesLinesWithSources(text, file, log)) {
    if (!first) continue;
    const key = first.value;
    if (key === 'iface') {
      const name = args[0];
      inMapping = false;
      if (!name) {
        log.error(first.at, 'FL418', 'iface needs an interface name, an address family and a method', 'write: iface bond0 inet static');
        stanza = undefined;
        continue;
      }
      stanza = stanzas.get(name.value) ?? { name, options: new Map() };
      stanzas.set(name.value, stanza);
      if (args.length > 3) log.warn(args[3]!.at, 'FL407', `iface options after the method (${args.slice(3).map((a) => a.value).join(' ')}) are not modelled`, 'write the options on lines of their own');
    } else if (key === 'auto' || key.startsWith('allow-')) stanza = undefined;
    else if (key === 'source' || key === 'source-directory') {
      // Followed by interfacesLinesWithSources: the sourced files' lines come next.
      stanza = undefined;
      inMapping = false;
    } else if (STANZA_STARTS.includes(key)) {
      stanza = undefined;
      inMapping = key === 'mapping';
      log.warn(first.at, 'FL407', `${key} is not modelled by the bonding import`, 'the bonding import reads iface stanzas; what this line does is left out of the design');
    } else if (inMapping) continue;
    else if (!stanza) log.error(first.at, 'FL418', `option "${key}" outside an iface stanza`, 'options follow an iface line: iface bond0 inet static');
    else {
      const name = key.replace(/_/g, '-');
      stanza.options.set(name, [...(stanza.options.get(name) ?? []), { key: first, args }]);
    }
  }
  for (const s of stanzas.values()) readAddresses(s, addresses, log);
  for (const s of stanzas.values()) warnVlan(s, log);
  return { bonds: bondsOf(stanzas, log), addresses };
}

/** The options a VLAN interface's stanza uses to say which VLAN it is (ifupdown's vlan package). */
const VLAN_OPTIONS = ['vlan-raw-device', 'vlan-id'];

/**
 * A VLAN interface (`iface bond0.10`, or a stanza with `vlan-raw-device`): one located warning
 * saying what the design loses, since the topology kind has one broadcast domain.
 */
function warnVlan(s: Stanza, log: ImportLog): void {
  const dotted = /^(.+)\.(\d+)$/.exec(s.name.value);
  const raw = s.options.get('vlan-raw-device')?.[0]?.args[0]?.value ?? dotted?.[1];
  if (raw === undefined) return;
  const id = s.options.get('vlan-id')?.[0]?.args[0]?.value ?? dotted?.[2] ?? /(\d+)$/.exec(s.name.value)?.[1];
  log.warn(
    s.name.at,
    'FL407',
    `${s.name.value} is VLAN ${id ?? '?'} on ${raw}: VLAN membership is not modelled, the bond under it is`,
    VLAN_HINT,
  );
}

function readAddresses(s: Stanza, addresses: Located<string>[], log: ImportLog): void {
  for (const { args } of s.options.get('address') ?? []) {
    const a = args[0] ? hostAddress(args[0]) : undefined;
    if (a) addresses.push(a);
    else if (args[0]) log.warn(args[0].at, 'FL407', `address ${args[0].value} is not an IPv4 address: it names no host`, 'ARP targets name hosts by their IPv4 addresses');
  }
}

function bondsOf(stanzas: ReadonlyMap<string, Stanza>, log: ImportLog): ImportedBond[] {
  const masterOf = new Map<string, Word>();
  for (const s of stanzas.values()) {
    const m = s.options.get('bond-master')?.[0]?.args[0];
    if (m) masterOf.set(s.name.value, m);
  }
  const isBond = (s: Stanza) => !masterOf.has(s.name.value) && ([...s.options.keys()].some((k) => k.startsWith('bond-')) || [...masterOf.values()].some((m) => m.value === s.name.value));
  const drafts = new Map<string, BondDraft>();
  for (const s of stanzas.values()) {
    if (isBond(s)) drafts.set(s.name.value, readBondStanza(s, log));
    else warnOptions(s, masterOf.has(s.name.value), log);
  }
  for (const [slave, master] of masterOf) {
    let bond = drafts.get(master.value);
    if (!bond) {
      log.warn(master.at, 'FL407', `bond ${master.value} has no iface stanza: its settings are the kernel's defaults (balance-rr, no link monitor)`, `add: iface ${master.value} inet manual, with its bond-mode and monitor`);
      bond = newBond(master, master.at, 'ifupdown');
      drafts.set(master.value, bond);
    }
    const at = stanzas.get(slave)!.name.at;
    if (!bond.slaves!.some((s) => s.value === slave)) bond.slaves = [...bond.slaves!, { value: slave, at }];
    const primary = stanzas.get(slave)!.options.get('bond-primary')?.[0]?.args[0];
    if (primary && !bond.primary) bond.primary = primary;
  }
  return [...drafts.values()].map(finishBond);
}

function warnOptions(s: Stanza, slave: boolean, log: ImportLog): void {
  for (const [name, uses] of s.options) {
    if (name === 'address' || name === 'netmask' || VLAN_OPTIONS.includes(name) || (slave && (name === 'bond-master' || name === 'bond-primary'))) continue;
    for (const { key } of uses) {
      if (name.startsWith('bond-') && slave) log.warn(key.at, 'FL407', `${key.value} on ${s.name.value}, a slave's stanza, is not read`, "write it on the bond's own stanza");
      else if (name.startsWith('bond-') || ['slaves', 'bond'].includes(name)) unknownBondOption(key, log);
      else log.warn(key.at, 'FL407', `${key.value} is not modelled by the bonding import`, 'the design models bonds, not IP settings; commands are never run');
    }
  }
}

function unknownBondOption(key: Word, log: ImportLog): void {
  const name = key.value.replace(/_/g, '-');
  if (UNMODELLED.includes(name)) log.warn(key.at, 'FL407', `${key.value} is not modelled`, 'the check runs as if it had its default; --strict makes this an error');
  else {
    const guess = closestMatch(name, [...MODELLED, ...UNMODELLED]);
    log.warn(key.at, 'FL406', `unknown bonding option "${key.value}": ignored`, guess ? `did you mean "${guess}"?` : 'see interfaces-bond(5) and the ifenslave documentation');
  }
}

function readBondStanza(s: Stanza, log: ImportLog): BondDraft {
  const bond = newBond(s.name, s.name.at, 'ifupdown');
  for (const [name, uses] of s.options) {
    if (name === 'address' || name === 'netmask') continue;
    for (const { key, args } of uses) {
      if (!MODELLED.includes(name)) {
        if (name.startsWith('bond-')) unknownBondOption(key, log);
        else log.warn(key.at, 'FL407', `${key.value} is not modelled by the bonding import`, 'the design models bonds, not IP settings; commands are never run');
        continue;
      }
      const v = args[0];
      if (!v) {
        log.error(key.at, 'FL419', `${key.value} needs a value`, `write: ${key.value} <value>`);
        continue;
      }
      readOption(bond, name, key, args, log);
    }
  }
  return bond;
}

function readOption(bond: BondDraft, name: string, key: Word, args: Word[], log: ImportLog): void {
  const v = args[0]!;
  const list = () => args.flatMap((a) => a.value.split(',').filter((p) => p !== '').map((p) => ({ value: p, at: at(a.at, a.value.indexOf(p)) })));
  switch (name) {
    case 'bond-slaves':
    case 'bond-members':
      if (v.value === 'none') break;
      if (v.value === 'all') log.error(v.at, 'FL419', `${key.value} all is not read: which interfaces it takes depends on the machine`, `list the slaves: ${key.value} eth0 eth1`);
      else bond.slaves = [...bond.slaves!, ...list().filter((w) => !bond.slaves!.some((s) => s.value === w.value))];
      break;
    case 'bond-mode': bond.mode = bondMode(v, log); break;
    case 'bond-miimon': bond.miimon = milliseconds(v, key.value, log); break;
    case 'bond-updelay': bond.updelay = milliseconds(v, key.value, log); break;
    case 'bond-downdelay': bond.downdelay = milliseconds(v, key.value, log); break;
    case 'bond-arp-interval': bond.arpInterval = milliseconds(v, key.value, log); break;
    case 'bond-arp-ip-target': bond.arpTargets = [...bond.arpTargets!, ...list().flatMap((t) => arpTarget(t, log) ?? [])]; break;
    case 'bond-arp-validate': bond.arpValidate = arpValidate(v, log); break;
    case 'bond-primary': bond.primary = v; break;
    case 'bond-min-links': bond.minLinks = wholeNumber(v, key.value, log); break;
    case 'bond-master': log.error(key.at, 'FL421', `${bond.name!.value} is both a bond and a slave of ${v.value}`, 'a bond is not enslaved to another bond here'); break;
    case 'bond-use-carrier':
      if (v.value === '0' || v.value === '1') bond.useCarrier = { value: v.value === '1', at: v.at };
      else log.error(v.at, 'FL419', `${key.value} must be 0 or 1, got "${v.value}"`, `write: ${key.value} 1`);
      break;
    case 'bond-arp-all-targets': {
      const value = v.value === '0' ? 'any' : v.value === '1' ? 'all' : v.value;
      if (value === 'any' || value === 'all') bond.arpAllTargets = { value, at: v.at };
      else log.error(v.at, 'FL419', `${key.value} must be any or all, got "${v.value}"`, `write: ${key.value} any`);
      break;
    }
    case 'bond-lacp-rate': {
      const value = v.value === '1' ? 'fast' : v.value === '0' ? 'slow' : v.value;
      if (value === 'fast' || value === 'slow') bond.lacpRate = { value, at: v.at };
      else log.error(v.at, 'FL419', `${key.value} must be fast or slow, got "${v.value}"`, `write: ${key.value} fast`);
      break;
    }
  }
}

function at(base: SourceLocation, offset: number): SourceLocation {
  return { ...base, column: base.column + Math.max(0, offset) };
}
