/**
 * Conformance of the VRRP model with real keepalived in network namespaces
 * (bench/conformance/keepalived). Needs root, `ip netns` and keepalived (`.ci/run` installs
 * Debian's package); skipped with a message otherwise. About a minute.
 *
 * The prediction side runs everywhere: it pins what the model says keepalived does.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compareOutcome, timingClass } from '../../bench/conformance/keepalived/compareOutcome.js';
import { conformKeepalived } from '../../bench/conformance/keepalived/conformKeepalived.js';
import { KEEPALIVED_CASES } from '../../bench/conformance/keepalived/keepalivedCases.js';
import { sequences } from '../../bench/conformance/keepalived/outcome.js';
import { predictTimeline } from '../../bench/conformance/keepalived/predictTimeline.js';
import { labUnavailable } from './labAvailable.js';

const byName = (fragment: string) => KEEPALIVED_CASES.find((c) => c.name.includes(fragment))!;

describe('the model side of the keepalived timelines', () => {
  it('predicts notify_stop and nothing else for a stopped MASTER, and a Skew_Time takeover', () => {
    const c = byName('stop hands over');
    const predicted = predictTimeline(c);
    expect(sequences(predicted, ['r1', 'r2'])).toEqual({ r1: 'BACKUP MASTER', r2: 'BACKUP MASTER STOP' });
    const takeover = predicted.notifications.find((n) => n.router === 'r1' && n.state === 'MASTER')!;
    expect(timingClass(takeover.at - 6, 100)).toBe('skew-time');
  });

  it('predicts no notification at all for a killed MASTER, and a Master_Down_Interval takeover', () => {
    const predicted = predictTimeline(byName('killed MASTER'));
    expect(sequences(predicted, ['r1', 'r2'])).toEqual({ r1: 'BACKUP MASTER', r2: 'BACKUP MASTER' });
    const takeover = predicted.notifications.find((n) => n.router === 'r1' && n.state === 'MASTER')!;
    expect(timingClass(takeover.at - 6, 100)).toBe('down-interval');
  });

  it('predicts two masters while partitioned and one after the heal', () => {
    expect(predictTimeline(byName('partition gives')).vipHolders).toEqual(['r1', 'r2']);
    expect(predictTimeline(byName('heal leaves')).vipHolders).toEqual(['r2']);
  });

  it('keeps the later higher priority BACKUP under nopreempt and lets it preempt without', () => {
    expect(predictTimeline(byName('nopreempt')).vipHolders).toEqual(['r1']);
    expect(predictTimeline(byName('preemption')).vipHolders).toEqual(['r2']);
  });

  it('counts a differing sequence, VIP holder or timing class as a disagreement', () => {
    const c = byName('stop hands over');
    const model = predictTimeline(c);
    expect(compareOutcome(c, model, model, [6]).agrees).toBe(true);
    const extraBackup = { ...model, notifications: [...model.notifications, { router: 'r2', state: 'BACKUP' as const, at: 6.1 }] };
    expect(compareOutcome(c, model, extraBackup, [6]).agrees).toBe(false);
    expect(compareOutcome(c, model, { ...model, vipHolders: ['r1', 'r2'] }, [6]).agrees).toBe(false);
    const slow = { ...model, notifications: model.notifications.map((n) => (n.router === 'r1' && n.state === 'MASTER' ? { ...n, at: 9.6 } : n)) };
    expect(compareOutcome(c, model, slow, [6]).agrees).toBe(false);
  });
});

const reason = labUnavailable(`fl-ka-${process.pid}-999999-lan`, { command: 'keepalived', aptPackage: 'keepalived' });
if (reason !== null) console.warn(`skipping the keepalived conformance suite: ${reason}`);

describe.skipIf(reason !== null)('the VRRP model against real keepalived in network namespaces', () => {
  it('agrees on every timeline: preemption, nopreempt, stop, kill, notifies on stop, partition, heal', async () => {
    const lines: string[] = [];
    const summary = await conformKeepalived({ log: (l) => lines.push(l) });
    expect(lines.filter((l) => l.startsWith('case ') && !l.endsWith(': agrees'))).toEqual([]);
    expect(summary).toMatchObject({ cases: KEEPALIVED_CASES.length, disagreements: 0 });
    expect(execFileSync('ip', ['netns', 'list']).toString()).not.toMatch(new RegExp(`fl-ka-${process.pid}-`));
  }, 180_000);
});
