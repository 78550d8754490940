import { describe, expect, it } from 'vitest';
import type { VrrpModel } from '../../../models/vrrp/model.js';
import { checkShipped, loadShipped, verdicts, violationActions } from '../../fixtures/designs.js';
import { expand } from '../../models/vrrp/walk.js';

describe('the vrrp-one-way-loss designs (issue 12, item 1)', () => {
  it('pitfall: finds two MASTERs on one LAN once a filter drops the MASTER’s multicast adverts one way', () => {
    const result = checkShipped('vrrp-one-way-loss.pitfall');
    expect(verdicts(result)).toEqual({ 'single-master': 'violated', 'master-within-bound': 'holds' });
    expect(violationActions(result, 'single-master')).toEqual(expand(['tick*13', 'filter(gw-a,gw-b)', 'downTimer(gw-a)', 'tick', 'downTimer(gw-b)']));
    if (result.status !== 'error') expect([result.stats.states, result.stats.transitions]).toEqual([494, 571]);
  });

  it('fix: offers no multicast filter to routers that send unicast to their peers, and passes exhaustively', () => {
    const design = loadShipped('vrrp-one-way-loss.fix');
    const model = design.model as VrrpModel;
    const [s0] = model.initialStates();
    expect(model.faults(s0!).map((f) => model.formatAction!(f))).toEqual(['crash(gw-a)', 'crash(gw-b)']);
    const result = checkShipped('vrrp-one-way-loss.fix');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds' });
    if (result.status === 'pass') expect([result.bounds.exhaustive, result.stats.states]).toEqual([true, 253]);
  });
});
