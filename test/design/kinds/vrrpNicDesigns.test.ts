import { describe, expect, it } from 'vitest';
import type { VrrpModel } from '../../../models/vrrp/model.js';
import { checkShipped, loadShipped, verdicts, violationActions } from '../../fixtures/designs.js';
import { expand, walk } from '../../models/vrrp/walk.js';

const states = (s: { routers: readonly { st: string }[] }) => s.routers.map((r) => r.st);

describe('the vrrp-nic-tracking designs (issue 12: a cable pull on a router’s only NIC)', () => {
  it('pitfall: with dont_track_primary the MASTER stays MASTER on a dead link and takes the VIP back when the cable returns', () => {
    const result = checkShipped('vrrp-nic-tracking.pitfall');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds', 'no-failback-under-nopreempt': 'violated' });
    expect(violationActions(result, 'no-failback-under-nopreempt')).toEqual(
      expand(['tick*13', 'nicDown(gw-a)', 'downTimer(gw-a)', 'tick', 'downTimer(gw-b)', 'nicUp(gw-a)', 'tick']),
    );
  });

  it('pitfall: a pull after the election fails the same way — gw-a stays MASTER unseen, then hands gw-b nothing but a step-down', () => {
    const model = loadShipped('vrrp-nic-tracking.pitfall').model as VrrpModel;
    const pulled = walk(model, ['tick*13', 'downTimer(gw-a)', '~2', 'nicDown(gw-a)', '~12', 'downTimer(gw-b)']);
    expect(states(pulled)).toEqual(['MASTER', 'MASTER']);
    const back = walk(model, ['nicUp(gw-a)', 'tick'], pulled);
    expect(states(back)).toEqual(['MASTER', 'BACKUP']);
    expect(back.failback).toBe(true);
  });

  it('fix: the tracked interface puts gw-a in FAULT; back, it enters BACKUP, hears gw-b and, nopreempt, leaves it MASTER', () => {
    const model = loadShipped('vrrp-nic-tracking.fix').model as VrrpModel;
    const pulled = walk(model, ['tick*13', 'downTimer(gw-a)', '~2', 'nicDown(gw-a)']);
    expect(states(pulled)).toEqual(['FAULT', 'BACKUP']);
    const taken = walk(model, ['~12', 'downTimer(gw-b)'], pulled);
    expect(states(taken)).toEqual(['FAULT', 'MASTER']);
    expect(states(walk(model, ['nicUp(gw-a)', 'tick'], taken))).toEqual(['BACKUP', 'MASTER']);
    expect(states(walk(model, ['nicUp(gw-a)', '~40'], taken))).toEqual(['BACKUP', 'MASTER']);
    const result = checkShipped('vrrp-nic-tracking.fix');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds', 'no-failback-under-nopreempt': 'holds' });
    if (result.status === 'pass') expect(result.bounds.exhaustive).toBe(true);
  });

  it('starts a tracked instance in FAULT while its cable is out, and a crash does not plug the cable back', () => {
    const model = loadShipped('vrrp-nic-tracking.fix').model as VrrpModel;
    const s = walk(model, ['nicDown(gw-b)', 'tick*13', 'downTimer(gw-a)']);
    expect(states(s)).toEqual(['MASTER', 'FAULT']);
    const crashed = model.next(s, { type: 'crash', router: 1 });
    const restarted = model.next(crashed, { type: 'restart', router: 1 });
    expect([restarted.routers[1]!.st, restarted.routers[1]!.nic]).toEqual(['FAULT', false]);
  });
});
