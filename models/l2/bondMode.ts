/**
 * Bonding modes (`../shared/PROTOCOLS.md` §3.1) by number, Linux name or Windows teaming alias
 * (switch-independent = active-backup, static = balance-xor, lacp = 802.3ad; SCENARIOS R4).
 */

/** Canonical Linux bonding mode names, index = mode number. */
export const BOND_MODES = [
  'balance-rr',
  'active-backup',
  'balance-xor',
  'broadcast',
  '802.3ad',
  'balance-tlb',
  'balance-alb',
] as const;

/** A canonical bonding mode. */
export type BondMode = (typeof BOND_MODES)[number];

/** Windows teaming aliases. */
export const TEAMING_ALIASES: Readonly<Record<string, BondMode>> = {
  'switch-independent': 'active-backup',
  static: 'balance-xor',
  lacp: '802.3ad',
};

/** What a design may write: a number 0..6, a Linux name or a teaming alias. */
export type BondModeInput = number | BondMode | keyof typeof TEAMING_ALIASES | string;

/** The canonical mode of `input`, or `undefined` when it names no mode. */
export function bondModeOf(input: BondModeInput): BondMode | undefined {
  if (typeof input === 'number') return BOND_MODES[input];
  if (/^[0-6]$/.test(input)) return BOND_MODES[Number(input)];
  if ((BOND_MODES as readonly string[]).includes(input)) return input as BondMode;
  return TEAMING_ALIASES[input];
}

/**
 * How a bond spreads traffic over its usable slaves at the converged level:
 * - `single`: one active slave carries everything (active-backup);
 * - `any`: every frame goes out of every slave, so one good path suffices (broadcast);
 * - `all`: flows are hashed over the slaves, so every used slave must reach the peer
 *   (balance-rr, balance-xor, 802.3ad aggregator, balance-tlb, balance-alb).
 */
export function spreadOf(mode: BondMode): 'single' | 'any' | 'all' {
  if (mode === 'active-backup') return 'single';
  if (mode === 'broadcast') return 'any';
  return 'all';
}

/** Whether ARP monitoring is allowed in `mode` (not in 802.3ad, tlb, alb: §3.2). */
export function arpMonitorAllowed(mode: BondMode): boolean {
  return mode !== '802.3ad' && mode !== 'balance-tlb' && mode !== 'balance-alb';
}
