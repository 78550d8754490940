import { describe, expect, it } from 'vitest';
import type { VrrpModel } from '../../../models/vrrp/model.js';
import { checkShipped, loadShipped, verdicts, violationActions } from '../../fixtures/designs.js';

/** Applies the actions labelled `labels` in turn (the first enabled action or fault with that label). */
function run(model: VrrpModel, labels: readonly string[]) {
  let s = model.initialStates()[0]!;
  for (const label of labels) {
    const a = [...model.actions(s), ...model.faults(s)].find((x) => model.formatAction!(x) === label);
    if (!a) throw new Error(`no ${label}`);
    s = model.next(s, a);
  }
  return s;
}

describe('the vrrp-reboot-startup designs (issue 12, item 2)', () => {
  it('keeps a rebooted router deaf and invisible until its port forwards, then hands the VIP back to it', () => {
    const model = loadShipped('vrrp-reboot-startup.pitfall').model as VrrpModel;
    const ticks = (k: number) => Array.from({ length: k }, () => 'tick');
    const deaf = run(model, [...ticks(13), 'downTimer(gw-a)', 'crash(gw-a)', 'restart(gw-a)', ...ticks(13), 'downTimer(gw-a)', ...ticks(1), 'downTimer(gw-b)']);
    expect(deaf.routers.map((r) => [r.st, r.boot])).toEqual([['MASTER', 106], ['MASTER', 0]]);
    let t = deaf;
    while (t.routers[0]!.boot > 0) {
      const a = model.actions(t).find((x) => x.type === 'tick') ?? model.actions(t)[0]!;
      t = model.next(t, a);
    }
    expect(t.routers.map((r) => r.st)).toEqual(['MASTER', 'BACKUP']);
    expect(t.failback).toBe(true);
  });

  it('pitfall: finds the failback nopreempt was meant to prevent', () => {
    const result = checkShipped('vrrp-reboot-startup.pitfall');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds', 'no-failback-under-nopreempt': 'violated' });
    expect(violationActions(result, 'no-failback-under-nopreempt').slice(0, 2)).toEqual(['crash(gw-a)', 'restart(gw-a)']);
    if (result.status !== 'error') expect(result.stats.states).toBe(1957);
  });

  it('fix: starts the rebooted instance after vrrp_startup_delay, in BACKUP, hearing gw-b — passes exhaustively', () => {
    const model = loadShipped('vrrp-reboot-startup.fix').model as VrrpModel;
    const s = run(model, ['crash(gw-a)', 'restart(gw-a)']);
    expect([s.routers[0]!.st, s.routers[0]!.wait, s.routers[0]!.boot]).toEqual(['STOPPED', 140, 120]);
    const result = checkShipped('vrrp-reboot-startup.fix');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds', 'no-failback-under-nopreempt': 'holds' });
    if (result.status === 'pass') expect([result.bounds.exhaustive, result.stats.states]).toEqual([true, 1919]);
  });
});
