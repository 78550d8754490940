import { describe, expect, it } from 'vitest';
import type { HaStackParams } from '../../../models/hastack/config.js';
import { createHaStackModel, type HaStackModel } from '../../../models/hastack/model.js';
import type { HaState } from '../../../models/hastack/state.js';
import { initialStatesOf, successorsOf } from '../../../src/core/successors.js';
import { holderServes } from '../../../properties/hastack.js';
import { walkLabels } from '../../fixtures/walkLabels.js';

const router = (name: string, priority: number) => ({ name, priority, initialState: 'BACKUP' as const, nopreempt: false, preemptDelay: 0, advertInt: 1 });
const dnsStack = (keepalived: HaStackParams['keepalived'], faultKinds: HaStackParams['faultKinds'] = ['nic', 'daemon']): HaStackParams => ({
  service: 'dns',
  vrrp: { version: 2, vrid: 53, routers: [router('a', 150), router('b', 100)] },
  keepalived,
  faultKinds,
});

const walk = walkLabels;

const A_MASTER = ['tick*13', 'downTimer(a)'];
const FAULT_LABEL = /^(dns|eth1|nic)(Stop|Start|Down|Up)\(/;

/** Takes the first enabled protocol step (timers, trackers before time) until `done` holds, at most 200 steps. */
function runUntil(model: HaStackModel, from: HaState, done: (s: HaState) => boolean): HaState {
  let s = from;
  for (let k = 0; k < 200 && !done(s); k++) s = successorsOf(model, s).find((x) => !FAULT_LABEL.test(x.label))!.state;
  if (!done(s)) throw new Error('condition not reached in 200 steps');
  return s;
}

describe('track_interface on the service NIC', () => {
  it('puts a MASTER whose tracked NIC goes down into FAULT with a priority-0 advert, and leaves FAULT into BACKUP when it comes back', () => {
    const model = createHaStackModel(dnsStack({ trackInterface: { name: 'eth1', weight: 0 } }));
    const down = walk(model, [...A_MASTER, 'eth1Down(a)']);
    expect(down.nodes[0].kd).toBe('fault');
    expect(down.vrrp.routers[1]!.down).toBe(2); // Skew_Time after the priority-0 advert
    expect(model.view!(down)['a.keepalived']).toBe('FAULT');
    const taken = walk(model, ['tick*2', 'downTimer(b)'], down);
    expect(holderServes(model.config, taken)).toBe(true);
    const back = walk(model, ['eth1Up(a)'], taken);
    expect(back.nodes[0].kd).toBe('running');
    expect(back.vrrp.routers[0]!.st).toBe('BACKUP');
  });

  it('leaves the VIP on a node whose untracked service NIC is down, so nothing answers', () => {
    const model = createHaStackModel(dnsStack({}));
    const s = walk(model, [...A_MASTER, 'nicDown(a)', 'tick*4', 'advert(a)']);
    expect(s.vrrp.routers[0]!.st).toBe('MASTER');
    expect(holderServes(model.config, s)).toBe(false);
  });

  it('lowers the priority with a negative interface weight, so the peer preempts instead of a FAULT', () => {
    const model = createHaStackModel(dnsStack({ trackInterface: { name: 'eth1', weight: -60 } }));
    const down = walk(model, [...A_MASTER, 'eth1Down(a)']);
    expect(down.nodes[0].kd).toBe('running');
    expect(model.view!(down)['a.priority']).toBe(90);
    const after = runUntil(model, down, (t) => t.vrrp.routers[1]!.st === 'MASTER');
    expect(after.nodes[0].kd).toBe('running');
    expect(after.vrrp.routers[0]!.st).toBe('BACKUP');
    expect(model.view!(walk(model, ['eth1Up(a)'], after))['a.priority']).toBe(150);
  });
});

describe('several vrrp_scripts per instance', () => {
  const two = (w1: number, w2: number) =>
    dnsStack({
      trackers: [
        { name: 'chk_a', check: 'dns', interval: 1, fall: 1, rise: 1, weight: w1 },
        { name: 'chk_b', check: 'dns', interval: 1, fall: 1, rise: 1, weight: w2 },
      ],
      trackInterface: { name: 'eth1', weight: -100 },
    });

  it('sums the adjustments and clamps the effective priority to 1..254', () => {
    const model = createHaStackModel(two(-30, -40));
    const ok = walk(model, ['chk_a(a): ok', 'chk_b(a): ok', 'chk_a(b): ok', 'chk_b(b): ok', 'dnsStop(a)', 'tick*4', 'chk_a(a): fail', 'chk_b(a): fail']);
    expect(model.view!(ok)['a.priority']).toBe(80);
    expect(model.view!(walk(model, ['eth1Down(a)'], ok))['a.priority']).toBe(1);
    const up = createHaStackModel(two(90, 60));
    const high = walk(up, ['chk_a(a): ok', 'chk_b(a): ok']);
    expect(up.view!(high)['a.priority']).toBe(254);
  });

  it('holds FAULT while any weight-0 script is KO, and leaves it only when none is', () => {
    const model = createHaStackModel(two(0, -40));
    const first = initialStatesOf(model)[0]!;
    expect(first.nodes[0].kd).toBe('fault');
    const master = runUntil(model, first, (t) => t.vrrp.routers[0]!.st === 'MASTER');
    const stopped = walk(model, ['dnsStop(a)'], master);
    // chk_b (weighted) and chk_a (weight 0) report the failure in the same round: FAULT.
    const f = runUntil(model, stopped, (t) => t.nodes[0].kd === 'fault');
    expect(f.nodes[0].trks.map((t) => t.trk)).toContain('ko');
    expect(f.vrrp.routers[1]!.down).toBeLessThanOrEqual(2);
    const restarted = walk(model, ['dnsStart(a)'], f);
    const back = runUntil(model, restarted, (t) => t.nodes[0].kd === 'running');
    expect(back.nodes[0].trks[0]!.trk).toBe('ok');
    expect(back.vrrp.routers[0]!.st).toBe('BACKUP');
  });
});
