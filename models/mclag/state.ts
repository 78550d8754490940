/**
 * The MC-LAG model's state and its byte layout.
 *
 * Per peer: alive, operational role, whether its member port to the server is up or
 * suspended, the LACP system id it sends (the shared one or its own), its view of the peer
 * link (`up`, `waiting` for a keepalive verdict, `lost`), and the keepalive countdown `ka`
 * (ticks before the peer is judged silent) with `heard` (a keepalive arrived while waiting);
 * Arista's dual-primary detection `dp` (idle, detecting over the heartbeat, errdisabled,
 * recovering after the peer link returned) and its clock `dpClock`. The domain adds the
 * heartbeat path and `dualAge`, the seconds both peers have been active apart (counted only
 * when a design checks `dual-active-at-most`).
 * Fields that do not matter in a situation are kept at fixed values so equal situations
 * encode to equal bytes.
 */
import { array, bool, enumOf, int, record, type Layout } from '../../src/core/layout.js';
import type { MclagConfig } from './config.js';

export type PeerView = 'up' | 'waiting' | 'lost';

/** Arista dual-primary detection on one peer (always `idle` without it). */
export const DP_STATES = ['idle', 'detecting', 'errdisabled', 'recovering'] as const;
export type DualPrimaryState = (typeof DP_STATES)[number];

/** One peer switch. */
export type PeerState = {
  readonly alive: boolean;
  readonly role: 'primary' | 'secondary';
  readonly members: 'up' | 'suspended';
  readonly sysId: 'shared' | 'own';
  readonly pl: PeerView;
  readonly ka: number;
  readonly heard: boolean;
  readonly dp: DualPrimaryState;
  /** Detecting: heard seconds left before errdisable; recovering: seconds before the members return. */
  readonly dpClock: number;
};

/** The server bond's active aggregator: by the partner system id it bundles with. */
export const AGGREGATORS = ['none', 'shared', 'own0', 'own1'] as const;
export type Aggregator = (typeof AGGREGATORS)[number];

/** The whole domain and the server bond. */
export type MclagState = {
  readonly peers: readonly PeerState[];
  readonly peerLink: boolean;
  readonly keepaliveLink: boolean;
  /** Arista's dual-primary detection heartbeat path (when separate). */
  readonly heartbeatLink: boolean;
  /** Seconds the domain has been dual-active without a break, capped at `dualActiveCap`. */
  readonly dualAge: number;
  /** Server links to peer 0 and peer 1. */
  readonly memberLinks: readonly boolean[];
  readonly agg: Aggregator;
};

/** The byte layout for this configuration. */
export function mclagLayout(config: MclagConfig): Layout<MclagState> {
  const peer = record<PeerState>({
    alive: bool(),
    role: enumOf(['primary', 'secondary'] as const),
    members: enumOf(['up', 'suspended'] as const),
    sysId: enumOf(['shared', 'own'] as const),
    pl: enumOf(['up', 'waiting', 'lost'] as const),
    ka: int(0, config.timeoutTicks),
    heard: bool(),
    dp: enumOf(DP_STATES),
    dpClock: int(0, config.dpClockMax),
  });
  return record<MclagState>({
    peers: array(peer, 2),
    peerLink: bool(),
    keepaliveLink: bool(),
    heartbeatLink: bool(),
    dualAge: int(0, config.dualActiveCap),
    memberLinks: array(bool(), 2),
    agg: enumOf(AGGREGATORS),
  });
}

/** A crashed peer. */
export const DEAD: PeerState = { alive: false, role: 'secondary', members: 'suspended', sysId: 'shared', pl: 'lost', ka: 0, heard: false, dp: 'idle', dpClock: 0 };

/** The other peer's index. */
export function other(i: number): 0 | 1 {
  return i === 0 ? 1 : 0;
}

/** Whether keepalives from the other peer reach peer `i` now. */
export function keepaliveDelivered(config: MclagConfig, s: MclagState, i: number): boolean {
  if (!s.peers[other(i)]!.alive) return false;
  if (config.keepalive === 'separate') return s.keepaliveLink;
  if (config.keepalive === 'over-peer-link') return s.peerLink;
  return false;
}

/**
 * Whether peer `i` hears its peer over the dual-primary detection heartbeat, from a peer that
 * is primary too: the heartbeat is its own path when separate, and fails with the peer link
 * when it rides on it.
 */
export function heartbeatFromPrimary(config: MclagConfig, s: MclagState, i: number): boolean {
  const dp = config.dualPrimary;
  const peer = s.peers[other(i)]!;
  if (dp === undefined || !peer.alive || peer.role !== 'primary') return false;
  return dp.heartbeat === 'separate' ? s.heartbeatLink : s.peerLink;
}

/** Whether both peers are alive, the peer link is up and both have synchronised over it. */
export function coordinated(s: MclagState): boolean {
  return s.peerLink && s.peers.every((p) => p.alive && p.pl === 'up');
}

/** The system id the server sees on its link to peer `i`. */
export function systemOf(s: MclagState, i: number): Aggregator {
  return s.peers[i]!.sysId === 'shared' ? 'shared' : i === 0 ? 'own0' : 'own1';
}

/** Whether the server's link to peer `i` is up at both ends (peer alive, port not suspended). */
export function memberUp(s: MclagState, i: number): boolean {
  const p = s.peers[i]!;
  return p.alive && p.members === 'up' && s.memberLinks[i] === true;
}

/** Whether the server bond distributes traffic over its link to peer `i`. */
export function distributing(s: MclagState, i: number): boolean {
  return memberUp(s, i) && systemOf(s, i) === s.agg;
}

/** Split brain: both peers alive and primary, uncoordinated, and the server bond distributing over both. */
export function dualActive(s: MclagState): boolean {
  return !coordinated(s) && s.peers.every((p) => p.alive && p.role === 'primary') && distributing(s, 0) && distributing(s, 1);
}
