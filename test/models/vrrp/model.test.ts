import { describe, expect, it } from 'vitest';
import { createVrrpModel } from '../../../models/vrrp/model.js';
import type { VrrpState } from '../../../models/vrrp/state.js';
import { replayPath } from '../../../src/core/successors.js';
import { instance, router } from './params.js';
import { enabled, walk } from './walk.js';

const states = (s: VrrpState) => s.routers.map((r) => r.st);
const pair = createVrrpModel(instance([router('r1', 150), router('r2', 100)]));

describe('the VRRP model', () => {
  it('starts every non-owner in BACKUP with a full Master_Down_Interval', () => {
    const [s0] = pair.initialStates();
    expect(s0!.routers.map((r) => [r.st, r.down])).toEqual([
      ['BACKUP', 13],
      ['BACKUP', 14],
    ]);
    expect(enabled(pair, s0!)).toEqual(['tick', 'crash(r1)', 'stop(r1)', 'kill(r1)', 'nicDown(r1)', 'crash(r2)', 'stop(r2)', 'kill(r2)', 'nicDown(r2)', 'partition', 'lose(r1,r2)', 'lose(r2,r1)']);
  });

  it('lets the higher-priority backup take over first, and its advert holds the other in BACKUP', () => {
    const s = walk(pair, ['tick*13', 'downTimer(r1)']);
    expect(states(s)).toEqual(['MASTER', 'BACKUP']);
    expect(s.routers[1]!.down).toBe(14);
    const later = walk(pair, ['tick*4', 'advert(r1)', 'tick*4', 'advert(r1)'], s);
    expect(states(later)).toEqual(['MASTER', 'BACKUP']);
    expect(later.routers[1]!.down).toBe(14);
  });

  it('lets no time pass while a timer is due', () => {
    const due = walk(pair, ['tick*13']);
    expect(enabled(pair, due).filter((l) => !/crash|stop|kill|partition|lose|nic/.test(l))).toEqual(['downTimer(r1)']);
  });

  it('fires simultaneous down timers in priority order (skew as an order)', () => {
    const model = createVrrpModel(instance([router('r1', 254), router('r2', 200)]));
    const due = walk(model, ['tick*12']);
    expect(due.routers.map((r) => r.down)).toEqual([0, 0]);
    expect(enabled(model, due)[0]).toBe('downTimer(r1)');
    expect(enabled(model, due)).not.toContain('downTimer(r2)');
    expect(states(walk(model, ['downTimer(r1)'], due))).toEqual(['MASTER', 'BACKUP']);
  });

  it('makes both VRRPv2 routers MASTER when their advert_int differs, as the adverts are dropped', () => {
    const model = createVrrpModel(instance([router('r1', 150), router('r2', 100, { advertInt: 2 })]));
    const s = walk(model, ['tick*13', 'downTimer(r1)', 'tick*4', 'advert(r1)', 'tick*4', 'advert(r1)', 'tick*4', 'advert(r1)', 'tick', 'downTimer(r2)']);
    expect(states(s)).toEqual(['MASTER', 'MASTER']);
    expect(s.lan).toBe('connected');
  });

  it('keeps one MASTER under VRRPv3 with the same mismatch, as the backup learns the interval', () => {
    const model = createVrrpModel(instance([router('r1', 150), router('r2', 100, { advertInt: 2 })], { version: 3 }));
    // gcd 1 s → tick 0.25 s; r2's down interval with r1's 1 s interval is 12 + 2 ticks.
    const s = walk(model, ['tick*13', 'downTimer(r1)']);
    expect(states(s)).toEqual(['MASTER', 'BACKUP']);
    expect(s.routers[1]!.down).toBe(14);
  });

  it('lets the backup take over after Skew_Time when keepalived stops on the master (priority 0)', () => {
    const s = walk(pair, ['tick*13', 'downTimer(r1)', 'stop(r1)']);
    expect(s.routers.map((r) => [r.st, r.down])).toEqual([
      ['STOPPED', 0],
      ['BACKUP', 2],
    ]);
    expect(states(walk(pair, ['tick*2', 'downTimer(r2)'], s))).toEqual(['STOPPED', 'MASTER']);
  });

  it('sends nothing when the master host crashes: the backup waits its full down interval', () => {
    const s = walk(pair, ['tick*13', 'downTimer(r1)', 'crash(r1)']);
    expect(s.routers.map((r) => [r.st, r.down])).toEqual([
      ['DOWN', 0],
      ['BACKUP', 14],
    ]);
    expect(() => walk(pair, ['tick*13', 'downTimer(r2)'], s)).toThrow(/downTimer\(r2\) is not enabled/);
    expect(states(walk(pair, ['tick*14', 'downTimer(r2)'], s))).toEqual(['DOWN', 'MASTER']);
  });

  it('makes an owner with state MASTER the MASTER from the start', () => {
    const model = createVrrpModel(instance([router('r1', 100), router('gw', 255, { initialState: 'MASTER' })]));
    const [s0] = model.initialStates();
    expect(states(s0!)).toEqual(['BACKUP', 'MASTER']);
    expect(s0!.routers[0]!.down).toBe(14);
  });

  it('lets a restarted higher-priority router preempt the lower master', () => {
    const back = walk(pair, ['crash(r1)', 'tick*14', 'downTimer(r2)', 'restart(r1)', '~13']);
    expect(back.routers[0]!.down).toBe(0);
    const s = walk(pair, ['downTimer(r1)'], back);
    expect(states(s)).toEqual(['MASTER', 'BACKUP']);
    expect(s.failback).toBe(true);
  });

  it('keeps the lower master when the returning higher-priority router has nopreempt', () => {
    const model = createVrrpModel(instance([router('r1', 150, { nopreempt: true }), router('r2', 100)]));
    const s = walk(model, ['crash(r1)', 'tick*14', 'downTimer(r2)', 'restart(r1)', 'tick*4', 'advert(r2)', 'tick*4', 'advert(r2)']);
    expect(states(s)).toEqual(['BACKUP', 'MASTER']);
    expect(s.routers[0]!.down).toBe(13);
    expect(s.failback).toBe(false);
  });

  it('delays preemption by preempt_delay, then discards the lower-priority adverts', () => {
    const model = createVrrpModel(instance([router('r1', 150, { preemptDelay: 1 }), router('r2', 100)]));
    const back = walk(model, ['crash(r1)', 'tick*14', 'downTimer(r2)', 'restart(r1)', '~4']);
    // The first lower-priority advert is accepted and arms the 1 s (4-tick) delay.
    expect(back.routers[0]).toEqual({ st: 'BACKUP', down: 13, adv: 0, pd: 4, boot: 0, wait: -1, nic: true, vip: false, svc: false, respawn: -1, garp: -1 });
    const expired = walk(model, ['~4'], back);
    // The delay has expired: the advert at that instant is discarded, the down timer runs on.
    expect(expired.routers[0]).toEqual({ st: 'BACKUP', down: 9, adv: 0, pd: 0, boot: 0, wait: -1, nic: true, vip: false, svc: false, respawn: -1, garp: -1 });
    const after = walk(model, ['~9'], expired);
    expect(after.routers[0]!.down).toBe(0);
    expect(states(walk(model, ['downTimer(r1)'], after))).toEqual(['MASTER', 'BACKUP']);
  });

  it('resolves two masters after a heal at the next advert from either of them', () => {
    const split = walk(pair, ['tick*13', 'downTimer(r1)', 'partition', '~14', 'downTimer(r2)']);
    expect(states(split)).toEqual(['MASTER', 'MASTER']);
    const healed = walk(pair, ['heal'], split);
    expect(healed.grace).toBe(5);
    expect(healed.routers.map((r) => r.adv)).toEqual([2, 4]);
    expect(states(walk(pair, ['tick*2', 'advert(r1)'], healed))).toEqual(['MASTER', 'BACKUP']);
  });

  it('makes a MASTER answer a lower-priority advert at once (keepalived), so the lower one steps down', () => {
    const [s0] = pair.initialStates();
    const twoMasters: VrrpState = {
      ...s0!,
      routers: [
        { st: 'MASTER', down: 0, adv: 3, pd: -1, boot: 0, wait: -1, nic: true, vip: true, svc: false, respawn: -1, garp: -1 },
        { st: 'MASTER', down: 0, adv: 1, pd: -1, boot: 0, wait: -1, nic: true, vip: true, svc: false, respawn: -1, garp: -1 },
      ],
    };
    const s = walk(pair, ['tick', 'advert(r2)'], twoMasters);
    expect(s.routers.map((r) => [r.st, r.adv, r.down])).toEqual([
      ['MASTER', 4, 0],
      ['BACKUP', 0, 13 + 1],
    ]);
  });

  it('makes the receiver blind to a lossy direction only', () => {
    const s = walk(pair, ['tick*13', 'downTimer(r1)', 'lose(r1,r2)', '~14', 'downTimer(r2)']);
    expect(states(s)).toEqual(['MASTER', 'MASTER']);
    expect(s.lan).toBe('connected');
  });

  it('replays an action-index path and labels the steps', () => {
    const trace = replayPath(pair, [0, 9, 0]);
    expect(trace.steps.map((st) => st.action)).toEqual(['partition', 'tick']);
    expect(trace.steps[1]!.view).toMatchObject({ 'r1.state': 'BACKUP', 'r1.prio': 150, lan: 'partitioned', 'loss.r1>r2': false });
    expect(pair.duration!({ type: 'tick' })).toBe(1);
    expect(pair.duration!({ type: 'crash', router: 0 })).toBe(0);
  });

  it('encodes states canonically and decodes them back', () => {
    const s = walk(pair, ['tick*13', 'downTimer(r1)', 'lose(r2,r1)', '~2']);
    const bytes = new Uint8Array(pair.codec.width);
    pair.codec.encode(s, bytes);
    expect(pair.codec.decode(bytes)).toEqual(s);
  });

  it('offers only the fault kinds the design allows', () => {
    const model = createVrrpModel(instance([router('r1', 150), router('r2', 100)], { faultKinds: ['partition'] }));
    expect(enabled(model, model.initialStates()[0]!)).toEqual(['tick', 'partition']);
  });
});

describe('the VRRP view', () => {
  it('shows the preempt delay only for routers that configure one, in words when idle or expired', () => {
    const model = createVrrpModel(instance([router('r1', 150, { preemptDelay: 1 }), router('r2', 100)]));
    const view = model.view!(model.initialStates()[0]!);
    expect(view).toMatchObject({ 'r1.preemptDelay': 'idle', 'r2.state': 'BACKUP' });
    expect(Object.keys(view)).not.toContain('r2.preemptDelay');
  });
});
