/**
 * What keepalived does around each change of an instance's state, beyond the protocol: the
 * virtual IP on the host (models/keepalived/vipAfter.ts) and the notify scripts with their
 * effect on the service they manage (decision 0040; PROTOCOLS.md §1.2 "Notify scripts: when
 * they run").
 *
 * - Entering MASTER runs `notify_master`, entering BACKUP `notify_backup` (the start-up
 *   INIT→BACKUP transition included), entering FAULT `notify_fault`; a graceful stop runs
 *   `notify_stop` only, after the VIP is removed.
 * - keepalived starting (start, a reboot, a supervisor) removes the addresses a killed
 *   predecessor left before the instance starts.
 * - A kill runs nothing and removes nothing; a crash takes the VIP and the service with the host.
 * - Scripts are fire-and-forget and take milliseconds: their effect is applied in the step that
 *   launches them (a tick is a quarter advert interval).
 */
import type { VrrpAction } from './actions.js';
import type { VrrpConfig, VrrpNotifyScript } from './config.js';
import { vipAfter } from '../keepalived/vipAfter.js';
import { keepsHosts, type RouterState, type VrrpState } from './state.js';

/** `after` with each router's VIP and service settled for the step `action` took from `before`. */
export function settleKeepalived(config: VrrpConfig, before: VrrpState, after: VrrpState, action: VrrpAction): VrrpState {
  if (!keepsHosts(config)) return after;
  let changed = false;
  const routers = after.routers.map((r, i) => {
    const settled = settleHost(config, before.routers[i]!, r, actsOn(action, i));
    changed ||= settled !== r;
    return settled;
  });
  return changed ? { ...after, routers } : after;
}

/** The action's type when it is a fault or keepalived start aimed at router `i`, else undefined. */
function actsOn(action: VrrpAction, i: number): VrrpAction['type'] | undefined {
  return 'router' in action && action.router === i ? action.type : undefined;
}

function settleHost(config: VrrpConfig, was: RouterState, now: RouterState, cause: VrrpAction['type'] | undefined): RouterState {
  if (cause === 'kill' || now.st === 'DOWN') return now;
  // keepalived starting removes what a killed predecessor left (issue 12 item 7).
  const starting = cause === 'start' || cause === 'restart' || cause === 'respawn';
  let vip = starting ? false : now.vip;
  const from = starting ? 'STOPPED' : was.st;
  vip = vipAfter(from, now.st, vip);
  const script = scriptOf(from, now.st, cause);
  const effect = script === undefined ? undefined : config.notify[script];
  const svc = effect === undefined ? now.svc : effect === 'start';
  return vip === now.vip && svc === now.svc ? now : { ...now, vip, svc };
}

/** The notify script a change from `from` to `to` launches. */
function scriptOf(from: RouterState['st'], to: RouterState['st'], cause: VrrpAction['type'] | undefined): VrrpNotifyScript | undefined {
  if (cause === 'stop') return from === 'STOPPED' ? undefined : 'stop';
  if (from === to) return undefined;
  if (to === 'MASTER') return 'master';
  if (to === 'BACKUP') return 'backup';
  if (to === 'FAULT') return 'fault';
  return undefined;
}
