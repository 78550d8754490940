import { describe, expect, it } from 'vitest';
import { createVrrpModel, type VrrpModel } from '../../../models/vrrp/model.js';
import { singleService, singleVipHolder } from '../../../properties/vrrp.js';
import { check } from '../../../src/explore/check.js';
import { checkShipped, loadShipped, verdicts, violationActions } from '../../fixtures/designs.js';
import { expand, walk } from '../../models/vrrp/walk.js';

type Hosts = { routers: readonly { st: string; vip: boolean; svc: boolean }[] };
const hosts = (s: Hosts) => s.routers.map((r) => `${r.st}${r.vip ? '+vip' : ''}${r.svc ? '+svc' : ''}`);

describe('the vrrp-group-kill designs (issue 12: groups of three with notify scripts and daemon-only kills)', () => {
  it('pitfall: a killed MASTER keeps the VIP and the service while gw-b takes over and starts them again', () => {
    const result = checkShipped('vrrp-group-kill.pitfall');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'single-vip-holder': 'violated', 'single-service': 'violated' });
    expect(violationActions(result, 'single-vip-holder')).toEqual(expand(['tick*12', 'downTimer(gw-a)', 'tick*4', 'kill(gw-a)', 'tick*9', 'downTimer(gw-b)']));
    const model = loadShipped('vrrp-group-kill.pitfall').model as VrrpModel;
    const s = walk(model, ['tick*12', 'downTimer(gw-a)', 'tick*4', 'kill(gw-a)', 'tick*9', 'downTimer(gw-b)']);
    expect(hosts(s)).toEqual(['STOPPED+vip+svc', 'MASTER+vip+svc', 'BACKUP']);
  });

  it('fix: the supervisor’s keepalived removes the VIP and runs notify_backup before gw-b’s down timer runs out; passes exhaustively', () => {
    const model = loadShipped('vrrp-group-kill.fix').model as VrrpModel;
    const killed = walk(model, ['tick*12', 'downTimer(gw-a)', 'tick*4', 'kill(gw-a)']);
    expect(hosts(killed)).toEqual(['STOPPED+vip+svc', 'BACKUP', 'BACKUP']);
    const back = walk(model, ['tick*4', 'respawn(gw-a)'], killed);
    expect(hosts(back)).toEqual(['BACKUP', 'BACKUP', 'BACKUP']);
    const result = checkShipped('vrrp-group-kill.fix');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'single-vip-holder': 'holds', 'single-service': 'holds' });
    if (result.status === 'pass') expect(result.bounds.exhaustive).toBe(true);
  });

  it('needs notify_backup: with the service stopped only by notify_fault and notify_stop, the restarted gw-a keeps it running', () => {
    const fix = loadShipped('vrrp-group-kill.fix').model as VrrpModel;
    const model = createVrrpModel({ ...fix.config, notify: { master: 'start', fault: 'stop', stop: 'stop' } });
    const result = check(model, [singleVipHolder(model.config), singleService()], { maxFaults: 1 });
    expect(verdicts(result)).toEqual({ 'single-vip-holder': 'holds', 'single-service': 'violated' });
  });

  it('runs notify_stop on a graceful stop only, after removing the VIP; a kill runs nothing', () => {
    const fix = loadShipped('vrrp-group-kill.fix').model as VrrpModel;
    const model = createVrrpModel({ ...fix.config, faultKinds: new Set(['stop', 'kill'] as const) });
    const master = walk(model, ['tick*12', 'downTimer(gw-a)']);
    expect(hosts(master)).toEqual(['MASTER+vip+svc', 'BACKUP', 'BACKUP']);
    expect(hosts(model.next(master, { type: 'stop', router: 0 }))).toEqual(['STOPPED', 'BACKUP', 'BACKUP']);
    expect(hosts(model.next(master, { type: 'kill', router: 0 }))).toEqual(['STOPPED+vip+svc', 'BACKUP', 'BACKUP']);
  });
});
