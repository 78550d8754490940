/**
 * Brings the HA stack in line with a change of the network: a lost advert direction is the
 * VRRP model's own one-way loss (`lose` / `repair`, with its dual-master grace on repair), a
 * replication path lost or found is DRBD's own `cut` / `reconnect`, and the VIP interface
 * losing or regaining link is keepalived's `track_interface` input (`setNic`). Each is the
 * layer's own fault function, so the layers keep their semantics unchanged.
 */
import { applyFault as applyDrbdFault } from '../drbd/faults.js';
import type { HaStackConfig } from '../hastack/config.js';
import { setNic, vrrpConfigOf } from '../hastack/keepalivedProcess.js';
import type { HaState } from '../hastack/state.js';
import { applyFault as applyVrrpFault } from '../vrrp/faults.js';
import type { SiteLinks } from './links.js';

const NODES = [0, 1] as const;

/** `ha` after the network went from `before` to `after`. */
export function syncLinks(config: HaStackConfig, ha: HaState, before: SiteLinks, after: SiteLinks): HaState {
  let s = ha;
  for (const from of NODES) {
    if (before.advert[from] === after.advert[from]) continue;
    const to = from === 0 ? 1 : 0;
    const vrrp = applyVrrpFault(vrrpConfigOf(config, s), s.vrrp, { type: after.advert[from] ? 'repair' : 'lose', from, to });
    s = { ...s, vrrp: { ...vrrp, failback: false } };
  }
  if (config.drbd && s.drbd && before.replication !== after.replication) {
    s = { ...s, drbd: applyDrbdFault(config.drbd, s.drbd, { type: after.replication ? 'reconnect' : 'cut' }) };
  }
  for (const i of NODES) {
    if (before.carrier[i] !== after.carrier[i]) s = setNic(config, s, i, after.carrier[i]);
  }
  return s;
}
