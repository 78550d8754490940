/**
 * How long a bond's link monitor takes, and how long a switch port takes to forward after its
 * carrier comes back: the numbers {@link bondWindowsOf} compares.
 *
 * - The kernel keeps `updelay` and `downdelay` as a count of miimon polls: a value that is not
 *   a multiple of miimon is rounded down, with a warning (drivers/net/bonding/bond_options.c
 *   `_bond_option_delay_set`: "%s (%d) is not a multiple of miimon (%d), value rounded to %d
 *   ms"; `target = value / miimon`), and neither can be set while miimon is 0 ("Unable to set
 *   %s as MII monitoring is disabled", -EPERM).
 * - MII (bonding.rst §2 miimon, downdelay; §7.3): a carrier loss is seen at the next poll, at
 *   most `miimon` ms later, and the slave is dropped `downdelay` (rounded) after that: the
 *   active slave keeps receiving the bond's frames for up to miimon + downdelay.
 * - ARP (bonding.rst §2 arp_interval, arp_missed_max): the active slave is dropped once
 *   `arp_missed_max` (default 2) intervals pass without a reply, checked once an interval:
 *   up to (arp_missed_max + 1) × arp_interval.
 * - No monitor: never ({@link Infinity}).
 * - A switch port whose carrier comes back forwards at once when it is an edge port (RSTP
 *   AdminEdge, Cisco portfast) or runs no spanning tree; otherwise it spends Forward Delay in
 *   Listening (STP) or Discarding (RSTP, no agreement from a host that sends no BPDUs) and
 *   Forward Delay in Learning before Forwarding (802.1D-2004 §17.29.3, Table 17-1; Forward
 *   Delay is the root's, default 15 s). RSTP AutoEdge (§17.25), which some switches run and
 *   which makes a BPDU-silent port edge after Migrate Time, is not modelled: such a switch
 *   forwards sooner than faultline assumes.
 */
import type { CompiledBond } from './compileTopology.js';
import type { NodeSpec } from './topology.js';

/** `arp_missed_max` default (bonding.rst §2). */
export const ARP_MISSED_MAX = 2;

/** Forward Delay default, seconds (802.1D-2004 Table 17-1). */
export const DEFAULT_FORWARD_DELAY = 15;

/** A delay as the kernel applies it: rounded down to a multiple of miimon (0 without miimon). */
export function roundedDelay(ms: number | undefined, miimon: number): number {
  if (ms === undefined || miimon <= 0) return 0;
  return Math.floor(ms / miimon) * miimon;
}

/** The bond's MII timers as the kernel applies them, or null when it is not MII-monitored. */
export function miiTimers(bond: CompiledBond): { readonly miimon: number; readonly updelay: number; readonly downdelay: number } | null {
  const m = bond.spec.monitor;
  if (m.kind !== 'mii' || bond.monitor !== 'mii') return null;
  return { miimon: m.miimon, updelay: roundedDelay(m.updelay, m.miimon), downdelay: roundedDelay(m.downdelay, m.miimon) };
}

/** Worst-case ms from losing the active slave's path to the bond dropping that slave. */
export function detectionMs(bond: CompiledBond): number {
  const m = bond.spec.monitor;
  if (bond.monitor === 'none') return Infinity;
  if (m.kind === 'arp') return (ARP_MISSED_MAX + 1) * m.interval;
  const t = miiTimers(bond)!;
  return t.miimon + t.downdelay;
}

/** The ms a bond waits before using a slave whose carrier came back (0 for ARP monitoring). */
export function updelayMs(bond: CompiledBond): number {
  return miiTimers(bond)?.updelay ?? 0;
}

/**
 * Ms from carrier up to Forwarding on port `port` of switch `node`, whose spanning-tree root
 * is `root` (null when the switch runs none).
 */
export function portReadyMs(node: NodeSpec, port: string, root: NodeSpec | null): number {
  const mode = node.stp?.mode ?? 'rstp';
  if (mode === 'none' || root === null) return 0;
  if (node.ports.find((p) => p.name === port)?.stp?.edge === true) return 0;
  return 2 * (root.stp?.forwardDelay ?? DEFAULT_FORWARD_DELAY) * 1000;
}
