/**
 * Writes and their replication, acknowledged per protocol (PROTOCOLS.md §2.2, UG8.4
 * features.adoc §Replication modes):
 * - A: once on the local disk and in the TCP send buffer — at `write`;
 * - B: once the peer received it into memory — at `deliver`;
 * - C: once it is on the peer's disk — at the peer's `persist`.
 * A Primary without a connection completes writes on its local disk alone, and when it loses
 * the connection its pending writes complete locally (the blocks are marked out of sync) if
 * its disk still holds them (else they fail, unacknowledged) —
 * except under `resource-and-stonith`, which freezes I/O until the fence-peer handler returns.
 */
import type { DrbdConfig } from './config.js';
import { connected, holds, lowest, peerOf, withNode, type DrbdState } from './state.js';

type Node = 0 | 1;

/** Whether Primary `i` can issue the next write. */
export function writeEnabled(config: DrbdConfig, s: DrbdState, i: Node): boolean {
  const n = s.nodes[i];
  return n.up && n.role === 'Primary' && n.disk === 'UpToDate' && s.issued < config.writes && !(config.fencing === 'resource-and-stonith' && n.fencePending);
}

/** The application on `i` issues write `issued + 1`: local disk, then send buffer if connected. */
export function write(config: DrbdConfig, s: DrbdState, i: Node): DrbdState {
  const w = 1 << s.issued;
  const n = s.nodes[i];
  const t = { ...s, issued: s.issued + 1 };
  if (!connected(s)) {
    return { ...withNode(t, i, { ...n, data: n.data | w, changes: Math.min(n.changes + 1, config.writes) }), acked: s.acked | w };
  }
  const immediate = config.protocol === 'A';
  const node = { ...n, data: n.data | w, sent: n.sent | w, pending: immediate ? n.pending : n.pending | w };
  return { ...withNode(t, i, node), acked: immediate ? s.acked | w : s.acked };
}

/** The oldest write in `i`'s send buffer reaches the peer's memory (protocol B acks it). */
export function deliver(config: DrbdConfig, s: DrbdState, i: Node): DrbdState {
  const j = peerOf(i);
  const w = lowest(s.nodes[i].sent);
  const ack = config.protocol === 'B' && (s.nodes[i].pending & w) !== 0;
  const sender = { ...s.nodes[i], sent: s.nodes[i].sent & ~w, pending: ack ? s.nodes[i].pending & ~w : s.nodes[i].pending };
  const t = withNode(withNode(s, i, sender), j, { ...s.nodes[j], mem: s.nodes[j].mem | w });
  return ack ? { ...t, acked: t.acked | w } : t;
}

/** `i` writes the oldest received write to its disk (protocol C acks it if the writer still waits). */
export function persist(config: DrbdConfig, s: DrbdState, i: Node): DrbdState {
  const w = lowest(s.nodes[i].mem);
  const n = s.nodes[i];
  const t = withNode(s, i, { ...n, mem: n.mem & ~w, data: n.data | w });
  const k = peerOf(i);
  const writer = t.nodes[k];
  if (config.protocol !== 'C' || !writer.up || (writer.pending & w) === 0) return t;
  return { ...withNode(t, k, { ...writer, pending: writer.pending & ~w }), acked: t.acked | w };
}

/**
 * Live node `i` loses its connection (link cut or peer gone): WFConnection, send buffer lost.
 * A Primary starts a new data generation and completes its pending writes locally; with
 * fencing it must run its fence-peer handler, and `resource-and-stonith` defers both the new
 * generation and the completions until the handler returns (I/O frozen, PROTOCOLS.md §2.5).
 */
export function loseConnection(config: DrbdConfig, s: DrbdState, i: Node): DrbdState {
  const n = { ...s.nodes[i], conn: 'WFConnection' as const, sent: 0 };
  if (n.role !== 'Primary') return withNode(s, i, n);
  const fencePending = config.fencing !== 'dont-care';
  if (config.fencing === 'resource-and-stonith') return withNode(s, i, { ...n, fencePending });
  return { ...withNode(s, i, { ...n, newGen: true, pending: 0, fencePending }), acked: s.acked | (n.pending & holds(n)) };
}
