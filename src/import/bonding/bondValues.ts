/**
 * Values shared by the bonding readers, spelled as the kernel accepts them (bonding.rst,
 * "Bonding Driver Options"): modes by name or number 0..6, arp_validate by name or number,
 * IPv4 targets, and netplan's durations (a number of ms, or with an `ms` or `s` suffix).
 */
import type { ImportLog } from '../importLog.js';
import type { Located } from '../located.js';
import { ARP_VALIDATE, BOND_MODES, type BondModeName } from './bondingConf.js';

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** Whether `text` is a dotted-quad IPv4 address. */
export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

/** The mode named or numbered by `v`, or undefined after an FL419 error. */
export function bondMode(v: Located<string>, log: ImportLog): Located<BondModeName> | undefined {
  const n = /^[0-6]$/.test(v.value) ? BOND_MODES[Number(v.value)] : BOND_MODES.find((m) => m === v.value);
  if (n) return { value: n, at: v.at };
  if (v.value === 'balance-tcp' || v.value === 'balance-slb') log.error(v.at, 'FL419', `bond mode ${v.value} is an Open vSwitch mode, not Linux bonding`, 'faultline models the Linux bonding driver: use one of its modes');
  else log.error(v.at, 'FL419', `unknown bond mode "${v.value}"`, `modes: ${BOND_MODES.join(', ')} (or 0..6)`);
  return undefined;
}

/** The arp_validate value named or numbered by `v`, or undefined after an FL419 error. */
export function arpValidate(v: Located<string>, log: ImportLog): Located<(typeof ARP_VALIDATE)[number]> | undefined {
  const name = v.value.replace(/-/g, '_');
  const n = /^[0-6]$/.test(name) ? ARP_VALIDATE[Number(name)] : ARP_VALIDATE.find((m) => m === name);
  if (n) return { value: n, at: v.at };
  log.error(v.at, 'FL419', `unknown arp_validate value "${v.value}"`, `values: ${ARP_VALIDATE.join(', ')} (or 0..6)`);
  return undefined;
}

/** A whole number of milliseconds: `100`, and where `units` allows, `100ms` or `1s`. */
export function milliseconds(v: Located<string>, what: string, log: ImportLog, units = false): Located<number> | undefined {
  const m = (units ? /^(\d{1,9})(ms|s)?$/ : /^(\d{1,9})$/).exec(v.value.trim());
  if (m) return { value: Number(m[1]) * (m[2] === 's' ? 1000 : 1), at: v.at };
  log.error(v.at, 'FL419', `${what} must be a whole number of milliseconds, got "${v.value}"`, units ? `write: ${what}: 100 (or 100ms, 1s)` : `write: ${what} 100`);
  return undefined;
}

/** A whole number (min_links and the like). */
export function wholeNumber(v: Located<string>, what: string, log: ImportLog): Located<number> | undefined {
  if (/^\d{1,9}$/.test(v.value.trim())) return { value: Number(v.value.trim()), at: v.at };
  log.error(v.at, 'FL419', `${what} must be a whole number, got "${v.value}"`, `write: ${what} 1`);
  return undefined;
}

/** One IPv4 ARP target, or undefined after an FL419 error (IPv6 NS targets are FL407 warnings). */
export function arpTarget(v: Located<string>, log: ImportLog): Located<string> | undefined {
  if (isIpv4(v.value)) return v;
  if (v.value.includes(':')) log.warn(v.at, 'FL407', `IPv6 target ${v.value} (ns_ip6_target) is not modelled`, 'the ARP monitor model takes IPv4 targets');
  else log.error(v.at, 'FL419', `ARP target "${v.value}" is not an IPv4 address`, 'write the target as 192.0.2.1');
  return undefined;
}

/** An IPv4 address from `192.0.2.11/24` or `192.0.2.11`; undefined (silently) for IPv6 or anything else. */
export function hostAddress(v: Located<string>): Located<string> | undefined {
  const bare = v.value.replace(/\/\d+$/, '');
  return isIpv4(bare) ? { value: bare, at: v.at } : undefined;
}
