/**
 * Protocol steps of the MC-LAG peers and time. Steps are urgent: time passes only when no
 * step is enabled, so between faults the model is deterministic.
 *
 * Guards are tagged with the facts they implement (PROTOCOLS.md §5).
 */
import type { MclagStep } from './actions.js';
import type { MclagConfig } from './config.js';
import { heartbeatFromPrimary, keepaliveDelivered, other, type MclagState, type PeerState } from './state.js';

/** The enabled protocol steps of `s`, in a fixed order; `tick` only when nothing else is. */
export function enabledSteps(config: MclagConfig, s: MclagState): MclagStep[] {
  const out: MclagStep[] = [];
  s.peers.forEach((p, peer) => {
    if (!p.alive) return;
    // §5.1: the peer link is lost to a peer when it fails or when the other peer dies.
    if (p.pl === 'up' && !(s.peerLink && s.peers[other(peer)]!.alive)) out.push({ type: 'detect', peer });
    if (p.pl === 'waiting' && p.heard) out.push({ type: 'peerAlive', peer });
    if (p.pl === 'waiting' && !p.heard && p.ka === 0) out.push({ type: 'peerDead', peer });
    if (config.autoRecovery && suspendedSecondary(p) && p.ka === 0) out.push({ type: 'autoRecover', peer });
    // Arista: a primary peer heard over the heartbeat for the whole detection delay.
    if (p.dp === 'detecting' && p.dpClock === 0 && heartbeatFromPrimary(config, s, peer)) out.push({ type: 'dualPrimary', peer });
    if (p.dp === 'recovering' && p.dpClock === 0) out.push({ type: 'dualPrimaryRecovered', peer });
  });
  if (s.peerLink && s.peers.every((p) => p.alive) && s.peers.some((p) => p.pl !== 'up')) out.push({ type: 'sync' });
  if (out.length === 0) out.push({ type: 'tick' });
  return out;
}

/** A secondary that suspended its members after losing the peer link (and tracks keepalives). */
function suspendedSecondary(p: PeerState): boolean {
  return p.alive && p.pl === 'lost' && p.role === 'secondary' && p.members === 'suspended';
}

/** The state after step `a` (before the server bond re-selects). */
export function applyStep(config: MclagConfig, s: MclagState, a: MclagStep): MclagState {
  switch (a.type) {
    case 'tick':
      return tick(config, s);
    case 'sync':
      return sync(config, s);
    case 'detect': {
      const p = s.peers[a.peer]!;
      // §5.3: the keepalive status is consulted only when the peer link goes down; the
      // secondary waits up to the timeout for a fresh keepalive. The primary keeps forwarding.
      if (p.role === 'primary') return withPeer(s, a.peer, { ...p, pl: 'lost', ka: 0, heard: false });
      return withPeer(s, a.peer, { ...p, pl: 'waiting', ka: config.timeoutTicks, heard: false });
    }
    case 'peerAlive': {
      const p = s.peers[a.peer]!;
      if (config.onPeerLinkLoss === 'suspend-secondary') {
        // §5.3 VPC_SUSP_ALL_VPC; §5.2 clagd protodown; §5.4 Arista dual-primary errdisable.
        return withPeer(s, a.peer, { ...p, pl: 'lost', members: 'suspended', ka: recoveryClock(config), heard: false });
      }
      // §5.4 Arista: the secondary takes over at once (dual-primary detection, if any, starts now).
      return withPeer(s, a.peer, { ...p, pl: 'lost', role: 'primary', ka: 0, heard: false, ...detection(config) });
    }
    case 'dualPrimary': {
      // §5.4 `action errdisable all-interfaces`: the former secondary takes every port down,
      // its MLAG interface to the server with them, and leaves the role to its peer.
      const p = s.peers[a.peer]!;
      return withPeer(s, a.peer, { ...p, role: 'secondary', members: 'suspended', dp: 'errdisabled', dpClock: 0 });
    }
    case 'dualPrimaryRecovered': {
      const p = s.peers[a.peer]!;
      return withPeer(s, a.peer, { ...p, members: 'up', dp: 'idle', dpClock: 0 });
    }
    case 'peerDead':
    case 'autoRecover':
      return withPeer(s, a.peer, takeOver(config, s.peers[a.peer]!));
  }
}

/**
 * The secondary acts alone: §5.3 it becomes operational primary (auto-recovery brings its
 * suspended vPCs up); §5.2 clagd instead sends its own LACP system id, so the server's bond
 * sees a different partner on that link.
 */
function takeOver(config: MclagConfig, p: PeerState): PeerState {
  const sysId = config.onPeerLost === 'own-system-id' ? 'own' : 'shared';
  return { ...p, pl: 'lost', role: 'primary', members: 'up', sysId, ka: 0, heard: false, ...detection(config) };
}

/** A secondary that takes over starts Arista's dual-primary detection, when configured. */
function detection(config: MclagConfig): Pick<PeerState, 'dp' | 'dpClock'> {
  const dp = config.dualPrimary;
  return dp === undefined ? { dp: 'idle', dpClock: 0 } : { dp: 'detecting', dpClock: dp.delay };
}

/**
 * Both peers over a working peer link: one primary (the sitting one, else by priority), members
 * up, shared id. An errdisabled Arista peer keeps its MLAG interfaces down for the dual-primary
 * recovery delay (§5.4 `dual-primary recovery delay mlag <s>`).
 */
function sync(config: MclagConfig, s: MclagState): MclagState {
  const primaries = s.peers.flatMap((p, i) => (p.role === 'primary' ? [i] : []));
  const primary = primaries.length === 1 ? primaries[0]! : config.preferredPrimary;
  const recovery = config.dualPrimary?.recoveryDelay ?? 0;
  return {
    ...s,
    peers: s.peers.map((p, i): PeerState => {
      const recovering = (p.dp === 'errdisabled' || p.dp === 'recovering') && recovery > 0;
      return {
        ...p,
        role: i === primary ? 'primary' : 'secondary',
        members: recovering ? 'suspended' : 'up',
        sysId: 'shared',
        pl: 'up',
        ka: 0,
        heard: false,
        dp: recovering ? 'recovering' : 'idle',
        dpClock: recovering ? (p.dp === 'recovering' ? p.dpClock : recovery) : 0,
      };
    }),
  };
}

/** One second: keepalives arrive or the countdowns run down (only where a peer is listening). */
function tick(config: MclagConfig, s: MclagState): MclagState {
  const peers = s.peers.map((p, i): PeerState => {
    const q = dpTick(config, s, p, i);
    const listening = q.alive && (q.pl === 'waiting' || (config.autoRecovery && suspendedSecondary(q)));
    if (!listening) return q;
    if (keepaliveDelivered(config, s, i)) return { ...q, ka: config.timeoutTicks, heard: q.pl === 'waiting' };
    return { ...q, ka: Math.max(0, q.ka - 1) };
  });
  return { ...s, peers };
}

/**
 * One second of Arista's dual-primary clocks: detection counts the seconds a primary peer is
 * heard over the heartbeat and starts again when it is not; recovery counts down.
 */
function dpTick(config: MclagConfig, s: MclagState, p: PeerState, i: number): PeerState {
  if (!p.alive || config.dualPrimary === undefined) return p;
  if (p.dp === 'detecting') {
    const dpClock = heartbeatFromPrimary(config, s, i) ? Math.max(0, p.dpClock - 1) : config.dualPrimary.delay;
    return dpClock === p.dpClock ? p : { ...p, dpClock };
  }
  if (p.dp === 'recovering' && p.dpClock > 0) return { ...p, dpClock: p.dpClock - 1 };
  return p;
}

/** The keepalive countdown a suspended secondary starts with: only auto-recovery listens. */
export function recoveryClock(config: MclagConfig): number {
  return config.autoRecovery ? config.timeoutTicks : 0;
}

/** `s` with peer `i` replaced. */
export function withPeer(s: MclagState, i: number, p: PeerState): MclagState {
  const peers = [...s.peers];
  peers[i] = p;
  return { ...s, peers };
}
