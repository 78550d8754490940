/**
 * Compares the real outcome of a timeline with the model's: per router the sequence of
 * notified states, the VIP holders at the end, and for a timed takeover its timing class —
 * Skew_Time (a priority-0 advert) or Master_Down_Interval (silence) — whichever of the two
 * the delay is nearer to (PROTOCOLS.md §1.1: v2 skew (256 − p)/256 s, down 3 s + skew at
 * advert_int 1).
 */
import type { KeepalivedCase } from './keepalivedCases.js';
import { sequences, type Outcome } from './outcome.js';

/** Timing classes of a takeover. */
export type TimingClass = 'skew-time' | 'down-interval';

/** The class a takeover delay falls in for a router of `priority` (advert_int 1, VRRPv2). */
export function timingClass(delay: number, priority: number): TimingClass {
  const skew = (256 - priority) / 256;
  const down = 3 + skew;
  return Math.abs(delay - skew) <= Math.abs(delay - down) ? 'skew-time' : 'down-interval';
}

/** Seconds from `from` until `router` next enters MASTER, or null when it does not. */
export function takeoverDelay(outcome: Outcome, router: string, from: number): number | null {
  const n = outcome.notifications.find((x) => x.router === router && x.state === 'MASTER' && x.at >= from);
  return n ? n.at - from : null;
}

/** The verdict on one case, with one line per compared item. */
export interface Comparison {
  readonly agrees: boolean;
  readonly lines: readonly string[];
}

/** Compares a case's model outcome (event times as scheduled) with the real one (event times as played). */
export function compareOutcome(c: KeepalivedCase, model: Outcome, real: Outcome, realEventTimes: readonly number[]): Comparison {
  const names = c.routers.map((r) => r.name);
  const lines: string[] = [];
  let agrees = true;
  const m = sequences(model, names);
  const k = sequences(real, names);
  for (const name of names) {
    const same = m[name] === k[name];
    agrees &&= same;
    lines.push(`${name}: model ${m[name] || '(none)'}; keepalived ${k[name] || '(none)'}${same ? '' : '  <- differs'}`);
  }
  const sameVip = model.vipHolders.join(',') === real.vipHolders.join(',');
  agrees &&= sameVip;
  lines.push(`VIP at the end: model ${model.vipHolders.join(', ') || 'nobody'}; keepalived ${real.vipHolders.join(', ') || 'nobody'}${sameVip ? '' : '  <- differs'}`);
  if (c.timing) {
    const event = c.events[c.timing.after];
    const priority = c.routers.find((r) => r.name === c.timing?.router)?.priority ?? 0;
    const dm = event ? takeoverDelay(model, c.timing.router, event.at) : null;
    const dk = takeoverDelay(real, c.timing.router, realEventTimes[c.timing.after] ?? Infinity);
    const cm = dm === null ? 'none' : timingClass(dm, priority);
    const ck = dk === null ? 'none' : timingClass(dk, priority);
    const same = cm === ck;
    agrees &&= same;
    const show = (d: number | null) => (d === null ? 'no takeover' : `${d.toFixed(2)} s`);
    lines.push(`${c.timing.router} takeover: model ${show(dm)} (${cm}); keepalived ${show(dk)} (${ck})${same ? '' : '  <- differs'}`);
  }
  return { agrees, lines };
}
