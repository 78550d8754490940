import { describe, expect, it } from 'vitest';
import { createMclagModel } from '../../../models/mclag/model.js';
import { defaultPathBound, mclagProperties, noDualActive, serverKeepsPath } from '../../../properties/mclag.js';
import type { CheckResult } from '../../../src/core/result.js';
import { check } from '../../../src/explore/check.js';
import { simulate } from '../../../src/explore/simulate.js';
import { walk } from '../vrrp/walk.js';
import { domain } from './params.js';

function actionsOf<S>(result: CheckResult<S>, property: string): string[] {
  if (result.status === 'error') throw new Error(result.error.message);
  const verdict = result.verdicts.find((v) => v.property.name === property);
  if (verdict?.status !== 'violated') throw new Error(`${property} is ${verdict?.status}`);
  return verdict.trace.steps.map((s) => s.action);
}

function faultsOf<S>(result: CheckResult<S>, property: string): string[] {
  const verdict = result.status === 'error' ? undefined : result.verdicts.find((v) => v.property.name === property);
  if (verdict?.status !== 'violated') throw new Error(`${property} is ${verdict?.status}`);
  return verdict.trace.steps.filter((s) => s.fault).map((s) => s.action);
}

describe('no-dual-active', () => {
  it('is false once a silent keepalive makes the secondary promote itself while the primary lives', () => {
    const over = createMclagModel(domain({ keepalive: 'over-peer-link' }));
    const holds = noDualActive().holds;
    const waiting = walk(over, ['peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'tick*4']);
    expect(holds(waiting)).toBe(true);
    expect(holds(walk(over, ['tick', 'peerDead(leaf2)'], waiting))).toBe(false);
  });

  it('finds split brain after a single peer-link failure when there is no keepalive at all', () => {
    const none = createMclagModel(domain({ keepalive: 'none' }));
    const result = check(none, [noDualActive()], { maxFaults: 1 });
    expect(actionsOf(result, 'no-dual-active')).toEqual(['peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'tick', 'tick', 'tick', 'tick', 'tick', 'peerDead(leaf2)']);
  });

  it('holds for every single fault with a separate keepalive (pinned state count)', () => {
    const model = createMclagModel(domain());
    const result = check(model, mclagProperties(model.config), { maxFaults: 1 });
    expect(result.status).toBe('pass');
    expect(result.status !== 'error' && [result.stats.states, result.stats.transitions]).toEqual([20, 27]);
  });
});

describe('server-keeps-path', () => {
  it('defaults to the keepalive timeout plus two seconds', () => {
    expect(defaultPathBound(createMclagModel(domain({ keepaliveTimeout: 20 })).config)).toBe(22);
  });

  it('misses its deadline when the primary dies after the secondary suspended, without auto-recovery', () => {
    const model = createMclagModel(domain({ faultKinds: ['peer-link', 'peer'] }));
    const result = check(model, [serverKeepsPath(model.config)], { maxFaults: 2 });
    expect(actionsOf(result, 'server-keeps-path')).toEqual([
      'peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'tick', 'peerAlive(leaf2)', 'crash(leaf1)',
      ...new Array<string>(8).fill('tick'),
    ]);
  });

  it('holds under the same faults with auto-recovery', () => {
    const model = createMclagModel(domain({ faultKinds: ['peer-link', 'peer'], autoRecovery: true }));
    expect(check(model, mclagProperties(model.config), { maxFaults: 2 }).status).toBe('pass');
  });

  it('cannot survive the primary-side server link failing while the secondary is suspended', () => {
    const model = createMclagModel(domain({ autoRecovery: true, faultKinds: ['peer-link', 'member'] }));
    const result = check(model, [serverKeepsPath(model.config)], { maxFaults: 2 });
    expect(actionsOf(result, 'server-keeps-path').filter((a) => a !== 'tick')).toEqual(['peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'peerAlive(leaf2)', 'memberDown(leaf1)']);
  });
});

describe('random mode on the MC-LAG model', () => {
  it('finds the split brain of a keepalive carried over the peer link and shrinks it to the BFS length', () => {
    const over = createMclagModel(domain({ keepalive: 'over-peer-link' }));
    const { result } = simulate(over, [noDualActive()], { seed: 5, runs: 200, maxSteps: 40, maxFaults: 1 });
    expect(result.status).toBe('violation');
    const steps = actionsOf(result, 'no-dual-active');
    expect(steps[0]).toBe('peerLinkDown');
    expect(steps.at(-1)).toBe('peerDead(leaf2)');
    expect(steps.length).toBeLessThanOrEqual(11);
  });

  it('finds the vPC double-fault split brain with both faults named', () => {
    const model = createMclagModel(domain({ autoRecovery: true, faultKinds: ['peer-link', 'keepalive', 'peer'] }));
    const { result } = simulate(model, [noDualActive()], { seed: 11, runs: 500, maxSteps: 40, maxFaults: 2 });
    expect(result.status).toBe('violation');
    const faults = faultsOf(result, 'no-dual-active');
    expect([...faults].sort()).toEqual(['keepaliveDown', 'peerLinkDown']);
  });
});
