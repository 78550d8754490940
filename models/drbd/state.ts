/**
 * The DRBD model's state and its byte layout.
 *
 * Writes are abstract sequence numbers 1..W; a set of writes is a bit mask (write k is bit
 * k−1). Per node: what its disk holds (`data`), what it received from the peer into memory but
 * has not yet written (`mem`), what it sent and is still in its TCP send buffer or on the wire
 * (`sent`), and which of its own writes wait for their acknowledgement (`pending`). A node
 * that is down keeps only its disk (`data`, `disk`) and the metadata flags (`newGen`,
 * `crashedPrimary`, `changes`); every other field sits at its rest value so equal situations
 * encode to equal bytes.
 */
import { array, bool, enumOf, int, record, type Layout } from '../../src/core/layout.js';
import type { DrbdConfig } from './config.js';

/** Roles (PROTOCOLS.md §2.1). A down node is kept as Secondary, the role it restarts in. */
export const ROLES = ['Primary', 'Secondary'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Disk states modelled (PROTOCOLS.md §2.1). `Failed` passes at once to `Diskless` (detach);
 * `Inconsistent` only exists mid-resync, and resync is one atomic step here.
 */
export const DISK_STATES = ['UpToDate', 'Consistent', 'Outdated', 'Diskless'] as const;
export type DiskState = (typeof DISK_STATES)[number];

/** Connection states (8.4 names; DRBD 9's Connecting is WFConnection). */
export const CONN_STATES = ['Connected', 'WFConnection', 'StandAlone'] as const;
export type ConnState = (typeof CONN_STATES)[number];

/** One node of the resource. */
export type NodeState = {
  readonly up: boolean;
  readonly role: Role;
  readonly disk: DiskState;
  readonly conn: ConnState;
  /** Writes on the backing disk. */
  readonly data: number;
  /** Writes received from the peer, in memory, not yet on disk (lost on crash). */
  readonly mem: number;
  /** Own writes in the send buffer / on the wire to the peer (lost on crash or cut). */
  readonly sent: number;
  /** Own writes issued and not yet acknowledged to the application. */
  readonly pending: number;
  /**
   * The node started a new data generation since the last common one (a Primary that lost
   * its peer, a disconnected node promoted): its current UUID no longer matches the peer's.
   */
  readonly newGen: boolean;
  /** The node crashed while Primary (DRBD's crashed-primary flag; it resyncs from it). */
  readonly crashedPrimary: boolean;
  /** Writes made while disconnected, since the generations split (for `discard-*-changes`). */
  readonly changes: number;
  /** A disconnected Primary whose fence-peer handler has not run yet. */
  readonly fencePending: boolean;
};

/** The whole resource. */
export type DrbdState = {
  readonly nodes: readonly [NodeState, NodeState];
  /** The replication link. */
  readonly link: 'up' | 'cut';
  /** Writes the application has issued so far (the next is `issued + 1`). */
  readonly issued: number;
  /** Writes acknowledged to the application. */
  readonly acked: number;
  /** The node that became Primary most recently (for `discard-younger-primary`). */
  readonly lastPromoted: 0 | 1;
  /** True when the step into this state promoted a node that lacked an acked write or was forced. */
  readonly stalePromotion: boolean;
};

/** The byte layout of a state of this configuration. */
export function drbdLayout(config: DrbdConfig): Layout<DrbdState> {
  const mask = int(0, (1 << config.writes) - 1);
  const node = record<NodeState>({
    up: bool(),
    role: enumOf(ROLES),
    disk: enumOf(DISK_STATES),
    conn: enumOf(CONN_STATES),
    data: mask,
    mem: mask,
    sent: mask,
    pending: mask,
    newGen: bool(),
    crashedPrimary: bool(),
    changes: int(0, config.writes),
    fencePending: bool(),
  });
  return record<DrbdState>({
    nodes: array(node, 2) as unknown as Layout<readonly [NodeState, NodeState]>,
    link: enumOf(['up', 'cut'] as const),
    issued: int(0, config.writes),
    acked: mask,
    lastPromoted: enumOf([0, 1] as const),
    stalePromotion: bool(),
  });
}

/** The other node. */
export function peerOf(i: 0 | 1): 0 | 1 {
  return i === 0 ? 1 : 0;
}

/** Whether the two nodes replicate to each other right now. */
export function connected(s: DrbdState): boolean {
  return s.link === 'up' && s.nodes.every((n) => n.up && n.conn === 'Connected');
}

/** The writes a live node holds: on disk, or received and about to be written. */
export function holds(n: NodeState): number {
  return n.up ? n.data | n.mem : n.data;
}

/** Replaces node `i`. */
export function withNode(s: DrbdState, i: 0 | 1, node: NodeState): DrbdState {
  const nodes: [NodeState, NodeState] = [s.nodes[0], s.nodes[1]];
  nodes[i] = node;
  return { ...s, nodes };
}

/** Writes in `a` missing from `b`. */
export function missing(a: number, b: number): number {
  return a & ~b;
}

/** The lowest write of a non-empty set (bit mask of one bit). */
export function lowest(mask: number): number {
  return mask & -mask;
}

/** Number of writes in a set. */
export function count(mask: number): number {
  let c = 0;
  for (let m = mask; m !== 0; m &= m - 1) c++;
  return c;
}

/** The write numbers of a set, ascending (`0b101` → `[1, 3]`). */
export function writesOf(mask: number): number[] {
  const out: number[] = [];
  for (let k = 0; (1 << k) <= mask; k++) if (mask & (1 << k)) out.push(k + 1);
  return out;
}
