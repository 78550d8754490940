/** The flat view of a stack state: per node VRRP, keepalived, tracker, script and service; the DRBD view; the client. */
import type { StateView } from '../../src/core/model.js';
import { drbdView } from '../drbd/view.js';
import type { HaStackConfig } from './config.js';
import { vrrpConfigOf } from './keepalivedProcess.js';
import { hostUp, serves, type HaState } from './state.js';

/** `alpha.vrrp`, `alpha.keepalived`, `alpha.priority`, `alpha.tracker`, `alpha.script`, `alpha.mounted`, `alpha.nfs`, `alpha.serves`, `drbd.alpha.role`, ... */
export function haView(config: HaStackConfig, s: HaState): StateView {
  const view: Record<string, StateView[string]> = {};
  const vc = vrrpConfigOf(config, s);
  ([0, 1] as const).forEach((i) => {
    const name = config.names[i];
    const n = s.nodes[i];
    const r = s.vrrp.routers[i]!;
    const up = hostUp(s, i);
    view[`${name}.host`] = up ? 'up' : 'down';
    view[`${name}.keepalived`] = !up ? 'down' : n.kd === 'fault' ? 'FAULT' : n.kd === 'stopped' ? (n.svc >= 0 ? `dead (restart in ${n.svc})` : 'stopped') : r.st;
    view[`${name}.priority`] = vc.routers[i]!.priority;
    view[`${name}.downTimer`] = r.down;
    view[`${name}.advertTimer`] = r.adv;
    config.trackers.forEach((t, k) => {
      const st = n.trks[k]!;
      view[`${name}.${t.name}`] = up && n.kd !== 'stopped' ? `${st.trk} (next in ${st.next})` : 'not running';
    });
    if (config.faultKinds.has('nic') || config.trackInterface) view[`${name}.${config.trackInterface?.name ?? 'nic'}`] = n.nic ? 'up' : 'down';
    if (config.faultKinds.has('script')) view[`${name}.scripts`] = n.exec ? 'executable' : 'cannot execute';
    view[`${name}.script`] = n.script === 'none' ? 'none' : `notify_${n.script} at ${config.notify[n.script][n.pc]}`;
    if (config.service === 'nfs') {
      view[`${name}.mounted`] = n.mounted;
      view[`${name}.nfs`] = n.nfs;
      if (config.nfsClients === 'local') view[`${name}.knowsClient`] = n.knows;
    } else {
      view[`${name}.dns`] = n.dns;
    }
    view[`${name}.vip`] = up && n.vip;
    view[`${name}.serves`] = serves(config, s, i);
  });
  view['lan'] = s.vrrp.lan;
  if (s.drbd && config.drbd) {
    for (const [k, v] of Object.entries(drbdView(config.drbd, s.drbd))) view[`drbd.${k}`] = v;
  }
  if (config.nfsClients !== null) {
    view['client.mounted'] = s.client;
    if (config.nfsClients === 'replicated') view['client.onVolume'] = s.onVolume;
  }
  view['failback'] = s.failback;
  return view;
}
