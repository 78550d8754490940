/**
 * Faults and repairs of the VRRP model, restricted to the design's fault kinds:
 * `crash` (host crash / restart), `stop` (keepalived stop / start), `partition` (the LAN
 * splits every router from every other / heals), `loss` (adverts from a to b are lost /
 * delivered again), `filter` (a filter drops the *multicast* adverts from a to b / is lifted:
 * an ebtables or iptables rule on 224.0.0.18 or protocol 112, a hypervisor security group or
 * a switch multicast ACL; a router configured with `unicast_peer` sends unicast adverts the
 * filter does not match, so no such fault exists for it). A filter is a lost direction like
 * `loss` (the same state bit); with both kinds on, `loss` already covers every direction.
 */
import type { VrrpFault } from './actions.js';
import { deliverFrames, type L2Frame } from './arp.js';
import type { VrrpConfig } from './config.js';
import { broadcast } from './receive.js';
import { graceTicks, OFF, type VrrpState } from './state.js';
import { startInstance } from './timers.js';

/** The faults enabled in `s`, in a fixed order: per router crash/restart, stop/start; then the LAN; then per direction. */
export function enabledFaults(config: VrrpConfig, s: VrrpState): VrrpFault[] {
  const out: VrrpFault[] = [];
  const kinds = config.faultKinds;
  s.routers.forEach((r, router) => {
    if (kinds.has('crash')) out.push(r.st === 'DOWN' ? { type: 'restart', router } : { type: 'crash', router });
    if (kinds.has('stop') && r.st !== 'DOWN') out.push(r.st === 'STOPPED' ? { type: 'start', router } : { type: 'stop', router });
  });
  if (kinds.has('partition')) out.push(s.lan === 'connected' ? { type: 'partition' } : { type: 'heal' });
  if (kinds.has('loss') || kinds.has('filter')) {
    const n = s.routers.length;
    for (let from = 0; from < n; from++) {
      if (!kinds.has('loss') && !config.routers[from]!.multicast) continue;
      for (let to = 0; to < n; to++) {
        if (from !== to) out.push(s.lossy[from * n + to] ? { type: 'repair', from, to } : { type: 'lose', from, to });
      }
    }
  }
  return out;
}

/** The state after fault `f` (the `failback` flag is cleared: a fault explains any change). */
export function applyFault(config: VrrpConfig, s: VrrpState, f: VrrpFault): VrrpState {
  const t: VrrpState = { ...s, failback: false };
  switch (f.type) {
    case 'crash': {
      // Host crash: no priority-0 advert, the instance just disappears.
      return { ...t, routers: replace(t.routers, f.router, { ...OFF, st: 'DOWN' }) };
    }
    case 'restart':
      // The host boots and keepalived (enabled at boot) starts the instance; the host's LAN
      // port may not pass frames yet (`link_ready_after`, issue 12 item 2).
      return launch(config, { ...t, routers: replace(t.routers, f.router, { ...OFF, boot: config.routers[f.router]!.linkReadyTicks }) }, f.router);
    case 'stop': {
      // keepalived vrrp_terminate_phase1 (PROTOCOLS.md §1.2): a MASTER sends a priority-0
      // advert (RFC 5798 §6.4.3 Shutdown), then every instance leaves the protocol.
      const wasMaster = t.routers[f.router]!.st === 'MASTER';
      const routers = replace(t.routers, f.router, OFF);
      const frames: L2Frame[] = [];
      if (wasMaster) broadcast(config, t, routers, { sender: f.router, priority: 0 }, frames);
      return { ...t, routers, hosts: deliverFrames(config, t, routers, frames) };
    }
    case 'start':
      return launch(config, t, f.router);
    case 'partition':
      return { ...t, lan: 'partitioned' };
    case 'heal':
      return { ...t, lan: 'connected', grace: graceTicks(config) };
    case 'lose':
    case 'repair': {
      const lossy = [...t.lossy];
      lossy[f.from * t.routers.length + f.to] = f.type === 'lose';
      return { ...t, lossy, grace: f.type === 'repair' ? graceTicks(config) : t.grace };
    }
  }
}

/** keepalived starts on router `i`: the instance starts now, or after `vrrp_startup_delay`. */
function launch(config: VrrpConfig, s: VrrpState, i: number): VrrpState {
  const delay = config.routers[i]!.startupDelayTicks;
  if (delay === 0) return startInstance(config, s, i);
  return { ...s, routers: replace(s.routers, i, { ...s.routers[i]!, st: 'STOPPED', wait: delay }) };
}

function replace<T>(list: readonly T[], i: number, value: T): T[] {
  const copy = [...list];
  copy[i] = value;
  return copy;
}
