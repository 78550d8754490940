/**
 * Types of the converged spanning-tree computation (`convergeStp`).
 *
 * A topology is bridges, their ports and point-to-point links between ports. Identifier
 * encodings follow IEEE 802.1D-2004 §9.2.5 / §9.2.7 (PROTOCOLS.md §6.1): a bridge id is a
 * 4-bit priority (multiple of 4096), a 12-bit system-id extension (0 here) and the 48-bit MAC;
 * a port id is a 4-bit priority (multiple of 16) and a 12-bit port number.
 */

/** How a bridge takes part in spanning tree. `none`: no STP, floods BPDUs like any frame. */
export type StpMode = 'rstp' | 'stp' | 'none';

/**
 * Whose rules a bridge's identifiers follow. `ieee`: 802.1D-2004 §9.2.5/§9.2.7 (bridge priority
 * a multiple of 4096, port priority a multiple of 16, port number 1..4095) — vendor switches
 * and mstpd. `linux`: the Linux kernel bridge's own STP (net/bridge/br_stp_if.c): any 16-bit
 * bridge priority, a 6-bit port priority 0..63 and a 10-bit port number, port id
 * `priority << 10 | number`.
 */
export type StpPlatform = 'ieee' | 'linux';

/** A bridge (switch). */
export interface StpBridge {
  readonly id: string;
  /** Bridge priority: 0..61440 in steps of 4096 (`ieee`), any 0..65535 (`linux`); default 32768. */
  readonly priority: number;
  /** Default `ieee`. */
  readonly platform?: StpPlatform;
  /** Bridge MAC address, `aa:bb:cc:dd:ee:ff` (case-insensitive). */
  readonly mac: string;
  readonly mode: StpMode;
}

/** A bridge port. */
export interface StpPort {
  readonly bridge: string;
  readonly name: string;
  /** Port number, 1..4095 (`ieee`) or 1..1023 (`linux`), unique per bridge. */
  readonly number: number;
  /** Port priority in its bridge's platform units: 0..240 in steps of 16 (`ieee`, default 128), 0..63 (`linux`, default 32). */
  readonly priority: number;
  /** Port path cost, an integer ≥ 1. */
  readonly cost: number;
  /** Administratively an edge port. Does not change the converged tree (see decision 0007). */
  readonly edge?: boolean;
}

/** One end of a link. */
export interface StpLinkEnd {
  readonly bridge: string;
  readonly port: string;
}

/** A point-to-point link between two ports. */
export interface StpLink {
  readonly id: string;
  readonly a: StpLinkEnd;
  readonly b: StpLinkEnd;
}

/** A switched topology. */
export interface StpTopology {
  readonly bridges: readonly StpBridge[];
  readonly ports: readonly StpPort[];
  readonly links: readonly StpLink[];
}

/**
 * A port's role (802.1D-2004 §17.7). `none`: the port's bridge runs no spanning tree
 * (mode `none`) and the port is up, so it forwards unconditionally.
 */
export type StpPortRole = 'root' | 'designated' | 'alternate' | 'backup' | 'disabled' | 'none';

/** A port's converged state: Learning never lasts, so only these two remain. */
export type StpPortState = 'forwarding' | 'discarding';

/** The converged view of one port. */
export interface StpPortResult {
  readonly bridge: string;
  readonly name: string;
  readonly role: StpPortRole;
  readonly state: StpPortState;
  /** Whether the port has carrier: its link (if any) and both its bridges are alive. */
  readonly up: boolean;
  /** Port id as 802.1D-2004 encodes it (priority << 8 | number). */
  readonly portId: number;
  /**
   * Topology id of the bridge designated for this port's segment (null when the port is down,
   * its bridge runs no STP, or the port has no link and so no segment).
   */
  readonly designatedBridge: string | null;
}

/** The converged view of one bridge. */
export interface StpBridgeResult {
  readonly id: string;
  readonly mode: StpMode;
  /** False when the bridge is in the failed set. */
  readonly up: boolean;
  /** Bridge id as `pppp.mmmmmmmmmmmm` (hex, the form of sysfs `bridge/bridge_id`). */
  readonly bridgeId: string;
  /** Topology id of the root bridge of this bridge's tree; null when down or mode `none`. */
  readonly root: string | null;
  /** Root bridge id, same form as `bridgeId`; null when down or mode `none`. */
  readonly rootId: string | null;
  /** Cost of the best path to the root (0 at the root; 0 when down or mode `none`). */
  readonly rootPathCost: number;
  /** Name of the root port; null at a root, when down, or for mode `none`. */
  readonly rootPort: string | null;
}

/** The converged spanning tree of a topology with some elements failed. */
export interface StpResult {
  /** Per bridge, in topology order. */
  readonly bridges: ReadonlyMap<string, StpBridgeResult>;
  /** Per port, keyed by `portKey(bridge, name)`, in topology order. */
  readonly ports: ReadonlyMap<string, StpPortResult>;
  /** Root bridges, one per tree (connected component of live STP bridges), by bridge id. */
  readonly roots: readonly string[];
}

/** The key of a port in `StpResult.ports`. */
export function portKey(bridge: string, port: string): string {
  return `${bridge}/${port}`;
}
