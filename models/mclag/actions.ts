/**
 * Actions of the MC-LAG model: protocol steps and time (from `actions(s)`) and faults with
 * their repairs (from `faults(s)`, each counted against the fault budget).
 */
import type { MclagConfig } from './config.js';

/** Protocol steps (instantaneous and urgent) and time passing. */
export type MclagStep =
  /** The peer notices the peer link is gone (carrier loss or the peer's death). */
  | { readonly type: 'detect'; readonly peer: number }
  /** A waiting secondary heard a keepalive: the peer is alive, apply the peer-link-loss policy. */
  | { readonly type: 'peerAlive'; readonly peer: number }
  /** A waiting secondary heard nothing for the timeout: the peer is judged dead. */
  | { readonly type: 'peerDead'; readonly peer: number }
  /** A suspended secondary lost the keepalives too and brings its members back (auto-recovery). */
  | { readonly type: 'autoRecover'; readonly peer: number }
  /** Arista: the promoted secondary heard a primary peer over the heartbeat for the delay: it errdisables. */
  | { readonly type: 'dualPrimary'; readonly peer: number }
  /** Arista: the dual-primary recovery delay ran out after the peers met again: MLAG interfaces come up. */
  | { readonly type: 'dualPrimaryRecovered'; readonly peer: number }
  /** Both peers meet over the restored peer link: roles settle, members come up. */
  | { readonly type: 'sync' }
  | { readonly type: 'tick' };

/** Faults and repairs. */
export type MclagFault =
  | { readonly type: 'peerLinkDown' }
  | { readonly type: 'peerLinkUp' }
  | { readonly type: 'keepaliveDown' }
  | { readonly type: 'keepaliveUp' }
  | { readonly type: 'heartbeatDown' }
  | { readonly type: 'heartbeatUp' }
  | { readonly type: 'crash'; readonly peer: number }
  | { readonly type: 'restart'; readonly peer: number }
  | { readonly type: 'memberDown'; readonly peer: number }
  | { readonly type: 'memberUp'; readonly peer: number };

export type MclagAction = MclagStep | MclagFault;

const STEPS: ReadonlySet<string> = new Set(['detect', 'peerAlive', 'peerDead', 'autoRecover', 'dualPrimary', 'dualPrimaryRecovered', 'sync', 'tick']);

/** Whether an action is a fault or repair. */
export function isMclagFault(action: MclagAction): action is MclagFault {
  return !STEPS.has(action.type);
}

/** `peerLinkDown`, `detect(leaf2)`, `memberDown(leaf1)`, `tick`. */
export function formatMclagAction(config: MclagConfig, action: MclagAction): string {
  if (!('peer' in action)) return action.type;
  return `${action.type}(${config.peers[action.peer]?.name ?? `#${action.peer}`})`;
}
