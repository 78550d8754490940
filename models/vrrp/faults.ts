/**
 * Faults and repairs of the VRRP model, restricted to the design's fault kinds:
 * `crash` (host crash / restart), `stop` (keepalived stop / start), `partition` (the LAN
 * splits every router from every other / heals), `loss` (adverts from a to b are lost /
 * delivered again), `filter` (a filter drops the *multicast* adverts from a to b / is lifted:
 * an ebtables or iptables rule on 224.0.0.18 or protocol 112, a hypervisor security group or
 * a switch multicast ACL; a router configured with `unicast_peer` sends unicast adverts the
 * filter does not match, so no such fault exists for it). A filter is a lost direction like
 * `loss` (the same state bit); with both kinds on, `loss` already covers every direction.
 * `nic` (a cable pull on a router's only LAN NIC / plugged back; decision 0040): keepalived
 * tracks the instance's own interface by default (`vrrp.c` adds it with weight 0), so carrier
 * loss puts the instance in FAULT (`vrrp_track.c: down_instance`; a MASTER leaves MASTER and
 * drops the VIP, its priority-0 advert cannot leave a dead link). With `dont_track_primary` the
 * instance ignores it: a MASTER stays MASTER unseen, a BACKUP hears nothing and becomes MASTER
 * unseen. Plugged back, the link comes up after autonegotiation — one tick, or the port's
 * `link_ready_after` when longer — and a FAULT instance then starts again (`try_up_instance`:
 * BACKUP with a full down timer), deaf until the port forwards; a MASTER is heard at once.
 * `kill` (keepalived dies: SIGKILL, the OOM killer; decision 0040): no priority-0 advert, no
 * notify script, the VIP and the service stay as they are until keepalived starts again — by
 * `start`, or by the design's supervisor (`respawn`). The VIP and notify bookkeeping of every
 * transition is notify.ts's.
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
    else if (kinds.has('kill') && r.st === 'STOPPED' && r.respawn < 0 && r.wait < 0) out.push({ type: 'start', router });
    if (kinds.has('kill') && (r.st === 'BACKUP' || r.st === 'MASTER' || r.st === 'FAULT')) out.push({ type: 'kill', router });
    if (kinds.has('nic')) out.push(r.nic ? { type: 'nicDown', router } : { type: 'nicUp', router });
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
      // Host crash: no priority-0 advert, the instance just disappears (the cable stays as it is).
      return { ...t, routers: replace(t.routers, f.router, { ...OFF, st: 'DOWN', nic: t.routers[f.router]!.nic }) };
    }
    case 'restart':
      // The host boots and keepalived (enabled at boot) starts the instance; the host's LAN
      // port may not pass frames yet (`link_ready_after`, issue 12 item 2).
      return launch(config, { ...t, routers: replace(t.routers, f.router, { ...OFF, boot: config.routers[f.router]!.linkReadyTicks, nic: t.routers[f.router]!.nic }) }, f.router);
    case 'stop': {
      // keepalived vrrp_terminate_phase1 (PROTOCOLS.md §1.2): a MASTER sends a priority-0
      // advert (RFC 5798 §6.4.3 Shutdown), then every instance leaves the protocol.
      const wasMaster = t.routers[f.router]!.st === 'MASTER';
      const r = t.routers[f.router]!;
      const routers = replace(t.routers, f.router, { ...OFF, nic: r.nic, vip: r.vip, svc: r.svc });
      const frames: L2Frame[] = [];
      if (wasMaster) broadcast(config, t, routers, { sender: f.router, priority: 0 }, frames);
      return { ...t, routers, hosts: deliverFrames(config, t, routers, frames) };
    }
    case 'start':
      return launch(config, t, f.router);
    case 'kill': {
      const r = t.routers[f.router]!;
      return { ...t, routers: replace(t.routers, f.router, { ...OFF, nic: r.nic, vip: r.vip, svc: r.svc, respawn: config.restartTicks ?? -1 }) };
    }
    case 'nicDown': {
      const r = t.routers[f.router]!;
      const fault = config.routers[f.router]!.tracksInterface && (r.st === 'BACKUP' || r.st === 'MASTER');
      return { ...t, routers: replace(t.routers, f.router, fault ? { ...r, st: 'FAULT', down: 0, adv: 0, pd: -1, nic: false } : { ...r, nic: false }) };
    }
    case 'nicUp': {
      const r = t.routers[f.router]!;
      return { ...t, routers: replace(t.routers, f.router, { ...r, nic: true, boot: Math.max(1, config.routers[f.router]!.linkReadyTicks) }) };
    }
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
export function launch(config: VrrpConfig, s: VrrpState, i: number): VrrpState {
  const delay = config.routers[i]!.startupDelayTicks;
  const t = { ...s, routers: replace(s.routers, i, { ...s.routers[i]!, respawn: -1 }) };
  if (delay === 0) return startInstance(config, t, i);
  return { ...t, routers: replace(t.routers, i, { ...t.routers[i]!, st: 'STOPPED', wait: delay }) };
}

function replace<T>(list: readonly T[], i: number, value: T): T[] {
  const copy = [...list];
  copy[i] = value;
  return copy;
}
