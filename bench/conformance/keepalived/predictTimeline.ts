/**
 * Drives the VRRP model (models/vrrp) through a timeline and reads off the notify scripts
 * keepalived would run. The model is stepped only through `successorsOf`: faults are chosen
 * by label (`stop(r2)`, `partition`), due timers fire first-enabled (the model orders
 * same-tick down timers by priority, decision 0003) and `tick` advances time by a quarter
 * second (advert_int 1).
 *
 * Notify scripts are not part of the VRRP model, so the mapping from its transitions is made
 * here, per PROTOCOLS.md §1.2 "Notify scripts: when they run": entering BACKUP (from init
 * too) runs notify_backup, entering MASTER runs notify_master, a keepalived stop runs
 * notify_stop (never notify_backup or notify_fault), a host crash runs nothing.
 */
import { initialStatesOf, successorsOf, type Successor } from '../../../src/core/successors.js';
import { createVrrpModel, type VrrpModel } from '../../../models/vrrp/model.js';
import { TICKS_PER_ADVERT } from '../../../models/vrrp/config.js';
import type { RouterStatus, VrrpState } from '../../../models/vrrp/state.js';
import type { KeepalivedCase, TimelineEvent } from './keepalivedCases.js';
import type { Notification, NotifiedState, Outcome } from './outcome.js';

/** Seconds per model tick (advert_int 1 s, TICKS_PER_ADVERT ticks per advert). */
export const SECONDS_PER_TICK = 1 / TICKS_PER_ADVERT;

/** The VRRP model of a case: VRRPv2, advert_int 1, state BACKUP everywhere. */
export function caseModel(c: KeepalivedCase): VrrpModel {
  return createVrrpModel({
    version: 2,
    vrid: 51,
    routers: c.routers.map((r) => ({ name: r.name, priority: r.priority, initialState: 'BACKUP', nopreempt: r.nopreempt, preemptDelay: 0, advertInt: 1 })),
    faultKinds: ['crash', 'stop', 'partition'],
  });
}

/** The model label of an event (`kill` is a host crash: nothing is sent). */
export function eventLabel(e: TimelineEvent): string {
  switch (e.type) {
    case 'partition':
    case 'heal':
      return e.type;
    case 'kill':
      return `crash(${e.router})`;
    default:
      return `${e.type}(${e.router})`;
  }
}

function notifiedOf(action: string, to: RouterStatus): NotifiedState | null {
  if (to === 'MASTER' || to === 'BACKUP') return to;
  if (to === 'STOPPED' && action.startsWith('stop(')) return 'STOP';
  return null; // DOWN: the host died, no script runs
}

function choose(model: VrrpModel, s: VrrpState, label: string): Successor<VrrpState> {
  const succ = successorsOf(model, s).find((x) => x.label === label);
  if (!succ) throw new Error(`the VRRP model has no successor ${label} here`);
  return succ;
}

/** The model's outcome of a timeline. */
export function predictTimeline(c: KeepalivedCase): Outcome {
  const model = caseModel(c);
  const names = c.routers.map((r) => r.name);
  let s = initialStatesOf(model)[0]!;
  // Late routers: the model starts everyone at 0, so stop them before anything happens.
  for (const name of c.late) s = choose(model, s, `stop(${name})`).state;
  const notifications: Notification[] = names.flatMap((router, i) =>
    s.routers[i]!.st === 'BACKUP' || s.routers[i]!.st === 'MASTER' ? [{ router, state: s.routers[i]!.st as NotifiedState, at: 0 }] : [],
  );
  const apply = (succ: Successor<VrrpState>, now: number): void => {
    succ.state.routers.forEach((r, i) => {
      if (r.st === s.routers[i]!.st) return;
      const state = notifiedOf(succ.label, r.st);
      if (state) notifications.push({ router: names[i]!, state, at: now * SECONDS_PER_TICK });
    });
    s = succ.state;
  };
  const endTick = Math.round(c.end / SECONDS_PER_TICK);
  for (let now = 0; ; now++) {
    for (const e of c.events) if (Math.round(e.at / SECONDS_PER_TICK) === now) apply(choose(model, s, eventLabel(e)), now);
    for (;;) {
      const due = successorsOf(model, s).find((x) => !x.fault && x.label !== 'tick');
      if (!due) break;
      apply(due, now);
    }
    if (now === endTick) break;
    apply(choose(model, s, 'tick'), now);
  }
  const vipHolders = names.filter((_, i) => s.routers[i]!.st === 'MASTER');
  return { notifications, vipHolders };
}
