/**
 * DRBD: one resource replicated between two nodes, at protocol level.
 *
 * What is modelled
 * - Per node: up/down, role Primary/Secondary, disk state (UpToDate, Consistent, Outdated,
 *   Diskless), connection state (Connected, WFConnection, StandAlone); what its disk holds,
 *   what it received into memory, what sits in its send buffer, which of its writes wait for
 *   their acknowledgement; the data-generation flags DRBD keeps in its metadata (new current
 *   UUID, crashed-primary) and the writes made while disconnected.
 * - Writes as abstract sequence numbers 1..W issued by the application on a Primary,
 *   acknowledged per protocol A/B/C (replicate.ts, PROTOCOLS.md §2.2). Replication is FIFO:
 *   `deliver` moves the oldest sent write into the peer's memory, `persist` the oldest received
 *   write onto the peer's disk.
 * - Promotion and demotion as explicit operator / cluster-manager actions with DRBD's rules,
 *   fencing `resource-only` / `resource-and-stonith` with a fence-peer handler
 *   (promote.ts, §2.3, §2.5); connecting with resync, split-brain detection and the after-sb
 *   policies (connect.ts, §2.4).
 * - Faults (`faults.kinds`): node crash / restart, both nodes losing power, link cut /
 *   reconnect, disk failure (faults.ts).
 *
 * Sources: PROTOCOLS.md §2 (LINBIT User's Guides 8.4/9, drbd-utils drbd.conf and drbdsetup
 * documentation, kernel `drbd_state.c`, `drbd_nl.c`, `drbd_limits.h`).
 *
 * Abstracted away (docs/decisions/0009-drbd-model.md): UUIDs and bitmaps (one "moved on" flag
 * per node and whole-disk write sets), the activity log, resync progress and the
 * Inconsistent window (a resync is one step), DRBD 9 multi-peer, quorum and auto-promote,
 * timers (ping, connect-int, ko-count: detection is immediate), reads, a diskless Primary's
 * I/O over the network (it issues no writes), the fence-peer handler's own path (it always
 * reaches a live peer), manual split-brain recovery (StandAlone stays StandAlone), the
 * `pri-lost-after-sb` handler and `violently-as0p`.
 *
 * Expected verdicts (models/designs/s1-*.yaml)
 * - protocol A: `no-acked-write-lost` and `no-stale-promotion` fail after one Primary crash
 *   (the acked write was still in the send buffer) — s1-drbd-protocol.pitfall;
 * - protocol B: they fail when both nodes lose power while the write sat in the Secondary's
 *   memory and the old Secondary is promoted — s1-drbd-protocol-b.pitfall;
 * - protocol C: all four properties hold under crash and power loss — s1-drbd-protocol.fix.
 *   Adding link cuts breaks C too unless fencing is `resource-and-stonith`: a Primary that lost
 *   its peer keeps acknowledging local writes, and `resource-only` lets the peer be promoted
 *   after that Primary crashes before its handler ran.
 */
import { codecOf } from '../../src/core/layout.js';
import type { Model } from '../../src/core/model.js';
import { formatDrbdAction, isFault, type DrbdAction, type DrbdStep } from './actions.js';
import { resolveDrbdConfig, type DrbdConfig, type DrbdParams } from './config.js';
import { connect, connectEnabled } from './connect.js';
import { applyFault, enabledFaults } from './faults.js';
import { demote, demoteEnabled, fence, promote } from './promote.js';
import { deliver, persist, write, writeEnabled } from './replicate.js';
import { drbdLayout, type DrbdState, type NodeState } from './state.js';
import { drbdView } from './view.js';

/** The DRBD model plus the configuration it was built from. */
export type DrbdModel = Model<DrbdState, DrbdAction> & { readonly config: DrbdConfig };

const NODES = [0, 1] as const;

/** Builds the model of one two-node DRBD resource. */
export function createDrbdModel(params: DrbdParams | DrbdConfig): DrbdModel {
  const config = 'faultKinds' in params && params.faultKinds instanceof Set ? (params as DrbdConfig) : resolveDrbdConfig(params as DrbdParams);
  return {
    name: 'drbd',
    config,
    codec: codecOf(drbdLayout(config)),
    initialStates: () => [initialState(config)],
    actions: (s) => enabledSteps(config, s),
    faults: (s) => enabledFaults(config, s),
    next(s, a) {
      const t: DrbdState = { ...s, stalePromotion: false };
      return isFault(a) ? applyFault(config, t, a) : step(config, t, a);
    },
    view: (s) => drbdView(config, s),
    formatAction: (a) => formatDrbdAction(config, a),
  };
}

/** Both nodes up and connected, both disks UpToDate, nothing written yet. */
export function initialState(config: DrbdConfig): DrbdState {
  const node = (role: NodeState['role']): NodeState => ({
    up: true,
    role,
    disk: 'UpToDate',
    conn: 'Connected',
    data: 0,
    mem: 0,
    sent: 0,
    pending: 0,
    newGen: false,
    crashedPrimary: false,
    changes: 0,
    fencePending: false,
  });
  return {
    nodes: config.primary === 0 ? [node('Primary'), node('Secondary')] : [node('Secondary'), node('Primary')],
    link: 'up',
    issued: 0,
    acked: 0,
    lastPromoted: config.primary,
    stalePromotion: false,
  };
}

/** Enabled steps in a fixed order: per node write, deliver, persist, fence; connect; per node demote, promote (the operator's policy first). */
function enabledSteps(config: DrbdConfig, s: DrbdState): DrbdStep[] {
  const out: DrbdStep[] = [];
  for (const node of NODES) {
    const n = s.nodes[node];
    if (writeEnabled(config, s, node)) out.push({ type: 'write', node });
    if (n.sent !== 0) out.push({ type: 'deliver', node });
    if (n.up && n.mem !== 0) out.push({ type: 'persist', node });
    if (n.up && n.fencePending) out.push({ type: 'fence', node });
  }
  if (connectEnabled(s)) out.push({ type: 'connect' });
  const operatorPromotes = config.promoteWhen === 'any' || !s.nodes.some((n) => n.up && n.role === 'Primary');
  for (const node of NODES) {
    if (config.demote && demoteEnabled(s, node)) out.push({ type: 'demote', node });
    if (!operatorPromotes) continue;
    const plain = promote(config, s, node, false);
    if (plain.state !== s) out.push({ type: 'promote', node, force: false });
    if (!plain.ok && config.forcePromote && plain.reason !== 'not-secondary' && plain.reason !== 'two-primaries' && plain.reason !== 'no-disk') {
      out.push({ type: 'promote', node, force: true });
    }
  }
  return out;
}

function step(config: DrbdConfig, s: DrbdState, a: DrbdStep): DrbdState {
  switch (a.type) {
    case 'write':
      return write(config, s, a.node);
    case 'deliver':
      return deliver(config, s, a.node);
    case 'persist':
      return persist(config, s, a.node);
    case 'fence':
      return fence(config, s, a.node);
    case 'connect':
      return connect(config, s);
    case 'promote':
      return promote(config, s, a.node, a.force).state;
    case 'demote':
      return demote(s, a.node);
  }
}

