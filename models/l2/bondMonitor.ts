/**
 * Which slaves a bond uses once its link monitor has settled (PROTOCOLS.md §3).
 *
 * - MII (§3.2): a slave is up when it has carrier. A gray link, a dead uplink further on,
 *   a switch that keeps carrier but stops forwarding: all invisible.
 * - ARP (§3.2): a slave *answers* when an `arp_ip_target` replies through it — the request
 *   sent from that NIC reaches the target and the reply comes back to that NIC over the
 *   forwarding graph; `arp_all_targets all` needs every target, `any` one.
 *   With validation of the active slave (`arp_validate` active, all, filter_active) only
 *   such replies keep the active slave up. Without it, any frame received counts (§3.2
 *   gotcha): the slave also stays up when another endpoint's traffic (ARP broadcasts from
 *   other hosts, other bonds' probes) reaches it, even with every target unreachable.
 * - active-backup: the active slave is the first, in preference order (`primary`, then
 *   declaration order), that the monitor keeps up. This is also where the kernel ends: a
 *   failed active is replaced by an up backup, which must then pass the active check, and
 *   with no active slave the bond probes each slave in turn (§3.2 arp_missed_max, §3.3).
 *   Backup validation (`backup`, `all`) only changes which backups are *reported* up.
 * - balance-rr, balance-xor, broadcast: every slave the monitor keeps up.
 * - 802.3ad (MII only, §3.4): the up slaves that share the selected aggregator, i.e. the
 *   same partner (the node at the far end; MC-LAG will map a pair to one partner); the
 *   aggregator holding the first up slave in preference order is selected.
 * - balance-tlb, balance-alb (MII only): every up slave.
 * - No monitor (`miimon 0`, or `use_carrier` fed by a driver that never reports link loss;
 *   §3.2, bonding.rst §2 miimon "0 disables MII link monitoring", §7.3, §8.3): bond_enslave
 *   marks such a slave BOND_LINK_UP and nothing ever marks it down, so the bond never fails
 *   over. In active-backup (and for the receive slave of balance-tlb/alb) the preferred slave
 *   stays active with its cable dead: *no failover*. The modes that hash or round-robin over
 *   slaves still skip a slave without carrier at transmit time (`bond_slave_can_tx` tests
 *   netif_carrier_ok; the slave array is refreshed on NETDEV_CHANGE) and 802.3ad still drops
 *   a member whose LACPDUs stop (LACP's own timeout), so there carrier decides as with MII.
 *   Bonding.rst: "It is critical that either the miimon or arp_interval and arp_ip_target
 *   parameters be specified, otherwise serious network degradation will occur during link
 *   failures." (Kernels since commit c1f897ce186a default miimon to 100 when neither is
 *   given; the model takes the value the design writes.)
 * Abstracted: miimon, updelay, downdelay, arp_interval and arp_missed_max only decide *when*
 * the converged choice is reached, never which it is; primary_reselect and the stickiness
 * of a non-primary active slave (a converged state has no history: the preference order
 * decides, as after a restart).
 */
import type { CompiledBond } from './compileTopology.js';

/** What a bond's monitor can observe about one slave NIC. */
export interface SlaveProbe {
  carrier(nic: number): boolean;
  /** How many of the bond's targets answer through `nic`. */
  answeringTargets(nic: number): number;
  /** Frames from some other endpoint arrive on `nic`. */
  receivesOtherTraffic(nic: number): boolean;
  /** Frames sent from `from` (this bond's active slave) arrive on `nic`. */
  hears(from: number, nic: number): boolean;
  /** The partner system at the far end of `nic` (for 802.3ad aggregator selection). */
  partnerOf(nic: number): number;
}

/** A bond's settled state. */
export interface BondStatus {
  /** Slaves that carry traffic, in preference order. */
  readonly used: readonly number[];
  /** Slaves the monitor considers up (a superset of `used`). */
  readonly up: readonly number[];
}

/** Whether `nic` passes the ARP monitor's check for a slave in the active role. */
function arpActiveOk(bond: CompiledBond, probe: SlaveProbe, nic: number): boolean {
  const answering = probe.answeringTargets(nic);
  const answers = bond.allTargets ? answering === bond.targets.length : answering > 0;
  return answers || (!bond.validateActive && probe.receivesOtherTraffic(nic));
}

/** The settled state of `bond`. */
export function bondStatusOf(bond: CompiledBond, probe: SlaveProbe): BondStatus {
  const blind = bond.monitor === 'none' && (bond.mode === 'active-backup' || bond.mode === 'balance-tlb' || bond.mode === 'balance-alb');
  const withCarrier = bond.slaves.filter((s) => probe.carrier(s));
  if (blind) return blindStatus(bond, withCarrier);
  const upActive =
    bond.monitor !== 'arp' ? withCarrier : withCarrier.filter((s) => arpActiveOk(bond, probe, s));
  switch (bond.mode) {
    case 'active-backup': {
      const active = upActive[0];
      if (active === undefined) return { used: [], up: [] };
      const up = withCarrier.filter(
        (s) =>
          s === active ||
          bond.monitor !== 'arp' ||
          (bond.validateBackup ? probe.hears(active, s) : arpActiveOk(bond, probe, s) || probe.hears(active, s)),
      );
      return { used: [active], up };
    }
    case '802.3ad': {
      const first = upActive[0];
      if (first === undefined) return { used: [], up: [] };
      const partner = probe.partnerOf(first);
      return { used: upActive.filter((s) => probe.partnerOf(s) === partner), up: upActive };
    }
    default:
      return { used: upActive, up: upActive };
  }
}

/**
 * A bond that never marks a slave down. Active-backup keeps its preferred slave; balance-tlb
 * keeps receiving on it and transmits on the slaves with carrier; balance-alb also hands
 * each peer a slave to send to, so every slave stays in use.
 */
function blindStatus(bond: CompiledBond, withCarrier: readonly number[]): BondStatus {
  const preferred = bond.slaves[0]!;
  if (bond.mode === 'active-backup') return { used: [preferred], up: bond.slaves };
  if (bond.mode === 'balance-tlb') return { used: [preferred, ...withCarrier.filter((s) => s !== preferred)], up: bond.slaves };
  return { used: bond.slaves, up: bond.slaves };
}
