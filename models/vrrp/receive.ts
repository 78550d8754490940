/**
 * Sending and receiving adverts. Delivery is immediate to every running peer that the
 * sender addresses (multicast group or unicast peers), the LAN and the direction reach; a receiver may answer at once (a Master does, per keepalived), so one
 * send can cause a short chain of sends, all within the same step.
 *
 * Primary IP addresses (the RFC tie-break at equal priority) follow the order of the routers:
 * a router listed later has the higher address.
 */
import { FaultlineError } from '../../src/core/errors.js';
import type { L2Frame } from './arp.js';
import { downIntervalTicks, skewTicks, type VrrpConfig } from './config.js';
import { delivers, linkPasses, type RouterState, type VrrpState } from './state.js';

/** An advert on the wire: who sent it and the priority it carries (0 = shutdown). */
export interface Advert {
  readonly sender: number;
  readonly priority: number;
}

/** Whether (priority a, index i) beats (priority b, index j): priority, then primary IP. */
export function outranks(a: number, i: number, b: number, j: number): boolean {
  return a > b || (a === b && i > j);
}

/**
 * Delivers `first` and every advert it triggers, updating `routers` in place.
 * `s` supplies the LAN and loss state (unchanged by delivery). Every advert sent and every
 * GARP burst a MASTER sends on a lower-priority advert is appended to `frames`, in order
 * (arp.ts moves hosts' traffic with them). `garpFirst`: the sender of `first` sends a GARP burst
 * right after it, before any answer arrives (keepalived `vrrp_state_master_tx`: "the old master
 * needs to remove the VIPs before we send the gratuitous ARPs, so send the advert first").
 */
export function broadcast(config: VrrpConfig, s: VrrpState, routers: RouterState[], first: Advert, frames: L2Frame[] = [], garpFirst = false): void {
  const queue: Advert[] = [first];
  const limit = 4 * routers.length * routers.length;
  for (let sent = 0; queue.length > 0; sent++) {
    if (sent > limit) {
      throw new FaultlineError({
        code: 'FL303',
        message: `vrrp: adverts kept triggering each other (${sent} sends in one step)`,
        hint: 'a bug in the VRRP model: a Master answering an advert must not answer its own answer',
      });
    }
    const advert = queue.shift()!;
    frames.push({ sender: advert.sender, kind: 'advert' });
    if (garpFirst && sent === 0) frames.push({ sender: advert.sender, kind: 'garp' });
    routers.forEach((_, j) => {
      if (j === advert.sender || !config.reach[advert.sender * routers.length + j] || !delivers(config, s, advert.sender, j)) return;
      // A host whose link passes no frames (after a reboot, a cable pull) neither sends nor hears.
      if (!linkPasses(routers[advert.sender]!) || !linkPasses(routers[j]!)) return;
      const reply = receive(config, routers, j, advert, frames);
      if (reply) queue.push(reply);
    });
  }
}

/** The receiver `j` handles `advert`; returns the advert it sends back, if any. */
function receive(config: VrrpConfig, routers: RouterState[], j: number, advert: Advert, frames: L2Frame[]): Advert | null {
  const me = routers[j]!;
  const self = config.routers[j]!;
  const sender = config.routers[advert.sender]!;
  // keepalived's receive checks (accepts.ts): another VRID, failing authentication, a VRRPv2
  // interval or (before 2.3.3) a virtual IP set that differs → the advert is ignored.
  if (!config.accepts[advert.sender * routers.length + j]) return null;
  if (me.st === 'BACKUP') {
    routers[j] = receiveInBackup(config, j, me, advert);
    return null;
  }
  if (me.st !== 'MASTER') return null; // keepalived: ignored while not running (§1.2 FAULT/INIT)
  // RFC 5798 §6.4.3: priority 0 → send an advert at once, reset Adver_Timer.
  if (advert.priority === 0) {
    routers[j] = { ...me, adv: self.advertTicks };
    return { sender: j, priority: self.priority };
  }
  // RFC 5798 §6.4.3: higher priority (or equal and higher primary IP) → Backup, learn interval.
  // keepalived `higher_prio_send_advert`: first one advert of its own (vrrp_state_master_rx),
  // which the other MASTER hears as lower priority (decision 0041).
  if (outranks(advert.priority, advert.sender, self.priority, j)) {
    routers[j] = { ...me, st: 'BACKUP', down: downIntervalTicks(config, self, sender.advertCs), adv: 0, pd: -1, garp: -1 };
    return self.garp.higherPrioSendAdvert ? { sender: j, priority: self.priority } : null;
  }
  // keepalived vrrp_state_master_rx (§1.2, not RFC): a lower-priority advert makes the Master
  // send its own advert immediately ("forcing new election") and, with garp_lower_prio_repeat
  // (default garp_master_repeat, 5), a GARP burst.
  routers[j] = { ...me, adv: self.advertTicks };
  if (self.garp.lowerPrio) frames.push({ sender: j, kind: 'garp' });
  return { sender: j, priority: self.priority };
}

function receiveInBackup(config: VrrpConfig, j: number, me: RouterState, advert: Advert): RouterState {
  const self = config.routers[j]!;
  const senderCs = config.routers[advert.sender]!.advertCs;
  // RFC 5798 §6.4.2: priority 0 → Master_Down_Timer := Skew_Time.
  if (advert.priority === 0) return { ...me, down: skewTicks(config, self, senderCs) };
  const reset = downIntervalTicks(config, self, senderCs);
  // RFC 5798 §6.4.2: advert priority ≥ local priority → reset the down timer; keepalived
  // vrrp_state_backup: a higher/equal advert also cancels a pending preempt delay.
  if (advert.priority >= self.priority) return { ...me, down: reset, pd: -1 };
  // keepalived vrrp_state_backup (§1.2): with nopreempt a lower-priority advert is accepted.
  if (self.nopreempt) return { ...me, down: reset };
  // keepalived preempt_delay (§1.2): the first lower-priority advert arms the delay; until it
  // expires lower-priority adverts are still accepted, afterwards they are discarded.
  if (self.preemptDelayTicks > 0) {
    if (me.pd === -1) return { ...me, down: reset, pd: self.preemptDelayTicks };
    if (me.pd > 0) return { ...me, down: reset };
  }
  // RFC 5798 §6.4.2: lower priority with preemption → discard; the down timer keeps running.
  return me;
}
