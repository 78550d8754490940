import { describe, expect, it } from 'vitest';
import { downIntervalTicks, resolveVrrpConfig, skewTicks } from '../../../models/vrrp/config.js';
import { instance, router } from './params.js';

describe('resolveVrrpConfig', () => {
  it('makes a tick a quarter of the advert interval', () => {
    const config = resolveVrrpConfig(instance([router('r1', 150), router('r2', 100)]));
    expect(config.gcdCs).toBe(100);
    expect(config.routers.map((r) => r.advertTicks)).toEqual([4, 4]);
  });

  it('takes the tick from the greatest common divisor of mismatched intervals', () => {
    const config = resolveVrrpConfig(instance([router('r1', 150), router('r2', 100, { advertInt: 1.5 })], { version: 3 }));
    expect(config.gcdCs).toBe(50);
    expect(config.routers.map((r) => r.advertTicks)).toEqual([8, 12]);
  });

  it('rounds Skew_Time down to ticks: priority 100 → 0.609 s → 2 ticks, 150 → 1, 254 → 0', () => {
    const config = resolveVrrpConfig(instance([router('r1', 150), router('r2', 100), router('r3', 254)]));
    const [r1, r2, r3] = config.routers;
    expect([skewTicks(config, r1!, 100), skewTicks(config, r2!, 100), skewTicks(config, r3!, 100)]).toEqual([1, 2, 0]);
    expect([downIntervalTicks(config, r1!, 100), downIntervalTicks(config, r2!, 100)]).toEqual([13, 14]);
  });

  it('uses the receiver’s own interval in v2 and the Master’s interval in v3', () => {
    const params = [router('r1', 100), router('r2', 100, { advertInt: 2 })];
    const v2 = resolveVrrpConfig(instance(params));
    const v3 = resolveVrrpConfig(instance(params, { version: 3 }));
    expect(downIntervalTicks(v2, v2.routers[0]!, 200)).toBe(14);
    // v3: 3 × 2 s + (156 × 2 s / 256) = 6 s + 1.22 s → 24 + 4 ticks.
    expect(downIntervalTicks(v3, v3.routers[0]!, 200)).toBe(28);
  });

  it('clears nopreempt and preempt_delay when the initial state is MASTER, as keepalived does', () => {
    const config = resolveVrrpConfig(
      instance([router('r1', 150, { initialState: 'MASTER', nopreempt: true, preemptDelay: 2 }), router('r2', 100, { nopreempt: true, preemptDelay: 2 })]),
    );
    expect(config.routers.map((r) => [r.nopreempt, r.preemptDelayTicks, r.startsMaster])).toEqual([
      [false, 0, false],
      [true, 8, false],
    ]);
  });

  it('lets only an owner with state MASTER start as MASTER', () => {
    const config = resolveVrrpConfig(instance([router('r1', 255, { initialState: 'MASTER' }), router('r2', 255 - 1, { initialState: 'MASTER' })]));
    expect(config.routers.map((r) => r.startsMaster)).toEqual([true, false]);
  });

  it('refuses an instance with one router', () => {
    expect(() => resolveVrrpConfig(instance([router('r1', 100)]))).toThrow(RangeError);
  });
});
