/**
 * Actions of the DRBD model: protocol steps, handlers and operator commands (from
 * `actions(s)`) and faults with their repairs (from `faults(s)`, each counted against the
 * fault budget).
 */
import type { DrbdConfig } from './config.js';

type Node = 0 | 1;

/** Protocol steps and operator/cluster-manager commands. */
export type DrbdStep =
  /** The application on Primary `node` issues the next write. */
  | { readonly type: 'write'; readonly node: Node }
  /** The oldest write in `node`'s send buffer reaches the peer's memory. */
  | { readonly type: 'deliver'; readonly node: Node }
  /** `node` writes the oldest received write from memory to its disk. */
  | { readonly type: 'persist'; readonly node: Node }
  /** The two nodes connect and compare generations (resync or split brain). */
  | { readonly type: 'connect' }
  /** A disconnected Primary runs its fence-peer handler. */
  | { readonly type: 'fence'; readonly node: Node }
  /** `drbdadm primary [--force]` on `node`. */
  | { readonly type: 'promote'; readonly node: Node; readonly force: boolean }
  /** `drbdadm secondary` on `node`. */
  | { readonly type: 'demote'; readonly node: Node };

/** Faults and repairs. */
export type DrbdFault =
  | { readonly type: 'crash'; readonly node: Node }
  | { readonly type: 'restart'; readonly node: Node }
  | { readonly type: 'powerLoss' }
  | { readonly type: 'cut' }
  | { readonly type: 'reconnect' }
  | { readonly type: 'diskFailure'; readonly node: Node };

/** Any action of the model. */
export type DrbdAction = DrbdStep | DrbdFault;

const FAULTS: ReadonlySet<string> = new Set(['crash', 'restart', 'powerLoss', 'cut', 'reconnect', 'diskFailure']);

/** Whether an action is a fault or repair. */
export function isFault(action: DrbdAction): action is DrbdFault {
  return FAULTS.has(action.type);
}

/** `write(alice)`, `deliver(alice)`, `promote(bob)`, `promote--force(bob)`, `powerLoss`, `cut`. */
export function formatDrbdAction(config: DrbdConfig, action: DrbdAction): string {
  switch (action.type) {
    case 'connect':
    case 'powerLoss':
    case 'cut':
    case 'reconnect':
      return action.type;
    case 'promote':
      return `${action.force ? 'promote--force' : 'promote'}(${config.nodes[action.node]})`;
    default:
      return `${action.type}(${config.nodes[action.node]})`;
  }
}
