/**
 * A node going down: what survives a crash or power loss is the backing disk and the
 * metadata flags; memory, send buffer and the application's pending writes are gone.
 */
import { withNode, type DrbdState } from './state.js';

/** Node `i` goes down (no effect on its peer: see `faults.ts` for the peer's side). */
export function applyCrash(s: DrbdState, i: 0 | 1): DrbdState {
  const n = s.nodes[i];
  return withNode(s, i, {
    ...n,
    up: false,
    role: 'Secondary',
    conn: 'WFConnection',
    mem: 0,
    sent: 0,
    pending: 0,
    fencePending: false,
    crashedPrimary: n.crashedPrimary || n.role === 'Primary',
  });
}

/** Node `i` boots: Secondary, waiting for its peer; an UpToDate disk is only Consistent until it connects. */
export function applyRestart(s: DrbdState, i: 0 | 1): DrbdState {
  const n = s.nodes[i];
  return withNode(s, i, { ...n, up: true, disk: n.disk === 'UpToDate' ? 'Consistent' : n.disk });
}
