/**
 * `stp-within-max-age`: no RSTP bridge lies farther from its root than the root's Max Age
 * carries (one second of Message Age per hop; models/stp/hopsFromRoot.ts has the sources).
 * A bridge beyond it ages the root's information out as soon as it arrives and flaps between
 * roots; the converged tree faultline computes for it is not what it runs (issue 12 item 8).
 * Checked in every converged state, so a fault that stretches the tree (a ring cut next to
 * the root) is found.
 */
import { always, type AlwaysProperty } from '../src/core/property.js';
import type { L2Model, L2State } from '../models/l2/l2Model.js';
import { beyondMaxAge } from '../models/stp/hopsFromRoot.js';

/** The default Max Age, seconds (802.1D-2004 Table 17-1; Linux `br_device.c`). */
export const DEFAULT_MAX_AGE = 20;

/** The root's Max Age per switch name. */
function maxAgeOf(model: L2Model): (root: string) => number {
  const ages = new Map(model.context.topo.topology.nodes.map((n): [string, number] => [n.name, n.stp?.maxAge ?? DEFAULT_MAX_AGE]));
  return (root) => ages.get(root) ?? DEFAULT_MAX_AGE;
}

/** The RSTP bridges beyond their root's Max Age in `state`. */
export function bridgesBeyondMaxAge(model: L2Model, state: L2State): ReturnType<typeof beyondMaxAge> {
  return beyondMaxAge(model.converged(state).stp, maxAgeOf(model));
}

/** Every RSTP bridge is within its root's Max Age. */
export function stpWithinMaxAge(model: L2Model): AlwaysProperty<L2State> {
  return always('stp-within-max-age', (s) => bridgesBeyondMaxAge(model, s).length === 0, {
    description: "no RSTP bridge is farther from its root than the root's max_age carries (one second per hop)",
  });
}
