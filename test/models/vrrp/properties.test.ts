import { describe, expect, it } from 'vitest';
import { createVrrpModel } from '../../../models/vrrp/model.js';
import type { VrrpState } from '../../../models/vrrp/state.js';
import { defaultMasterBound, masterWithinBound, noFailbackUnderNopreempt, secondsToTicks, singleMaster, vrrpProperties } from '../../../properties/vrrp.js';
import { check } from '../../../src/explore/check.js';
import { instance, router } from './params.js';
import { walk } from './walk.js';

const pair = createVrrpModel(instance([router('r1', 150), router('r2', 100)]));
const split = walk(pair, ['tick*13', 'downTimer(r1)', 'partition', '~14', 'downTimer(r2)']);

describe('single-master', () => {
  const holds = singleMaster().holds;

  it('says nothing while the LAN is partitioned: each part sees its own MASTER', () => {
    expect(split.routers.every((r) => r.st === 'MASTER')).toBe(true);
    expect(holds(split)).toBe(true);
  });

  it('reports two MASTERs while one advert direction is lost: the LAN still joins them', () => {
    const lossy = walk(pair, ['tick*13', 'downTimer(r1)', 'lose(r1,r2)', '~14', 'downTimer(r2)']);
    expect(lossy.routers.every((r) => r.st === 'MASTER')).toBe(true);
    expect(holds(lossy)).toBe(false);
  });

  it('allows two MASTERs for one advert interval after a heal, and not a tick longer', () => {
    const healed = walk(pair, ['heal'], split);
    expect(holds(healed)).toBe(true);
    const twoMasters: VrrpState = { ...healed, routers: healed.routers.map((r) => ({ ...r, adv: 4 })) };
    expect(holds({ ...twoMasters, grace: 1 })).toBe(true);
    expect(holds({ ...twoMasters, grace: 0 })).toBe(false);
  });

  it('holds for every partition and heal of a well-configured pair (budget 2)', () => {
    const model = createVrrpModel(instance([router('r1', 150), router('r2', 100)], { faultKinds: ['partition'] }));
    const result = check(model, [singleMaster()], { maxFaults: 2 });
    expect(result.status).toBe('pass');
  });

  it('fails on one lost direction of a well-configured pair: the lower router never hears the MASTER', () => {
    const model = createVrrpModel(instance([router('r1', 150), router('r2', 100)], { faultKinds: ['loss'] }));
    const result = check(model, [singleMaster()], { maxFaults: 1 });
    expect(result.status).toBe('violation');
    if (result.status === 'violation') expect(result.verdicts[0]!.status === 'violated' && result.verdicts[0]!.trace.steps.some((s) => s.action === 'lose(r1,r2)')).toBe(true);
  });
});

describe('master-within-bound', () => {
  it('defaults to the longest down interval plus one advert interval', () => {
    expect(defaultMasterBound(pair.config)).toBe(14 + 4);
    expect(secondsToTicks(pair.config, 3.6)).toBe(14);
  });

  it('misses a 3 s requirement: the first election alone takes 3.25 s', () => {
    const result = check(pair, [masterWithinBound(pair.config, secondsToTicks(pair.config, 3))], { maxFaults: 0 });
    expect(result.status).toBe('violation');
    if (result.status !== 'violation') return;
    const [verdict] = result.verdicts;
    expect(verdict).toMatchObject({ status: 'violated', kind: 'deadline' });
  });

  it('holds with the default bound under every fault kind (budget 2)', () => {
    const result = check(pair, [masterWithinBound(pair.config)], { maxFaults: 2 });
    expect(result.status).toBe('pass');
  });
});

describe('no-failback-under-nopreempt', () => {
  it('holds trivially when no router asks for nopreempt', () => {
    expect(noFailbackUnderNopreempt(false).holds({ ...split, failback: true })).toBe(true);
    expect(noFailbackUnderNopreempt(true).holds({ ...split, failback: true })).toBe(false);
  });

  it('catches nopreempt silently cleared by state MASTER on the higher-priority router', () => {
    const params = instance([router('r1', 150, { initialState: 'MASTER', nopreempt: true }), router('r2', 100)], { faultKinds: ['crash'] });
    const model = createVrrpModel(params);
    const result = check(model, [noFailbackUnderNopreempt(true)], { maxFaults: 2 });
    expect(result.status).toBe('violation');
  });
});

describe('the VRRP model state space', () => {
  it('has a pinned size for a 2-router pair with every fault kind and budget 1', () => {
    // single-master fails under `loss` (one lost direction): the other two explore everything.
    const result = check(pair, vrrpProperties(pair.config, false).filter((p) => p.name !== 'single-master'), { maxFaults: 1 });
    expect(result.status).toBe('pass');
    // 865 states and 999 transitions before the `nic` and `kill` fault kinds (decision 0040) joined the defaults.
    expect(result.status !== 'error' && [result.stats.states, result.stats.transitions]).toEqual([1169, 1379]);
    const before = createVrrpModel(instance([router('r1', 150), router('r2', 100)], { faultKinds: ['crash', 'stop', 'partition', 'loss', 'filter'] }));
    const old = check(before, vrrpProperties(before.config, false).filter((p) => p.name !== 'single-master'), { maxFaults: 1 });
    expect(old.status !== 'error' && [old.stats.states, old.stats.transitions]).toEqual([865, 999]);
  });
});
