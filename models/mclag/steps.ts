/**
 * Protocol steps of the MC-LAG peers and time. Steps are urgent: time passes only when no
 * step is enabled, so between faults the model is deterministic.
 *
 * Guards are tagged with the facts they implement (PROTOCOLS.md §5).
 */
import type { MclagStep } from './actions.js';
import type { MclagConfig } from './config.js';
import { keepaliveDelivered, other, type MclagState, type PeerState } from './state.js';

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
      // §5.4 Arista without dual-primary detection: the secondary takes over at once.
      return withPeer(s, a.peer, { ...p, pl: 'lost', role: 'primary', ka: 0, heard: false });
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
  return { ...p, pl: 'lost', role: 'primary', members: 'up', sysId, ka: 0, heard: false };
}

/** Both peers over a working peer link: one primary (the sitting one, else by priority), members up, shared id. */
function sync(config: MclagConfig, s: MclagState): MclagState {
  const primaries = s.peers.flatMap((p, i) => (p.role === 'primary' ? [i] : []));
  const primary = primaries.length === 1 ? primaries[0]! : config.preferredPrimary;
  return {
    ...s,
    peers: s.peers.map((p, i): PeerState => ({
      ...p,
      role: i === primary ? 'primary' : 'secondary',
      members: 'up',
      sysId: 'shared',
      pl: 'up',
      ka: 0,
      heard: false,
    })),
  };
}

/** One second: keepalives arrive or the countdowns run down (only where a peer is listening). */
function tick(config: MclagConfig, s: MclagState): MclagState {
  const peers = s.peers.map((p, i): PeerState => {
    const listening = p.alive && (p.pl === 'waiting' || (config.autoRecovery && suspendedSecondary(p)));
    if (!listening) return p;
    if (keepaliveDelivered(config, s, i)) return { ...p, ka: config.timeoutTicks, heard: p.pl === 'waiting' };
    return { ...p, ka: Math.max(0, p.ka - 1) };
  });
  return { ...s, peers };
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
