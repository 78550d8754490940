/**
 * MC-LAG domain parameters as an operator writes them, and their resolution into the model's
 * discrete time (1 tick = 1 s). The vendor policies are the facts of PROTOCOLS.md §5:
 *
 * | vendor preset  | peer link lost, peer alive | peer judged dead           | auto-recovery |
 * |----------------|----------------------------|----------------------------|---------------|
 * | `cisco-vpc`    | secondary suspends (§5.3)  | secondary becomes primary  | off (opt-in)  |
 * | `cumulus-clag` | secondary protodown (§5.2) | own LACP system id (§5.2)  | on (§5.2)     |
 * | `arista-mlag`  | secondary promotes (§5.4)  | secondary becomes primary  | off           |
 * | `aruba-vsx`    | secondary brings its VSX LAGs down | survivor keeps its LAGs up | `split-recovery`, on by default |
 *
 * Aruba VSX (AOS-CX 10.03 VSX guide, "Keepalive response in ISL failure scenarios" and
 * `split-recovery`): "When the ISL goes out-of-sync and keepalive is established, the secondary
 * VSX LAGs are brought down. If keepalive then also fails, this situation causes a split
 * condition. In this case, if split recovery mode is enabled, the secondary switch restores its
 * VSX LAGs"; "Split recovery mode is enabled by default"; with ISL and keepalive down because
 * the peer died, "the switch that is up continues to keep its VSX LAG links up". So
 * split-recovery is the auto-recovery column: it chooses availability (the server keeps a path
 * if the primary then dies) over safety (both peers forward if it did not: dual-active).
 *
 * Arista EOS MLAG promotes the secondary when the peer link is lost (`promote-secondary`, with
 * or without dual-primary detection). `dual-primary detection delay <s> action errdisable
 * all-interfaces` with `peer-address heartbeat <ip>` adds a second path, the heartbeat: the
 * promoted secondary that still hears its peer (primary too) over the heartbeat for the delay
 * errdisables its interfaces; `dual-primary recovery delay mlag <s>` keeps its MLAG interfaces
 * down that long after the peer link returns ({@link DualPrimaryDetection}, models/mclag/steps.ts).
 */

/** Fault kinds an MC-LAG design can inject (names used under `faults.kinds`). */
export const MCLAG_FAULT_KINDS = ['peer-link', 'keepalive', 'heartbeat', 'peer', 'member'] as const;
export type MclagFaultKind = (typeof MCLAG_FAULT_KINDS)[number];

/** Where the keepalive (backup, heartbeat) messages travel. */
export type KeepalivePath = 'separate' | 'over-peer-link' | 'none';

/** What the secondary does when the peer link is lost but keepalives still arrive. */
export type PeerLinkLossAction = 'suspend-secondary' | 'promote-secondary';

/** What the secondary does when it judges the peer dead (peer link and keepalive both silent). */
export type PeerLostAction = 'promote' | 'own-system-id';

/** Where Arista's dual-primary detection heartbeat (`peer-address heartbeat`) travels. */
export type HeartbeatPath = 'separate' | 'over-peer-link';

/**
 * Arista dual-primary detection: `peer-address heartbeat <ip> [vrf <vrf>]` plus
 * `dual-primary detection delay <delay> action errdisable all-interfaces` and
 * `dual-primary recovery delay mlag <recoveryDelay> non-mlag <s>`.
 */
export interface DualPrimaryDetection {
  /** Seconds the promoted secondary must hear a primary peer over the heartbeat before it errdisables. */
  readonly delay: number;
  /** The heartbeat's path: the management network (`separate`) or one that shares fate with the peer link. */
  readonly heartbeat: HeartbeatPath;
  /** Seconds the errdisabled MLAG interfaces stay down after the peers meet again over the peer link. */
  readonly recoveryDelay: number;
}

/** One MC-LAG peer switch. */
export interface MclagPeerParams {
  readonly name: string;
  /** Role priority; lower wins (clagd-priority, vPC role priority). */
  readonly priority: number;
}

/** The domain plus the one dual-homed server bond the model follows. */
export interface MclagParams {
  readonly peers: readonly [MclagPeerParams, MclagPeerParams];
  readonly server: string;
  readonly keepalive: KeepalivePath;
  /** Seconds without a keepalive before the peer is judged dead (vPC 5 s, clagd 20 s). */
  readonly keepaliveTimeout: number;
  readonly onPeerLinkLoss: PeerLinkLossAction;
  readonly onPeerLost: PeerLostAction;
  /** A suspended secondary brings its members up once keepalives stop too (vPC auto-recovery). */
  readonly autoRecovery: boolean;
  /** Arista dual-primary detection over its own heartbeat path; absent: none. */
  readonly dualPrimary?: DualPrimaryDetection;
  /**
   * The largest dual-active age the state counts, in seconds (0: not counted). A design that
   * checks `dual-active-at-most: { seconds: k }` needs k + 1; other designs keep their states.
   */
  readonly dualActiveCap?: number;
  readonly faultKinds?: readonly MclagFaultKind[];
}

/** The resolved configuration the model runs on. */
export interface MclagConfig extends Omit<MclagParams, 'faultKinds' | 'dualActiveCap'> {
  /** Index of the peer that starts as primary (lower priority, then list order). */
  readonly preferredPrimary: 0 | 1;
  /** Keepalive timeout in ticks. */
  readonly timeoutTicks: number;
  readonly faultKinds: ReadonlySet<MclagFaultKind>;
  /** See {@link MclagParams.dualActiveCap}; 0 when not counted. */
  readonly dualActiveCap: number;
  /** The largest value of a peer's dual-primary clock (detection delay, recovery delay). */
  readonly dpClockMax: number;
}

/** The longest keepalive timeout the model accepts, in seconds (ticks). */
export const MAX_KEEPALIVE_TIMEOUT = 60;

/** The longest dual-primary detection or recovery delay the model accepts, in seconds (ticks). */
export const MAX_DUAL_PRIMARY_DELAY = 120;

/** Resolves parameters; throws RangeError outside the documented ranges (the kind reports FL28x first). */
export function resolveMclagConfig(params: MclagParams): MclagConfig {
  const t = params.keepaliveTimeout;
  if (!Number.isInteger(t) || t < 1 || t > MAX_KEEPALIVE_TIMEOUT) {
    throw new RangeError(`keepalive timeout must be whole seconds in 1..${MAX_KEEPALIVE_TIMEOUT}, got ${t}`);
  }
  const dp = params.dualPrimary;
  for (const [what, v] of [['detection delay', dp?.delay], ['recovery delay', dp?.recoveryDelay]] as const) {
    if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > MAX_DUAL_PRIMARY_DELAY)) {
      throw new RangeError(`dual-primary ${what} must be whole seconds in 0..${MAX_DUAL_PRIMARY_DELAY}, got ${v}`);
    }
  }
  const cap = params.dualActiveCap ?? 0;
  if (!Number.isInteger(cap) || cap < 0 || cap > 255) throw new RangeError(`dual-active cap must be whole seconds in 0..255, got ${cap}`);
  const [a, b] = params.peers;
  const { faultKinds, dualActiveCap: _cap, ...rest } = params;
  return {
    ...rest,
    preferredPrimary: b.priority < a.priority ? 1 : 0,
    timeoutTicks: t,
    faultKinds: new Set(faultKinds ?? MCLAG_FAULT_KINDS),
    dualActiveCap: cap,
    dpClockMax: dp === undefined ? 0 : Math.max(dp.delay, dp.recoveryDelay),
  };
}
