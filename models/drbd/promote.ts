/**
 * Role changes: `drbdadm primary [--force]`, `drbdadm secondary`, and the fence-peer handler.
 *
 * Promotion rules (PROTOCOLS.md §2.3; kernel `drbd_nl.c: drbd_set_role`,
 * `drbd_state.c: is_valid_state`):
 * - refused while the peer is Primary and connected, unless `allow-two-primaries`
 *   (`SS_TWO_PRIMARIES`);
 * - refused on a Diskless node (a diskless Primary over the network is not modelled) and on
 *   Outdated data unless `--force` (`SS_NO_UP_TO_DATE_DISK`); `--force` makes it UpToDate;
 * - a disconnected node with fencing ≠ dont-care first calls the fence-peer handler
 *   (`conn_try_outdate_peer`, exit codes UG8.4 internals.adoc §The peer fencing interface):
 *   peer unreachable (down) → 5, assumed dead, proceed; peer Secondary → 4, peer Outdated,
 *   proceed; peer Primary → 6, this node outdates itself and the promotion fails (unless
 *   `--force`: "Forced into split brain situation!"). The handler's other path to the peer is
 *   assumed to work;
 * - a Consistent disk (after a restart, peer unknown) becomes UpToDate; with dont-care
 *   `conn_try_outdate_peer` returns true at once;
 * - a disconnected node becoming Primary starts a new data generation (UG8.4 internals.adoc
 *   §Data generations).
 */
import type { DrbdConfig } from './config.js';
import { applyCrash } from './crash.js';
import { connected, holds, missing, peerOf, withNode, type DiskState, type DrbdState } from './state.js';

type Node = 0 | 1;

/** Why a promotion was refused (DRBD's state-change error names). */
export type PromoteRefusal = 'not-secondary' | 'two-primaries' | 'no-disk' | 'no-up-to-date-disk' | 'peer-is-primary';

/** The outcome of `drbdadm primary`: the new state (a refusal can still outdate this node). */
export type PromoteOutcome = { readonly ok: true; readonly state: DrbdState } | { readonly ok: false; readonly reason: PromoteRefusal; readonly state: DrbdState };

const consistent = (d: DiskState): boolean => d === 'UpToDate' || d === 'Consistent';

/** `drbdadm primary` (with `--force` when `force`) on node `i`. Exported for composed models (keepalived notify scripts). */
export function promote(config: DrbdConfig, s: DrbdState, i: Node, force: boolean): PromoteOutcome {
  const n = s.nodes[i];
  const j = peerOf(i);
  const peer = s.nodes[j];
  if (!n.up || n.role === 'Primary') return { ok: false, reason: 'not-secondary', state: s };
  const linked = connected(s);
  if (linked && peer.role === 'Primary' && !config.allowTwoPrimaries) return { ok: false, reason: 'two-primaries', state: s };
  if (n.disk === 'Diskless') return { ok: false, reason: 'no-disk', state: s };
  if (!consistent(n.disk) && !force) return { ok: false, reason: 'no-up-to-date-disk', state: s };
  let t = s;
  if (!linked && config.fencing !== 'dont-care') {
    if (peer.up && peer.role === 'Primary') {
      if (!force) {
        const self = consistent(n.disk) ? 'Outdated' : n.disk;
        return { ok: false, reason: 'peer-is-primary', state: withNode(s, i, { ...n, disk: self }) };
      }
    } else if (peer.up && consistent(peer.disk)) {
      t = withNode(t, j, { ...peer, disk: 'Outdated' });
    }
  }
  const stale = missing(s.acked, holds(n)) !== 0 || !consistent(n.disk);
  const promoted = { ...n, role: 'Primary' as const, disk: 'UpToDate' as const, newGen: n.newGen || !linked };
  return { ok: true, state: { ...withNode(t, i, promoted), lastPromoted: i, stalePromotion: stale } };
}

/** Whether `drbdadm secondary` on `i` is possible: a Primary with no write in flight or frozen. */
export function demoteEnabled(s: DrbdState, i: Node): boolean {
  const n = s.nodes[i];
  return n.up && n.role === 'Primary' && n.pending === 0 && !n.fencePending;
}

/** `drbdadm secondary` on `i`. */
export function demote(s: DrbdState, i: Node): DrbdState {
  return withNode(s, i, { ...s.nodes[i], role: 'Secondary' });
}

/**
 * Disconnected Primary `i` runs its fence-peer handler: a live Secondary peer is outdated
 * (exit 4); a down peer is unreachable (exit 5, assumed dead); a live Primary peer refuses
 * (exit 6) — under `resource-and-stonith` it is STONITHed instead (exit 7). Then I/O resumes:
 * under `resource-and-stonith` the new generation starts and frozen writes complete now.
 */
export function fence(config: DrbdConfig, s: DrbdState, i: Node): DrbdState {
  const j = peerOf(i);
  const peer = s.nodes[j];
  let t = s;
  if (peer.up && peer.role === 'Secondary' && consistent(peer.disk)) t = withNode(t, j, { ...peer, disk: 'Outdated' });
  if (peer.up && peer.role === 'Primary' && config.fencing === 'resource-and-stonith') t = applyCrash(t, j);
  const n = t.nodes[i];
  if (config.fencing !== 'resource-and-stonith') return withNode(t, i, { ...n, fencePending: false });
  return { ...withNode(t, i, { ...n, fencePending: false, newGen: true, pending: 0 }), acked: t.acked | (n.pending & holds(n)) };
}
