import { describe, expect, it } from 'vitest';
import { timesOut } from '../../../models/hastack/keepalivedProcess.js';
import type { HaStackModel } from '../../../models/hastack/model.js';
import { checkShipped, loadShipped, verdicts, violatedTrace } from '../../fixtures/designs.js';

describe('check scripts slower than keepalived’s timeout (issue 12: vrrp_script timeout)', () => {
  it('pitfall: a 1.5 s script under the default timeout (the 1 s interval) fails on healthy nodes: no MASTER, no VIP, no fault', () => {
    const result = checkShipped('keepalived-script-timeout.pitfall');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'single-vip-holder': 'holds', 'vip-holder-serves': 'violated' });
    const trace = violatedTrace(result, 'vip-holder-serves');
    expect(trace.steps.filter((s) => s.fault)).toEqual([]);
    expect(trace.steps.filter((s) => s.action.startsWith('chk_dns')).every((s) => s.action.endsWith('fail'))).toBe(true);
    expect(trace.steps.at(-1)!.view).toMatchObject({ 'ns1.vip': false, 'ns2.vip': false });
  });

  it('fix: interval 5 and timeout 3 let a 1.5 s run complete; passes exhaustively', () => {
    const result = checkShipped('keepalived-script-timeout.fix');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'single-vip-holder': 'holds', 'vip-holder-serves': 'holds' });
    if (result.status === 'pass') expect(result.bounds.exhaustive).toBe(true);
  });

  it('times a run out only when it outlasts the timeout, which defaults to the interval; a process tracker runs nothing', () => {
    const [pitfall] = (loadShipped('keepalived-script-timeout.pitfall').model as HaStackModel).config.trackers;
    const [fix] = (loadShipped('keepalived-script-timeout.fix').model as HaStackModel).config.trackers;
    expect([timesOut(pitfall!), timesOut(fix!)]).toEqual([true, false]);
    expect(timesOut({ ...pitfall!, runtime: 1 })).toBe(false);
    expect(timesOut({ ...pitfall!, process: true })).toBe(false);
  });
});
