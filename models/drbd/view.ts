/** The flat view of a DRBD state, for diffs and reports: write sets as lists of write numbers. */
import type { StateView } from '../../src/core/model.js';
import type { DrbdConfig } from './config.js';
import { writesOf, type DrbdState } from './state.js';

/** `alice.role`, `alice.disk`, `alice.conn`, `alice.data` ([1, 2]), ..., `link`, `acked`. */
export function drbdView(config: DrbdConfig, s: DrbdState): StateView {
  const view: Record<string, StateView[string]> = {};
  s.nodes.forEach((n, i) => {
    const name = config.nodes[i]!;
    view[`${name}.role`] = n.up ? n.role : 'down';
    view[`${name}.disk`] = n.disk;
    view[`${name}.conn`] = n.up ? n.conn : 'down';
    view[`${name}.data`] = writesOf(n.data);
    view[`${name}.mem`] = writesOf(n.mem);
    view[`${name}.sent`] = writesOf(n.sent);
    view[`${name}.pending`] = writesOf(n.pending);
    view[`${name}.newGeneration`] = n.newGen;
    view[`${name}.crashedPrimary`] = n.crashedPrimary;
    view[`${name}.changes`] = n.changes;
    if (config.fencing !== 'dont-care') view[`${name}.fencePending`] = n.fencePending;
  });
  view['link'] = s.link;
  view['issued'] = s.issued;
  view['acked'] = writesOf(s.acked);
  view['lastPromoted'] = config.nodes[s.lastPromoted];
  view['stalePromotion'] = s.stalePromotion;
  return view;
}
