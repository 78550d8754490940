/**
 * Connecting: the two nodes compare their data generations and resync, or detect a split
 * brain and apply the after-sb policies (PROTOCOLS.md §2.4; UG8.4 internals.adoc §How DRBD
 * uses generation identifiers; administration.adoc §Automatic split brain recovery policies).
 *
 * Generations are abstracted to one flag per node (`newGen`: its current UUID moved on since
 * the last common one):
 * - one node moved on → it is the sync source;
 * - neither moved on → a Primary frozen by `resource-and-stonith` (its bitmap holds what it
 *   wrote since the peer left), else the crashed Primary (activity-log resync), is the source;
 *   otherwise the data is the same generation and nothing is synced;
 * - both moved on → split brain: the policy for the number of Primaries picks a victim (sync
 *   target, its own changes discarded) or both drop to StandAlone and stay there.
 * A resync is one atomic step (no Inconsistent window); a sync target that is Primary is a
 * `rr-conflict` (default disconnect → StandAlone). A Diskless node connects without a resync.
 */
import type { DrbdConfig } from './config.js';
import { holds, type DrbdState, type NodeState } from './state.js';

type Node = 0 | 1;

/** Whether the two nodes can connect now (both up and waiting, link up). */
export function connectEnabled(s: DrbdState): boolean {
  return s.link === 'up' && s.nodes.every((n) => n.up && n.conn === 'WFConnection');
}

/** The split-brain victim under the `after-sb-0pri` policy, or null to disconnect. */
export function victim0Pri(config: DrbdConfig, s: DrbdState): Node | null {
  const younger = s.lastPromoted;
  const [c0, c1] = [s.nodes[0].changes, s.nodes[1].changes];
  switch (config.afterSb0Pri) {
    case 'disconnect':
      return null;
    case 'discard-younger-primary':
      return younger;
    case 'discard-older-primary':
      return younger === 0 ? 1 : 0;
    case 'discard-zero-changes':
      // Both unchanged: a zero-block "resync" either way; the younger Primary is discarded.
      if (c0 === 0 && c1 === 0) return younger;
      return c0 === 0 ? 0 : c1 === 0 ? 1 : null;
    case 'discard-least-changes':
      return c0 < c1 ? 0 : c1 < c0 ? 1 : younger;
  }
}

/** The split-brain victim for the number of Primaries at detection, or null to disconnect. */
export function splitBrainVictim(config: DrbdConfig, s: DrbdState): Node | null {
  const primaries = s.nodes.flatMap((n, i) => (n.role === 'Primary' ? [i as Node] : []));
  if (primaries.length === 0) return victim0Pri(config, s);
  if (primaries.length === 2) return null; // after-sb-2pri: only `disconnect` is modelled
  const secondary: Node = primaries[0] === 0 ? 1 : 0;
  switch (config.afterSb1Pri) {
    case 'disconnect':
      return null;
    case 'discard-secondary':
      return secondary;
    case 'consensus':
      return victim0Pri(config, s) === secondary ? secondary : null;
  }
}

/** The sync source when both nodes connect, `null` for no resync, or `'split-brain'`. */
export function syncSource(s: DrbdState): Node | null | 'split-brain' {
  const [a, b] = s.nodes;
  if (a.disk === 'Diskless' || b.disk === 'Diskless') return null;
  if (a.newGen && b.newGen) return 'split-brain';
  if (a.newGen || b.newGen) return a.newGen ? 0 : 1;
  // A Primary frozen by resource-and-stonith has not moved its UUID yet, but its bitmap
  // marks what it wrote since the peer left: it is the source.
  if (a.fencePending !== b.fencePending) return a.fencePending ? 0 : 1;
  if (a.crashedPrimary !== b.crashedPrimary) return a.crashedPrimary ? 0 : 1;
  return null;
}

const standAlone = (n: NodeState): NodeState => ({ ...n, conn: 'StandAlone' });

/** The two nodes connect: resync, or split brain resolved by policy, or StandAlone. */
export function connect(config: DrbdConfig, s: DrbdState): DrbdState {
  const source = syncSource(s);
  const twoPrimaries = s.nodes.every((n) => n.role === 'Primary') && !config.allowTwoPrimaries;
  let from: Node | null;
  if (source === 'split-brain') {
    const v = splitBrainVictim(config, s);
    if (v === null) return { ...s, nodes: [standAlone(s.nodes[0]), standAlone(s.nodes[1])] };
    from = v === 0 ? 1 : 0;
  } else {
    from = source;
  }
  const target = from === null ? null : from === 0 ? 1 : 0;
  if (twoPrimaries || (target !== null && s.nodes[target].role === 'Primary')) {
    return { ...s, nodes: [standAlone(s.nodes[0]), standAlone(s.nodes[1])] };
  }
  const synced = from === null ? null : holds(s.nodes[from]);
  const frozen = s.nodes[0].pending | s.nodes[1].pending;
  const nodes = s.nodes.map((n, i): NodeState => {
    return {
      ...n,
      conn: 'Connected',
      disk: n.disk === 'Diskless' ? 'Diskless' : 'UpToDate',
      data: i === target && synced !== null ? synced : n.data,
      mem: i === target ? 0 : n.mem,
      pending: 0,
      newGen: false,
      crashedPrimary: false,
      changes: 0,
      fencePending: false,
    };
  }) as unknown as readonly [NodeState, NodeState];
  // Writes frozen by resource-and-stonith complete now, where a disk holds them.
  const held = nodes.reduce((m, n) => (n.disk === 'Diskless' ? m : m | holds(n)), 0);
  return { ...s, nodes, acked: s.acked | (frozen & held) };
}
