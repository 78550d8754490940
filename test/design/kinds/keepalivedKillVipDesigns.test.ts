import { describe, expect, it } from 'vitest';
import type { HaStackModel } from '../../../models/hastack/model.js';
import { vipHolders, vrrpMasters } from '../../../models/hastack/state.js';
import { checkShipped, loadShipped, verdicts, violatedTrace } from '../../fixtures/designs.js';

describe('the keepalived-kill-vip designs (issue 12, item 7)', () => {
  it('pitfall: finds two hosts holding the VIP with one MASTER after keepalived is killed on the MASTER', () => {
    const result = checkShipped('keepalived-kill-vip.pitfall');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'single-vip-holder': 'violated' });
    const trace = violatedTrace(result, 'single-vip-holder');
    const actions = trace.steps.map((s) => s.action).filter((a) => a !== 'tick');
    expect(actions).toEqual(['downTimer(ns1)', 'kill(ns1)', 'downTimer(ns2)']);
    expect(trace.steps.at(-1)!.view).toMatchObject({ 'ns1.vip': true, 'ns1.keepalived': 'stopped', 'ns2.vip': true, 'ns2.keepalived': 'MASTER' });
    if (result.status !== 'error') expect(result.stats.states).toBe(78);
  });

  it('keeps the VIP through the kill and drops it when keepalived starts again', () => {
    const model = loadShipped('keepalived-kill-vip.fix').model as HaStackModel;
    let s = model.initialStates()[0]!;
    while (vrrpMasters(s).length === 0) s = model.next(s, model.actions(s)[0]!);
    expect(vipHolders(s)).toEqual([0]);
    s = model.next(s, model.faults(s).find((f) => f.type === 'kill' && f.node === 0)!);
    expect([vrrpMasters(s), vipHolders(s)]).toEqual([[], [0]]);
    while (!model.actions(s).some((a) => a.type === 'supervise')) s = model.next(s, model.actions(s)[0]!);
    s = model.next(s, model.actions(s).find((a) => a.type === 'supervise')!);
    expect(vipHolders(s)).toEqual([]);
  });

  it('fix: passes exhaustively with a supervisor restarting keepalived after 1 s', () => {
    const result = checkShipped('keepalived-kill-vip.fix');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'single-vip-holder': 'holds' });
    if (result.status === 'pass') expect([result.bounds.exhaustive, result.stats.states]).toEqual([true, 409]);
  });
});
