import { describe, expect, it } from 'vitest';
import { replayPath, successorsOf, initialStatesOf } from '../../../src/core/successors.js';
import { check } from '../../../src/explore/check.js';
import type { CheckResult } from '../../../src/core/result.js';
import { createLvsModel } from '../../../models/lvs/model.js';
import { resolveLvsConfig } from '../../../models/lvs/config.js';
import type { LvsState } from '../../../models/lvs/state.js';
import { deadServerLeavesPool, noQueryToKnownDead, serviceWithin } from '../../../properties/lvs.js';
import { d3Params } from './params.js';

function violated<S>(result: CheckResult<S>): Record<string, string[]> {
  if (result.status === 'error') throw new Error(result.error.message);
  return Object.fromEntries(result.verdicts.flatMap((v) => (v.status === 'violated' ? [[v.property.name, v.trace.steps.map((s) => s.action)]] : [])));
}

/**
 * Follows labels from the initial state; `advance N` lets N seconds pass, running the health
 * checks that fall due on the way.
 */
function run(model: ReturnType<typeof createLvsModel>, labels: readonly string[]): LvsState {
  let s = initialStatesOf(model)[0]!;
  const take = (label: string) => {
    const succ = successorsOf(model, s).find((x) => x.label === label);
    if (!succ) throw new Error(`${label} not enabled`);
    s = succ.state;
  };
  for (const label of labels) {
    const m = /^advance (\d+)$/.exec(label);
    if (!m) {
      take(label);
      continue;
    }
    for (let t = 0; t < Number(m[1]); ) {
      const check = successorsOf(model, s).find((x) => x.label.startsWith('check'));
      if (check) s = check.state;
      else {
        take('tick');
        t++;
      }
    }
  }
  return s;
}

const ticks = (n: number) => new Array<string>(n).fill('tick');

describe('the LVS model', () => {
  it('resolves the D3 check bound: delay_loop 5 plus a dig that gives up after 2 s', () => {
    const config = resolveLvsConfig(d3Params(false));
    expect(config.checkBoundTicks).toBe(7);
    expect(config.takeoverTicks).toEqual([4]);
    expect(resolveLvsConfig(d3Params(false, { digSeconds: 9 })).silentCheckTicks).toBe(5);
    expect(resolveLvsConfig(d3Params(false, { retry: 2 })).checkBoundTicks).toBe(7 + 2 * 3);
  });

  it('removes a silent host after the dig gives up, and a refusing daemon at once', () => {
    const model = createLvsModel(d3Params(false));
    const wait = ['hostDown(dns1)', 'daemonStop(dns2)', ...ticks(5), 'checkStart(lvs1,dns1)', 'checkStart(lvs1,dns2)'];
    const s = run(model, wait);
    expect(s.directors[0]!.checks.map((c) => [c.inPool, c.phase])).toEqual([[true, 'run'], [false, 'wait']]);
    const later = run(model, [...wait, ...ticks(2), 'checkEnd(lvs1,dns1)']);
    expect(later.directors[0]!.checks[0]!.inPool).toBe(false);
  });

  it('puts a recovered server back after its next passing check', () => {
    const model = createLvsModel(d3Params(false));
    const s = run(model, ['daemonStop(dns1)', ...ticks(5), 'checkStart(lvs1,dns1)', 'checkStart(lvs1,dns2)', 'daemonStart(dns1)', ...ticks(5), 'checkStart(lvs1,dns1)']);
    expect(s.directors[0]!.checks[0]!.inPool).toBe(true);
  });

  it('moves the VIP to the backup director after its down interval, and back when the primary returns', () => {
    const model = createLvsModel(d3Params(true));
    const s = run(model, ['directorCrash(lvs1)', 'advance 4', 'takeover(lvs2)']);
    expect(s.holder).toBe(1);
    const back = run(model, ['directorCrash(lvs1)', 'advance 4', 'takeover(lvs2)', 'directorRestart(lvs1)', 'advance 4', 'takeover(lvs1)']);
    expect(back.holder).toBe(0);
  });

  it('finds the single director losing the service, in the shortest trace', () => {
    const model = createLvsModel(d3Params(false));
    const { config } = model;
    const result = check(model, [serviceWithin(config), deadServerLeavesPool(config), noQueryToKnownDead()], { maxFaults: 1 });
    const v = violated(result);
    expect(Object.keys(v)).toEqual(['service-within']);
    expect(v['service-within']![0]).toBe('directorCrash(lvs1)');
    expect(v['service-within']!.slice(1).every((a) => a === 'tick')).toBe(true);
  });

  it('keeps the service with a director pair under VRRP, with a pinned state count', () => {
    const model = createLvsModel(d3Params(true));
    const { config } = model;
    const result = check(model, [serviceWithin(config), deadServerLeavesPool(config), noQueryToKnownDead()], { maxFaults: 1 });
    expect(result.status).toBe('pass');
    if (result.status === 'pass') expect(result.stats.states).toBe(1324);
  });

  it('sends queries to a server known to fail while retries remain', () => {
    const model = createLvsModel(d3Params(false, { retry: 1 }));
    const result = check(model, [noQueryToKnownDead()], { maxFaults: 1 });
    expect(violated(result)['no-query-to-known-dead']).toContain('daemonStop(dns1)');
  });

  it('replays a path from a trace', () => {
    const model = createLvsModel(d3Params(false));
    const trace = replayPath(model, [0, 0]);
    expect(trace.steps[0]!.action).toBe('tick');
  });
});
