/**
 * Reads a `/proc/net/bonding/bondN` status file, as drivers/net/bonding/bond_procfs.c prints
 * it (kernel Documentation/networking/bonding.rst §4.1 "Bonding Configuration"): Bonding
 * Mode (by its long name), Primary Slave, MII Polling Interval, Up/Down Delay, ARP Polling
 * Interval, ARP IP target/s, the 802.3ad LACP rate and Min links, and each Slave Interface
 * section. The bond's name is the file's name. The file shows state as well as settings:
 * counters, hardware addresses and LACP details are read past; a slave or bond whose MII
 * Status is not up, an active slave other than the primary, and the settings the file does not
 * print (arp_validate, arp_all_targets) are FL407 warnings, since the check starts from the
 * configuration with every link up. Transmit hash, primary_reselect, peer notification and
 * ARP missed-max settings are FL407; an unreadable line FL418, a bad value FL419.
 */
import type { SourceLocation } from '../../core/errors.js';
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import { finishBond, newBond, type BondingConf, type BondModeName } from './bondingConf.js';
import { arpTarget, milliseconds, wholeNumber } from './bondValues.js';

/** bond_mode_name() in drivers/net/bonding/bond_main.c. */
const MODE_NAMES: Readonly<Record<string, BondModeName>> = {
  'load balancing (round-robin)': 'balance-rr',
  'fault-tolerance (active-backup)': 'active-backup',
  'load balancing (xor)': 'balance-xor',
  'fault-tolerance (broadcast)': 'broadcast',
  'IEEE 802.3ad Dynamic link aggregation': '802.3ad',
  'transmit load balancing': 'balance-tlb',
  'adaptive load balancing': 'balance-alb',
};

/** Lines that report state (counters, hardware, LACP partners) or headings: read past. */
const STATE = new Set([
  'Ethernet Channel Bonding Driver', 'Speed', 'Duplex', 'Link Failure Count', 'Permanent HW addr', 'Slave queue ID', 'Aggregator ID',
  'Actor Churn State', 'Partner Churn State', 'Actor Churned Count', 'Partner Churned Count', 'details actor lacp pdu', 'details partner lacp pdu',
  'system priority', 'system mac address', 'port key', 'oper key', 'port priority', 'port number', 'port state', 'Active Aggregator Info',
  'Number of ports', 'Actor Key', 'Partner Key', 'Partner Mac Address', 'System priority', 'System MAC address', 'Aggregator selection policy (ad_select)', 'LACP active',
]);
const UNMODELLED = new Set(['Transmit Hash Policy', 'Peer Notification Delay (ms)', 'ARP Missed Max', 'NS IPv6 target/s (xx::xx form)', 'NS IPv6 target/s (XX::XX form)']);
const HEADINGS = /^(802\.3ad info|bond \S+ has no active aggregator)$/;

/** Reads the status text of the bond named after `file`. */
export function readProcBonding(text: string, file: string, log: ImportLog): BondingConf {
  const start: SourceLocation = { file, line: 1, column: 1 };
  const name = file.replace(/^.*[\\/]/, '').replace(/\.(txt|status|out)$/, '');
  const bond = newBond({ value: name, at: start }, start, 'proc');
  let slave: Located<string> | undefined;
  let active: Located<string> | undefined;
  let sawMode = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || HEADINGS.test(line.trim())) return;
    const m = /^(\s*)(NS IPv6 target\/s \([^)]*\)|[^:]+?):\s*(.*?)\s*$/.exec(line);
    if (!m) {
      log.error({ file, line: index + 1, column: 1 }, 'FL418', `"${line.trim().slice(0, 40)}" is not a line of a /proc/net/bonding status file`, 'give the file as cat /proc/net/bonding/bond0 prints it');
      return;
    }
    const key = m[2]!;
    const keyAt: SourceLocation = { file, line: index + 1, column: m[1]!.length + 1 };
    const valueColumn = m[3] === '' ? line.length + 1 : line.indexOf(m[3]!, m[1]!.length + m[2]!.length + 1) + 1;
    const value: Located<string> = { value: m[3]!, at: { file, line: index + 1, column: valueColumn } };
    if (STATE.has(key)) return;
    if (UNMODELLED.has(key)) {
      if (!['', '0', '2', 'layer2 (0)'].includes(value.value)) log.warn(keyAt, 'FL407', `${key}: ${value.value} is not modelled`, 'the check runs as if it had its default; --strict makes this an error');
      return;
    }
    switch (key) {
      case 'Slave Interface':
        slave = value;
        if (value.value === '') log.error(keyAt, 'FL418', 'Slave Interface names no interface', 'give the file as the kernel prints it');
        else bond.slaves = [...bond.slaves!, value];
        return;
      case 'MII Status':
        if (value.value !== 'up') log.warn(value.at, 'FL407', `${slave ? `slave ${slave.value}` : `bond ${name}`} is ${value.value} in this status: the check starts with every link up`, 'the status file is read for its settings; its state now is not the design');
        return;
      case 'Bonding Mode': {
        sawMode = true;
        const [modeName, extra] = value.value.split(/ \((?=fail_over_mac)/);
        const mode = MODE_NAMES[modeName!.trim()];
        if (mode) bond.mode = { value: mode, at: value.at };
        else log.error(value.at, 'FL419', `unknown Bonding Mode "${value.value}"`, `modes: ${Object.keys(MODE_NAMES).join('; ')}`);
        if (extra) log.warn(value.at, 'FL407', `fail_over_mac ${extra.replace(/\)$/, '')} is not modelled`, 'the check runs as if it were none');
        return;
      }
      case 'Primary Slave': {
        const [primary, reselect] = value.value.split(/\s+\(primary_reselect\s+/);
        if (primary && primary !== 'None') bond.primary = { value: primary, at: value.at };
        if (reselect && reselect.replace(/\)$/, '') !== 'always') log.warn(value.at, 'FL407', `primary_reselect ${reselect.replace(/\)$/, '')} is not modelled`, 'the check runs as if it were always');
        return;
      }
      case 'Currently Active Slave':
        if (value.value !== 'None') active = value;
        return;
      case 'MII Polling Interval (ms)': bond.miimon = milliseconds(value, key, log); return;
      case 'Up Delay (ms)': bond.updelay = milliseconds(value, key, log); return;
      case 'Down Delay (ms)': bond.downdelay = milliseconds(value, key, log); return;
      case 'ARP Polling Interval (ms)': bond.arpInterval = milliseconds(value, key, log); return;
      case 'ARP IP target/s (n.n.n.n form)':
        bond.arpTargets = value.value.split(',').map((t) => t.trim()).filter((t) => t !== '').flatMap((t) => arpTarget({ value: t, at: { ...value.at, column: value.at.column + value.value.indexOf(t) } }, log) ?? []);
        return;
      case 'LACP rate':
        if (value.value === 'fast' || value.value === 'slow') bond.lacpRate = { value: value.value, at: value.at };
        else log.error(value.at, 'FL419', `LACP rate must be fast or slow, got "${value.value}"`, 'give the file as the kernel prints it');
        return;
      case 'Min links': bond.minLinks = wholeNumber(value, key, log); return;
      default:
        log.warn(keyAt, 'FL406', `unknown status line "${key}": ignored`, 'this kernel prints a line faultline does not know; check it by hand');
    }
  });
  if (!sawMode) log.error(start, 'FL419', `${file} has no Bonding Mode line`, 'give the whole file as cat /proc/net/bonding/bond0 prints it');
  if (active && bond.primary && active.value !== bond.primary.value) log.warn(active.at, 'FL407', `${active.value} is the active slave now, not the primary ${bond.primary.value}: the check starts from the primary`, 'the status file is read for its settings; its state now is not the design');
  if ((bond.arpInterval?.value ?? 0) > 0) log.warn(bond.arpInterval!.at, 'FL407', 'the status file does not print arp_validate nor arp_all_targets: read as none and any (the defaults)', `cat /sys/class/net/${name}/bonding/arp_validate says; or import the bond from its netplan or interfaces file`);
  return { bonds: [finishBond(bond)], addresses: [] };
}
