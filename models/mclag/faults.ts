/**
 * Faults and repairs of the MC-LAG model, restricted to the design's fault kinds:
 * `peer-link` (down/up), `keepalive` (the separate keepalive path down/up), `heartbeat` (Arista's
 * separate dual-primary detection heartbeat path down/up), `peer` (a switch
 * crashes / restarts), `member` (the server's link to one peer down/up).
 */
import type { MclagFault } from './actions.js';
import type { MclagConfig } from './config.js';
import { recoveryClock, withPeer } from './steps.js';
import { DEAD, type MclagState } from './state.js';

/** The faults enabled in `s`, in a fixed order: peer link, keepalive, heartbeat, peers, member links. */
export function enabledFaults(config: MclagConfig, s: MclagState): MclagFault[] {
  const out: MclagFault[] = [];
  const kinds = config.faultKinds;
  if (kinds.has('peer-link')) out.push({ type: s.peerLink ? 'peerLinkDown' : 'peerLinkUp' });
  if (kinds.has('keepalive') && config.keepalive === 'separate') out.push({ type: s.keepaliveLink ? 'keepaliveDown' : 'keepaliveUp' });
  if (kinds.has('heartbeat') && config.dualPrimary?.heartbeat === 'separate') out.push({ type: s.heartbeatLink ? 'heartbeatDown' : 'heartbeatUp' });
  if (kinds.has('peer')) s.peers.forEach((p, peer) => out.push({ type: p.alive ? 'crash' : 'restart', peer }));
  if (kinds.has('member')) s.memberLinks.forEach((up, peer) => out.push({ type: up ? 'memberDown' : 'memberUp', peer }));
  return out;
}

/** The state after fault `f` (before the server bond re-selects). */
export function applyFault(config: MclagConfig, s: MclagState, f: MclagFault): MclagState {
  switch (f.type) {
    case 'peerLinkDown':
    case 'peerLinkUp':
      return { ...s, peerLink: f.type === 'peerLinkUp' };
    case 'keepaliveDown':
    case 'keepaliveUp':
      return { ...s, keepaliveLink: f.type === 'keepaliveUp' };
    case 'heartbeatDown':
    case 'heartbeatUp':
      return { ...s, heartbeatLink: f.type === 'heartbeatUp' };
    case 'crash':
      return withPeer(s, f.peer, DEAD);
    case 'restart':
      // §5.2/§5.3: after boot the MLAG/vPC ports stay down until the peer is reached over the
      // peer link (sync), or until auto-recovery gives up on the peer (reload restore).
      return withPeer(s, f.peer, { ...DEAD, alive: true, ka: recoveryClock(config) });
    case 'memberDown':
    case 'memberUp': {
      const memberLinks = [...s.memberLinks];
      memberLinks[f.peer] = f.type === 'memberUp';
      return { ...s, memberLinks };
    }
  }
}
