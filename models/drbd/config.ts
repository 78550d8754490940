/**
 * DRBD resource parameters as an operator writes them (drbd.conf names) and their resolution
 * into the model's configuration.
 *
 * Sources: PROTOCOLS.md §2.2 (`protocol`), §2.3 (promotion, `--force`), §2.4 (`after-sb-*`
 * policies, defaults all `disconnect`, `include/linux/drbd_limits.h`), §2.5 (`fencing`,
 * `allow-two-primaries`).
 */

/** Fault kinds a DRBD design can inject (names used under `faults.kinds`). */
export const DRBD_FAULT_KINDS = ['crash', 'power', 'link', 'disk'] as const;
/** `crash` (one node crashes / restarts), `power` (both lose power at once), `link` (cut / reconnect), `disk` (a backing disk fails). */
export type DrbdFaultKind = (typeof DRBD_FAULT_KINDS)[number];

/** Replication protocols (PROTOCOLS.md §2.2). */
export type DrbdProtocol = 'A' | 'B' | 'C';
/** `fencing` policies (PROTOCOLS.md §2.5). */
export type FencingPolicy = 'dont-care' | 'resource-only' | 'resource-and-stonith';

/** `after-sb-0pri` policies modelled. */
export const AFTER_SB_0PRI = ['disconnect', 'discard-younger-primary', 'discard-older-primary', 'discard-zero-changes', 'discard-least-changes'] as const;
/** `after-sb-1pri` policies modelled. */
export const AFTER_SB_1PRI = ['disconnect', 'consensus', 'discard-secondary'] as const;
/** `after-sb-2pri` policies modelled. */
export const AFTER_SB_2PRI = ['disconnect'] as const;
export type AfterSb0Pri = (typeof AFTER_SB_0PRI)[number];
export type AfterSb1Pri = (typeof AFTER_SB_1PRI)[number];
export type AfterSb2Pri = (typeof AFTER_SB_2PRI)[number];

/** When the operator promotes (see {@link DrbdParams.promoteWhen}). */
export type PromoteWhen = 'failover' | 'any';

/** One resource on two nodes, as configured. */
export interface DrbdParams {
  /** The two node names; `primary` is the initial Primary (default: the first). */
  readonly nodes: readonly [string, string];
  readonly primary?: 0 | 1;
  /** Default C (drbdsetup-options: "This is the default protocol"). */
  readonly protocol?: DrbdProtocol;
  /** Writes the application issues at most (1..3), each an abstract sequence number. */
  readonly writes?: number;
  readonly fencing?: FencingPolicy;
  readonly allowTwoPrimaries?: boolean;
  readonly afterSb0Pri?: AfterSb0Pri;
  readonly afterSb1Pri?: AfterSb1Pri;
  readonly afterSb2Pri?: AfterSb2Pri;
  /**
   * When the operator (or cluster manager) runs `drbdadm primary`: `failover` — only when no
   * live node is Primary (it knows the Primary is gone); `any` — whenever it likes, DRBD's
   * rules alone decide. Default `failover`.
   */
  readonly promoteWhen?: PromoteWhen;
  /** The operator (or cluster manager) may run `drbdadm primary --force`. Default false. */
  readonly forcePromote?: boolean;
  /** The operator may demote a Primary (`drbdadm secondary`). Default false. */
  readonly demote?: boolean;
  /** Fault kinds `faults(s)` may produce; default: all. */
  readonly faultKinds?: readonly DrbdFaultKind[];
}

/** The resolved configuration the model runs on: every default filled in. */
export interface DrbdConfig {
  readonly nodes: readonly [string, string];
  readonly primary: 0 | 1;
  readonly protocol: DrbdProtocol;
  readonly writes: number;
  readonly fencing: FencingPolicy;
  readonly allowTwoPrimaries: boolean;
  readonly afterSb0Pri: AfterSb0Pri;
  readonly afterSb1Pri: AfterSb1Pri;
  readonly afterSb2Pri: AfterSb2Pri;
  readonly promoteWhen: PromoteWhen;
  readonly forcePromote: boolean;
  readonly demote: boolean;
  readonly faultKinds: ReadonlySet<DrbdFaultKind>;
}

/** The largest number of writes the model tracks (a write set is a bit mask). */
export const MAX_WRITES = 3;

/** Fills in DRBD's defaults. Throws RangeError outside the documented ranges (the design kind reports FL26x first). */
export function resolveDrbdConfig(params: DrbdParams): DrbdConfig {
  const writes = params.writes ?? 2;
  if (!Number.isInteger(writes) || writes < 1 || writes > MAX_WRITES) throw new RangeError(`writes must be 1..${MAX_WRITES}, got ${writes}`);
  if (params.nodes[0] === params.nodes[1]) throw new RangeError('the two DRBD nodes need distinct names');
  return {
    nodes: params.nodes,
    primary: params.primary ?? 0,
    protocol: params.protocol ?? 'C',
    writes,
    fencing: params.fencing ?? 'dont-care',
    allowTwoPrimaries: params.allowTwoPrimaries ?? false,
    afterSb0Pri: params.afterSb0Pri ?? 'disconnect',
    afterSb1Pri: params.afterSb1Pri ?? 'disconnect',
    afterSb2Pri: params.afterSb2Pri ?? 'disconnect',
    promoteWhen: params.promoteWhen ?? 'failover',
    forcePromote: params.forcePromote ?? false,
    demote: params.demote ?? false,
    faultKinds: new Set(params.faultKinds ?? DRBD_FAULT_KINDS),
  };
}
