/**
 * Plays a timeline against real keepalived daemons (keepalivedLab.ts) and reads the outcome:
 * the notify markers up to the end of the timeline and the VIP holders at its end. Times are
 * seconds after the first daemon was started; each event's actual time is recorded (the
 * timing comparison measures from it, not from the schedule). Time 0 is the first start.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { KeepalivedCase, TimelineEvent } from './keepalivedCases.js';
import { buildKeepalivedLab, type KeepalivedLab } from './keepalivedLab.js';
import type { Outcome } from './outcome.js';

/** Grace for notify scripts launched just before the end (fork, sh, date). */
const SCRIPT_GRACE_MS = 300;

/** The real outcome and when each event actually happened. */
export interface Observation {
  readonly outcome: Outcome;
  readonly eventTimes: readonly number[];
}

async function play(lab: KeepalivedLab, e: TimelineEvent): Promise<void> {
  switch (e.type) {
    case 'start':
      return lab.start(e.router);
    case 'stop':
      return lab.stop(e.router);
    case 'kill':
      return lab.kill(e.router);
    case 'partition':
      return lab.partition();
    case 'heal':
      return lab.heal();
  }
}

/** Runs case `caseNo` in its own namespaces and removes them afterwards. */
export async function observeTimeline(caseNo: number, c: KeepalivedCase): Promise<Observation> {
  const lab = await buildKeepalivedLab(caseNo, c);
  try {
    const t0 = Date.now() / 1000;
    const now = () => Date.now() / 1000 - t0;
    const until = (at: number) => sleep(Math.max(0, (at - now()) * 1000));
    // Routers that start at 0 start in descending priority, each once the previous one has
    // entered BACKUP: a loaded machine can delay a daemon's start by more than the skew
    // difference (0.39 s for priorities 200/100), which would let the lower one win first.
    const initial = c.routers.filter((r) => !c.late.includes(r.name)).sort((a, b) => b.priority - a.priority);
    for (const r of initial) {
      await lab.start(r.name);
      await lab.firstNotification(r.name, 2000);
    }
    const eventTimes: number[] = [];
    for (const e of c.events) {
      await until(e.at);
      eventTimes.push(now());
      await play(lab, e);
    }
    await until(c.end);
    const vipHolders = await lab.vipHolders();
    await sleep(SCRIPT_GRACE_MS);
    const notifications = lab
      .notifications()
      .map((n) => ({ ...n, at: n.at - t0 }))
      .filter((n) => n.at <= c.end)
      .sort((a, b) => a.at - b.at);
    return { outcome: { notifications, vipHolders }, eventTimes };
  } finally {
    await lab.close();
  }
}
