/**
 * What the bonding importers read from a host's files: its bonds (mode, slaves, primary and
 * link monitor, every value located) and the IPv4 addresses the files give the host (which
 * name the host when another host's bond uses it as an ARP target).
 */
import type { SourceLocation } from '../../core/errors.js';
import type { Located } from '../located.js';

/** The Linux bonding modes by their kernel names (bonding.rst, "mode"). */
export const BOND_MODES = ['balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb'] as const;

/** A Linux bonding mode name. */
export type BondModeName = (typeof BOND_MODES)[number];

/** The arp_validate values (bonding.rst, "arp_validate"), by number 0..6. */
export const ARP_VALIDATE = ['none', 'active', 'backup', 'all', 'filter', 'filter_active', 'filter_backup'] as const;

/** One bond as a file configures (or, for /proc/net/bonding, reports) it. */
export interface ImportedBond {
  readonly name: Located<string>;
  /** Where the bond is defined (its netplan key, `iface` line or status file). */
  readonly at: SourceLocation;
  readonly format: 'netplan' | 'ifupdown' | 'proc';
  /** Absent: the kernel default, balance-rr. */
  readonly mode?: Located<BondModeName>;
  readonly slaves: readonly Located<string>[];
  readonly primary?: Located<string>;
  /** MII polling interval in ms (0: no MII monitoring). */
  readonly miimon?: Located<number>;
  readonly updelay?: Located<number>;
  readonly downdelay?: Located<number>;
  readonly useCarrier?: Located<boolean>;
  /** ARP polling interval in ms (0: no ARP monitoring). */
  readonly arpInterval?: Located<number>;
  /** ARP targets as IPv4 addresses. */
  readonly arpTargets: readonly Located<string>[];
  readonly arpValidate?: Located<(typeof ARP_VALIDATE)[number]>;
  readonly arpAllTargets?: Located<'any' | 'all'>;
  readonly lacpRate?: Located<'fast' | 'slow'>;
  readonly minLinks?: Located<number>;
}

/** Everything the bonding files of one host gave. */
export interface BondingConf {
  readonly bonds: readonly ImportedBond[];
  /** IPv4 addresses configured on the host's interfaces (without prefix length). */
  readonly addresses: readonly Located<string>[];
}

/** A bond while its file is read: any setting may still be missing. */
export type BondDraft = { -readonly [K in keyof ImportedBond]: ImportedBond[K] | undefined };

/** The bond a draft describes, without the settings left unset. */
export function finishBond(draft: BondDraft): ImportedBond {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as unknown as ImportedBond;
}

/** A draft with only its name, place and format set. */
export function newBond(name: Located<string>, at: SourceLocation, format: ImportedBond['format']): BondDraft {
  const unset = { mode: undefined, primary: undefined, miimon: undefined, updelay: undefined, downdelay: undefined, useCarrier: undefined, arpInterval: undefined, arpValidate: undefined, arpAllTargets: undefined, lacpRate: undefined, minLinks: undefined };
  return { name, at, format, slaves: [], arpTargets: [], ...unset };
}
