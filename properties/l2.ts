/**
 * Layer-2 requirements over the converged model (models/l2/l2Model.ts):
 * - `reachable`: named endpoint pairs reach each other both ways; without pairs, every live
 *   endpoint reaches every other (decided by components, not pair by pair). A failed host is
 *   not a broken network: it only fails the pairs that name it.
 * - `no-forwarding-loop`: no cycle among forwarding ports (a broadcast storm).
 */
import { always, type AlwaysProperty } from '../src/core/property.js';
import { linkUpLoop, type LinkUpLoop } from '../models/l2/linkUpLoop.js';
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

/**
 * No cycle among forwarding ports. With `linkUp`, none either in the moment a link whose ends
 * forward at once (edge ports, switches without spanning tree) comes up, before its first
 * BPDU (models/l2/linkUpLoop.ts).
 */
export function noForwardingLoop(model: L2Model, options: { readonly linkUp?: boolean } = {}): AlwaysProperty<L2State> {
  if (options.linkUp !== true) {
    return always('no-forwarding-loop', (s) => model.converged(s).forwardingLoop() === null, {
      description: 'no cycle among forwarding ports (no broadcast storm)',
    });
  }
  const linkUp = linkUpLoopOf(model);
  return always('no-forwarding-loop', (s) => model.converged(s).forwardingLoop() === null && linkUp(s) === null, {
    description: 'no cycle among forwarding ports (no broadcast storm), converged or while an edge link comes up before its first BPDU',
  });
}

/** {@link linkUpLoop} over `model`'s states, memoised per fault set (the last 256). */
export function linkUpLoopOf(model: L2Model): (s: L2State) => LinkUpLoop | null {
  const cache = new Map<string, LinkUpLoop | null>();
  return (s) => {
    const key = s.failed.join(',');
    if (cache.has(key)) return cache.get(key)!;
    const found = linkUpLoop(model.context, model.converged(s));
    if (cache.size >= 256) cache.delete(cache.keys().next().value!);
    cache.set(key, found);
    return found;
  };
}
