import { describe, expect, it } from 'vitest';
import type { HaStackParams } from '../../../models/hastack/config.js';
import { createHaStackModel } from '../../../models/hastack/model.js';
import { initialStatesOf, successorsOf } from '../../../src/core/successors.js';
import { runEffect } from '../../../models/hastack/effects.js';
import { holderServes } from '../../../properties/hastack.js';
import { walkLabels } from '../../fixtures/walkLabels.js';

const NOTIFY = { master: ['drbd.promote', 'mount', 'nfs.start'], backup: ['nfs.stop', 'umount', 'drbd.demote'], fault: ['nfs.stop', 'umount', 'drbd.demote'] } as const;
const router = (name: string, priority: number) => ({ name, priority, initialState: 'BACKUP' as const, nopreempt: true, preemptDelay: 0, advertInt: 1 });
const nfsStack = (over: Partial<HaStackParams> = {}): HaStackParams => ({
  service: 'nfs',
  vrrp: { version: 2, vrid: 51, routers: [router('a', 150), router('b', 100)] },
  keepalived: { notify: NOTIFY },
  drbd: { writes: 1 },
  faultKinds: ['crash', 'stop', 'kill'],
  ...over,
});

const walk = walkLabels;

const BOOT = ['notify_backup(a): nfs.stop', 'notify_backup(a): umount', 'notify_backup(a): drbd.demote', 'notify_backup(b): nfs.stop', 'notify_backup(b): umount', 'notify_backup(b): drbd.demote'];
const A_SERVES = [...BOOT, 'tick*13', 'downTimer(a)', 'notify_master(a): drbd.promote', 'notify_master(a): mount', 'notify_master(a): nfs.start'];

describe('the HA stack model', () => {
  it('boots both nodes in BACKUP with notify_backup, then elects a, whose notify_master makes it serve', () => {
    const model = createHaStackModel(nfsStack());
    const first = initialStatesOf(model)[0]!;
    expect(first.nodes.map((n) => n.script)).toEqual(['backup', 'backup']);
    expect(successorsOf(model, first).some((x) => x.label === 'tick')).toBe(false);
    const s = walk(model, A_SERVES);
    expect(s.drbd?.nodes.map((n) => n.role)).toEqual(['Primary', 'Secondary']);
    expect(holderServes(model.config, s)).toBe(true);
  });

  it('runs only notify_stop when keepalived stops: the old master stays Primary and the peer promote is refused, ending its script', () => {
    const model = createHaStackModel(nfsStack());
    const s = walk(model, [...A_SERVES, 'stop(a)', 'tick*2', 'downTimer(b)']);
    expect(s.nodes[0].script).toBe('none');
    const labels = successorsOf(model, s).map((x) => x.label);
    expect(labels).toContain('notify_master(b): drbd.promote fails (two-primaries)');
    const after = walk(model, [...A_SERVES, 'stop(a)', 'tick*2', 'downTimer(b)', 'notify_master(b): drbd.promote fails (two-primaries)']);
    expect(after.nodes[1].script).toBe('none');
    expect(after.nodes[1].mounted).toBe(false);
    expect(after.drbd?.nodes.map((n) => n.role)).toEqual(['Primary', 'Secondary']);
    expect(holderServes(model.config, after)).toBe(false);
  });

  it('lets a best-effort notify_stop be lost', () => {
    const model = createHaStackModel(nfsStack({ keepalived: { notify: { ...NOTIFY, stop: ['nfs.stop', 'umount', 'drbd.demote'] } } }));
    const s = walk(model, [...A_SERVES, 'stop(a)']);
    expect(s.nodes[0].script).toBe('stop');
    expect(successorsOf(model, s).map((x) => x.label)).toEqual(expect.arrayContaining(['notify_stop(a): nfs.stop', 'notifyStopLost(a)']));
  });

  it('sends nothing when keepalived is killed, and a supervisor restarts it into BACKUP, whose notify_backup demotes', () => {
    const model = createHaStackModel(nfsStack({ keepalived: { notify: NOTIFY, supervisor: { restart: 1 } } }));
    const killed = walk(model, [...A_SERVES, 'kill(a)']);
    expect(killed.vrrp.routers[1]!.down).toBeGreaterThan(2); // no priority-0 advert: b waits its full down timer
    const s = walk(model, [...A_SERVES, 'kill(a)', 'tick*4', 'supervise(a)', 'notify_backup(a): nfs.stop', 'notify_backup(a): umount', 'notify_backup(a): drbd.demote']);
    expect(s.drbd?.nodes[0].role).toBe('Secondary');
  });

  it('refuses to demote a mounted device and to unmount an exported one, so effect order matters', () => {
    const model = createHaStackModel(nfsStack());
    const s = walk(model, A_SERVES);
    expect(runEffect(model.config, s, 0, 'drbd.demote').failure).toBe('held-open');
    expect(runEffect(model.config, s, 0, 'umount').failure).toBe('busy');
    expect(runEffect(model.config, s, 1, 'mount').failure).toBe('not-primary');
    expect(runEffect(model.config, s, 1, 'drbd.promote').failure).toBe('two-primaries');
  });

  it('fences a peer that is still Primary by powering it off, and leaves a Secondary peer alone', () => {
    const model = createHaStackModel(nfsStack());
    const s = walk(model, A_SERVES);
    const fenced = runEffect(model.config, s, 1, 'fence.peer').state;
    expect(fenced.vrrp.routers[0]!.st).toBe('DOWN');
    expect(runEffect(model.config, fenced, 1, 'drbd.promote').failure).toBe(null);
    expect(runEffect(model.config, s, 0, 'fence.peer').state).toBe(s);
  });
});

describe('weight-0 trackers and FAULT', () => {
  const dnsStack = (weight: number): HaStackParams => ({
    service: 'dns',
    vrrp: { version: 2, vrid: 53, routers: [{ ...router('a', 150), nopreempt: false }, { ...router('b', 100), nopreempt: false }] },
    keepalived: { tracker: { name: 'chk_dns', check: 'dns', interval: 5, fall: 1, rise: 1, weight } },
    faultKinds: ['daemon'],
  });

  it('starts in FAULT until the first check, then enters BACKUP', () => {
    const model = createHaStackModel(dnsStack(0));
    const first = initialStatesOf(model)[0]!;
    expect(first.nodes.map((n) => n.kd)).toEqual(['fault', 'fault']);
    const s = walk(model, ['chk_dns(a): ok', 'chk_dns(b): ok']);
    expect(s.vrrp.routers.map((r) => r.st)).toEqual(['BACKUP', 'BACKUP']);
  });

  it('puts a MASTER whose check fails into FAULT with a priority-0 advert, so the peer takes over after Skew_Time', () => {
    const model = createHaStackModel(dnsStack(0));
    const s = walk(model, ['chk_dns(a): ok', 'chk_dns(b): ok', 'tick*13', 'downTimer(a)', 'dnsStop(a)', 'tick*4', 'advert(a)', 'tick*3', 'chk_dns(a): fail']);
    expect(s.nodes[0].kd).toBe('fault');
    expect(s.vrrp.routers[1]!.down).toBe(2);
  });

  it('advertises the lowered priority with a negative weight instead of entering FAULT', () => {
    const model = createHaStackModel(dnsStack(-60));
    const s = walk(model, ['chk_dns(a): ok', 'chk_dns(b): ok', 'tick*13', 'downTimer(a)', 'dnsStop(a)', 'tick*4', 'advert(a)', 'tick*3', 'chk_dns(a): fail']);
    expect(s.nodes[0].kd).toBe('running');
    expect(s.vrrp.routers[0]!.st).toBe('MASTER');
    expect(model.view!(s)['a.priority']).toBe(90);
  });
});
