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
 * Arista with `dual-primary detection` errdisables the former secondary instead of promoting
 * it, which is the `suspend-secondary` action.
 */

/** Fault kinds an MC-LAG design can inject (names used under `faults.kinds`). */
export const MCLAG_FAULT_KINDS = ['peer-link', 'keepalive', 'peer', 'member'] as const;
export type MclagFaultKind = (typeof MCLAG_FAULT_KINDS)[number];

/** Where the keepalive (backup, heartbeat) messages travel. */
export type KeepalivePath = 'separate' | 'over-peer-link' | 'none';

/** What the secondary does when the peer link is lost but keepalives still arrive. */
export type PeerLinkLossAction = 'suspend-secondary' | 'promote-secondary';

/** What the secondary does when it judges the peer dead (peer link and keepalive both silent). */
export type PeerLostAction = 'promote' | 'own-system-id';

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
  readonly faultKinds?: readonly MclagFaultKind[];
}

/** The resolved configuration the model runs on. */
export interface MclagConfig extends Omit<MclagParams, 'faultKinds'> {
  /** Index of the peer that starts as primary (lower priority, then list order). */
  readonly preferredPrimary: 0 | 1;
  /** Keepalive timeout in ticks. */
  readonly timeoutTicks: number;
  readonly faultKinds: ReadonlySet<MclagFaultKind>;
}

/** The longest keepalive timeout the model accepts, in seconds (ticks). */
export const MAX_KEEPALIVE_TIMEOUT = 60;

/** Resolves parameters; throws RangeError outside the documented ranges (the kind reports FL28x first). */
export function resolveMclagConfig(params: MclagParams): MclagConfig {
  const t = params.keepaliveTimeout;
  if (!Number.isInteger(t) || t < 1 || t > MAX_KEEPALIVE_TIMEOUT) {
    throw new RangeError(`keepalive timeout must be whole seconds in 1..${MAX_KEEPALIVE_TIMEOUT}, got ${t}`);
  }
  const [a, b] = params.peers;
  const { faultKinds, ...rest } = params;
  return {
    ...rest,
    preferredPrimary: b.priority < a.priority ? 1 : 0,
    timeoutTicks: t,
    faultKinds: new Set(faultKinds ?? MCLAG_FAULT_KINDS),
  };
}
