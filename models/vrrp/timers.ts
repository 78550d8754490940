/**
 * Timers and the transitions they drive: time passing (`tick`), Master_Down_Timer and
 * Adver_Timer firing, and keepalived's start of an instance. All timers are countdowns in
 * ticks; a timer at 0 is *due* and time does not pass until it has fired (timers are urgent).
 */
import { deliverFrames, garpTimerAfterBurst, garpTimerOnMaster, type L2Frame } from './arp.js';
import { downIntervalTicks, type VrrpConfig } from './config.js';
import { broadcast, outranks } from './receive.js';
import type { RouterState, VrrpState } from './state.js';

/** Whether router `i`'s Master_Down_Timer may fire now. */
export function downTimerEnabled(config: VrrpConfig, s: VrrpState, i: number): boolean {
  const me = s.routers[i]!;
  if (me.st !== 'BACKUP' || me.down !== 0) return false;
  // Skew as an order (decision 0003): among down timers due in the same tick, the higher
  // priority (then the higher primary IP) fires first, as its Skew_Time is shorter.
  const p = config.routers[i]!.priority;
  return !s.routers.some(
    (other, j) => j !== i && other.st === 'BACKUP' && other.down === 0 && outranks(config.routers[j]!.priority, j, p, i),
  );
}

/** Whether router `i`'s Adver_Timer is due. */
export function advertTimerDue(s: VrrpState, i: number): boolean {
  const me = s.routers[i]!;
  return me.st === 'MASTER' && me.adv === 0;
}

/** Whether router `i`'s timed GARP burst (second burst, refresh) is due. */
export function garpDue(s: VrrpState, i: number): boolean {
  const me = s.routers[i]!;
  return me.st === 'MASTER' && me.garp === 0;
}

/** Time may pass only when no timer is due (a delayed start, a GARP burst and a supervisor's restart included). */
export function tickEnabled(s: VrrpState): boolean {
  return !s.routers.some((r) => (r.st === 'BACKUP' && r.down === 0) || (r.st === 'MASTER' && (r.adv === 0 || r.garp === 0)) || (r.st === 'STOPPED' && (r.wait === 0 || r.respawn === 0)));
}

/** Whether a supervisor starts router `i`'s killed keepalived now. */
export function respawnDue(s: VrrpState, i: number): boolean {
  const me = s.routers[i]!;
  return me.st === 'STOPPED' && me.respawn === 0;
}

/** Whether router `i`'s delayed start (keepalived `vrrp_startup_delay`) is due. */
export function startupDue(s: VrrpState, i: number): boolean {
  const me = s.routers[i]!;
  return me.st === 'STOPPED' && me.wait === 0;
}

/** One tick: every running timer counts down; the grace window shrinks. */
export function tick(s: VrrpState): VrrpState {
  const routers = s.routers.map((r0): RouterState => {
    const r = r0.st !== 'DOWN' && r0.nic && r0.boot > 0 ? { ...r0, boot: r0.boot - 1 } : r0;
    if (r.st === 'BACKUP') return { ...r, down: Math.max(0, r.down - 1), pd: r.pd > 0 ? r.pd - 1 : r.pd };
    if (r.st === 'MASTER') return { ...r, adv: Math.max(0, r.adv - 1), garp: r.garp > 0 ? r.garp - 1 : r.garp };
    if (r.st === 'STOPPED' && (r.wait > 0 || r.respawn > 0)) return { ...r, wait: r.wait > 0 ? r.wait - 1 : r.wait, respawn: r.respawn > 0 ? r.respawn - 1 : r.respawn };
    return r;
  });
  return { ...s, routers, grace: Math.max(0, s.grace - 1), calm: Math.max(0, s.calm - 1) };
}

/** Router `i` becomes MASTER and sends its first advert (RFC 5798 §6.4.2 Master_Down_Timer fires). */
export function becomeMaster(config: VrrpConfig, s: VrrpState, i: number): VrrpState {
  const routers = [...s.routers];
  const self = config.routers[i]!;
  routers[i] = { ...routers[i]!, st: 'MASTER', down: 0, adv: self.advertTicks, pd: -1, wait: -1, garp: garpTimerOnMaster(config, self) };
  const frames: L2Frame[] = [];
  broadcast(config, s, routers, { sender: i, priority: self.priority }, frames, true);
  return { ...s, routers, hosts: deliverFrames(config, s, routers, frames) };
}

/** Router `i`'s Adver_Timer fires: send an advert, reset the timer (RFC 5798 §6.4.3). */
export function sendAdvert(config: VrrpConfig, s: VrrpState, i: number): VrrpState {
  const routers = [...s.routers];
  const self = config.routers[i]!;
  routers[i] = { ...routers[i]!, adv: self.advertTicks };
  const frames: L2Frame[] = [];
  broadcast(config, s, routers, { sender: i, priority: self.priority }, frames);
  return { ...s, routers, hosts: deliverFrames(config, s, routers, frames) };
}

/** Router `i`'s timed GARP burst (`garp_master_delay`, then every `garp_master_refresh`; arp.ts). */
export function sendGarp(config: VrrpConfig, s: VrrpState, i: number): VrrpState {
  const routers = [...s.routers];
  routers[i] = { ...routers[i]!, garp: garpTimerAfterBurst(config.routers[i]!) };
  return { ...s, routers, hosts: deliverFrames(config, s, routers, [{ sender: i, kind: 'garp' }]) };
}

/**
 * keepalived starts the instance on router `i` (`vrrp_scheduler.c: vrrp_init_state`,
 * PROTOCOLS.md §1.2): an owner whose state is MASTER becomes MASTER at once; every other
 * router enters BACKUP and waits a full Master_Down_Interval, even with `state MASTER`. An
 * instance tracking its interface enters FAULT while the NIC has no carrier; leaving FAULT
 * is the same start (`vrrp_scheduler.c: try_up_instance`: BACKUP with a full down timer).
 */
export function startInstance(config: VrrpConfig, s: VrrpState, i: number): VrrpState {
  const self = config.routers[i]!;
  const routers = [...s.routers];
  // keepalived at start with its interface down: "entering FAULT state (interface … down)".
  if (self.tracksInterface && !routers[i]!.nic) {
    routers[i] = { ...routers[i]!, st: 'FAULT', down: 0, adv: 0, pd: -1, wait: -1 };
    return { ...s, routers };
  }
  if (self.startsMaster) return becomeMaster(config, s, i);
  routers[i] = { ...routers[i]!, st: 'BACKUP', down: downIntervalTicks(config, self, self.advertCs), adv: 0, pd: -1, wait: -1 };
  return { ...s, routers };
}
