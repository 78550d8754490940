/**
 * Layer-2 requirements over the converged model (models/l2/l2Model.ts):
 * - `reachable`: named endpoint pairs reach each other both ways; without pairs, every live
 *   endpoint reaches every other (decided by components, not pair by pair). A failed host is
 *   not a broken network: it only fails the pairs that name it.
 * - `no-forwarding-loop`: no cycle among forwarding ports (a broadcast storm).
 */
import { always, type AlwaysProperty } from '../src/core/property.js';
import type { L2Model, L2State } from '../models/l2/l2Model.js';

/** Options of {@link reachable}. */
export interface ReachableOptions {
  /** Endpoint pairs that must reach each other; default: all live endpoints. */
  readonly pairs?: readonly (readonly [string, string])[];
  /** Property name; default `reachable`. */
  readonly name?: string;
}

/** The endpoint pairs that do not reach each other both ways in `state` (empty when it holds). */
export function unreachablePairs(model: L2Model, state: L2State, pairs?: ReachableOptions['pairs']): (readonly [string, string])[] {
  const c = model.converged(state);
  if (pairs === undefined) {
    const pair = c.unreachablePair();
    return pair ? [pair] : [];
  }
  return pairs.filter(([a, b]) => !c.reachable(a, b));
}

/** Endpoints reach each other after the faults (named pairs, or all). */
export function reachable(model: L2Model, options: ReachableOptions = {}): AlwaysProperty<L2State> {
  const { pairs } = options;
  const what = pairs ? pairs.map(([a, b]) => `${a}↔${b}`).join(', ') : 'every pair of live endpoints';
  return always(options.name ?? 'reachable', (s) => unreachablePairs(model, s, pairs).length === 0, {
    description: `frames pass both ways between ${what}`,
  });
}

/** No cycle among forwarding ports. */
export function noForwardingLoop(model: L2Model): AlwaysProperty<L2State> {
  return always('no-forwarding-loop', (s) => model.converged(s).forwardingLoop() === null, {
    description: 'no cycle among forwarding ports (no broadcast storm)',
  });
}
