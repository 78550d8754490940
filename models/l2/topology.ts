/**
 * Layer-2 topology: what a switched design is made of, independent of any fault.
 *
 * - Nodes are switches (bridges that forward between their ports), hosts and routers
 *   (endpoints: they never forward frames between their NICs).
 * - Every node has named ports (a switch's ports, a host's NICs).
 * - A link joins one port to another, with a speed in Mb/s. Links may carry a `bundle`
 *   name: links that share a bundle between the same two nodes form one logical link
 *   (a LAG). This issue only uses the name to keep a bundle from counting as a loop; the
 *   aggregation issue adds LACP and MC-LAG on top without reshaping links.
 * - Server bonds (Linux bonding, Windows teaming by alias) group a host's NICs; see
 *   `bondMode.ts` for modes and `bondMonitor.ts` for what each monitor sees.
 * - Switches carry spanning-tree settings (mode, bridge priority, MAC, per-port cost,
 *   priority and edge flag; `../shared/PROTOCOLS.md` §6.1).
 *
 * Sources: `../shared/PROTOCOLS.md` §3 (bonding) and §6 (spanning tree).
 */
import type { BondModeInput } from './bondMode.js';
import type { StpPlatform } from '../stp/types.js';
import type { AggregationSpec } from './lagSpec.js';

/** What a node is. */
export type NodeKind = 'switch' | 'host' | 'router';

/** Spanning-tree settings of one switch port. */
export interface PortStp {
  /** Path cost; default derived from the link speed (802.1D-2004 long values). */
  readonly cost?: number;
  /** Port priority in the switch platform's units: 0..240 in steps of 16 (default 128), or 0..63 on `linux` (default 32). */
  readonly priority?: number;
  /**
   * Admin edge port (PortFast): forwards at once on link-up and loses edge status on the first
   * BPDU (802.1D-2004 §17.19.17 operEdge, §17.25), so at the converged level it changes nothing.
   */
  readonly edge?: boolean;
  /** BPDU guard: the port is err-disabled (down) when a BPDU arrives (models/l2/bpduGuard.ts). */
  readonly bpduGuard?: boolean;
  /** Root guard: a superior BPDU makes the port root-inconsistent (discarding) instead of root or alternate. */
  readonly rootGuard?: boolean;
  /** Loop guard: a root or alternate port that stops receiving BPDUs goes loop-inconsistent (discarding) instead of designated. */
  readonly loopGuard?: boolean;
}

/** A port or NIC. */
export interface PortSpec {
  readonly name: string;
  /** Port number for the port identifier; default: 1 + the port's index on its node. */
  readonly number?: number;
  readonly stp?: PortStp;
}

/** Spanning-tree mode of a switch. `none` forwards on every port with carrier. */
export type StpMode = 'rstp' | 'stp' | 'none';

/** Spanning-tree settings of one switch. */
export interface SwitchStp {
  readonly mode: StpMode;
  /** Bridge priority, 0..61440 in steps of 4096 (any 0..65535 on `linux`); default 32768. */
  readonly priority?: number;
  /** Whose identifier rules apply (models/stp/platformRules.ts); default `ieee`. */
  readonly platform?: StpPlatform;
  /** Bridge MAC (`aa:bb:cc:dd:ee:ff`); default derived from the switch's index. */
  readonly mac?: string;
  /**
   * Timers in seconds (802.1D-2004 Table 17-1; Linux bridge `hello_time`, `forward_delay`,
   * `max_age`). Only Max Age changes a converged tree: as a hop limit (models/stp/hopsFromRoot.ts);
   * hello and forward delay decide how fast it converges, which this level abstracts.
   */
  readonly helloTime?: number;
  readonly forwardDelay?: number;
  /** Default 20. */
  readonly maxAge?: number;
}

/**
 * An uplink failure tracking group of a switch (Cisco link-state tracking, Arista link
 * tracking groups; `linkStateTracking.ts`): while every upstream port has lost its link, the
 * downstream ports are taken down.
 */
export interface TrackingGroup {
  readonly name: string;
  readonly upstream: readonly string[];
  readonly downstream: readonly string[];
}

/** Err-disable causes whose recovery timer a switch can enable (`errdisable recovery cause ...`). */
export type ErrdisableCause = 'bpduguard';

/**
 * A switch's err-disable recovery (Cisco/Arista `errdisable recovery cause <cause>` and
 * `errdisable recovery interval <s>`): a port err-disabled for one of `causes` is brought back
 * after `interval` seconds, and err-disabled again if the cause is still there. Without it the
 * port stays err-disabled until an operator shuts and re-enables it.
 */
export interface ErrdisableRecovery {
  readonly causes: readonly ErrdisableCause[];
  /** Seconds (30..86400, default 300); the converged model only records it. */
  readonly interval: number;
}

/** A switch, host or router. */
export interface NodeSpec {
  readonly name: string;
  readonly kind: NodeKind;
  readonly ports: readonly PortSpec[];
  /** Switches only; default `{ mode: 'rstp' }`. */
  readonly stp?: SwitchStp;
  /** Switches only: uplink failure tracking groups. */
  readonly tracking?: readonly TrackingGroup[];
  /** Switches only: err-disable recovery; absent: none (the vendors' default). */
  readonly errdisableRecovery?: ErrdisableRecovery;
}

/** One end of a link. */
export interface PortRef {
  readonly node: string;
  readonly port: string;
}

/** A cable between two ports. */
export interface LinkSpec {
  /** Stable id; default `A:p—B:q` from its ends. */
  readonly id?: string;
  readonly a: PortRef;
  readonly b: PortRef;
  /** Mb/s. */
  readonly speed: number;
  /** Links sharing a bundle name between the same two nodes are one logical link (a LAG). */
  readonly bundle?: string;
  /**
   * UDLD aggressive on both ends (Cisco UDLD, RFC 5171): a link that stops passing frames in
   * one direction or both, while keeping carrier, is err-disabled at both ends — it becomes a
   * plain link-down that spanning tree and bonds see (issue 12). Normal mode is not modelled.
   */
  readonly udld?: 'aggressive';
}

/**
 * MII monitoring: carrier only (`../shared/PROTOCOLS.md` §3.2). Timers matter only below the
 * converged level. `miimon: 0` disables it, and a driver that does not report link state
 * through the method `use_carrier` selects makes every slave look up (bonding.rst §7.3,
 * §8.3): both leave the bond with no link monitoring ({@link monitorIsBlind}).
 */
export interface MiiMonitor {
  readonly kind: 'mii';
  /** Polling interval in ms; 0 disables MII monitoring. */
  readonly miimon: number;
  readonly updelay?: number;
  readonly downdelay?: number;
  /** `use_carrier` (default true): netif_carrier (true) or MII registers / ethtool (false). */
  readonly useCarrier?: boolean;
  /** Whether the slaves' driver reports link state by that method (default true). */
  readonly driverReportsLink?: boolean;
}

/** Whether an MII monitor sees nothing: disabled (`miimon 0`) or fed by a driver that never reports link loss. */
export function monitorIsBlind(m: MiiMonitor): boolean {
  return m.miimon === 0 || m.driverReportsLink === false;
}

/** `arp_validate` values (§3.2). */
export type ArpValidate = 'none' | 'active' | 'backup' | 'all' | 'filter' | 'filter_active' | 'filter_backup';

/** ARP monitoring: targets must answer through the slave (§3.2). */
export interface ArpMonitor {
  readonly kind: 'arp';
  /** `arp_interval` in ms. */
  readonly interval: number;
  /** Target hosts or routers (by node name); 1..16. */
  readonly targets: readonly string[];
  /** Default `none`. */
  readonly validate?: ArpValidate;
  /** `arp_all_targets`; default `any`. */
  readonly allTargets?: 'any' | 'all';
}

/** A bond's link monitor. */
export type BondMonitor = MiiMonitor | ArpMonitor;

/** A server bond (or Windows team). */
export interface BondSpec {
  readonly name: string;
  readonly host: string;
  readonly mode: BondModeInput;
  /** NIC names on `host`, in preference order after `primary`. */
  readonly slaves: readonly string[];
  readonly primary?: string;
  readonly monitor: BondMonitor;
}

/** A whole layer-2 design. */
export interface Topology {
  readonly nodes: readonly NodeSpec[];
  readonly links: readonly LinkSpec[];
  readonly bonds?: readonly BondSpec[];
  /**
   * LAGs, MC-LAG domains, gateways and demands (issue 4, decision 0016). The MC-LAG domains
   * and gateways add fault elements and the MC-LAG rule acts on carrier (a suspended member
   * port is down), so they belong to the topology the converged model is built from.
   */
  readonly aggregation?: AggregationSpec;
}

/** The id of a link: its own, or `A:p—B:q`. */
export function linkId(link: LinkSpec): string {
  return link.id ?? `${link.a.node}:${link.a.port}—${link.b.node}:${link.b.port}`;
}

/** The text form of a port reference, `Node:port`. */
export function portLabel(ref: PortRef): string {
  return `${ref.node}:${ref.port}`;
}
