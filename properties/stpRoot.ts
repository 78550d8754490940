/**
 * `stp-root`: the spanning-tree root is where the design intends it (SCENARIOS L7). The root
 * election picks the lowest bridge id — priority, then MAC — so a design that leaves
 * priorities at their default lets whichever switch has the lowest MAC become root, often an
 * access switch, and every path between core switches then crosses it.
 *
 * The property: while `expected` is up, it is the root of its own tree; while it is down and
 * a `backup` is named and up, the backup is the root of its tree. With both down there is no
 * intended root left, and the property holds.
 */
import { always, type AlwaysProperty } from '../src/core/property.js';
import type { L2Model, L2State } from '../models/l2/l2Model.js';

/** Options of {@link stpRoot}. */
export interface StpRootOptions {
  /** The switch meant to be root. */
  readonly expected: string;
  /** The switch meant to take over as root when `expected` is down. */
  readonly backup?: string;
}

/** The switch that should be root in `state` and the one that is (of its tree), or null when as intended. */
export function misplacedRoot(model: L2Model, state: L2State, options: StpRootOptions): { readonly intended: string; readonly actual: string | null } | null {
  const { bridges } = model.converged(state).stp;
  for (const intended of [options.expected, options.backup]) {
    if (intended === undefined) continue;
    const bridge = bridges.get(intended);
    if (!bridge?.up) continue;
    return bridge.root === intended ? null : { intended, actual: bridge.root };
  }
  return null;
}

/** The intended switch is the spanning-tree root (the backup while the intended one is down). */
export function stpRoot(model: L2Model, options: StpRootOptions): AlwaysProperty<L2State> {
  const backup = options.backup !== undefined ? `, or ${options.backup} while ${options.expected} is down` : '';
  return always('stp-root', (s) => misplacedRoot(model, s, options) === null, {
    description: `the spanning-tree root is ${options.expected}${backup}`,
  });
}
