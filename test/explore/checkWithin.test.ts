import { describe, expect, it } from 'vitest';
import { within } from '../../src/core/property.js';
import { formatPath } from '../../src/core/trace.js';
import { check } from '../../src/explore/check.js';
import { recoveryModel, retryLoopModel, stuckModel, type ServiceState } from '../fixtures/recoveryModels.js';
import { expectReplays, finalView, labels, ran, verdictOf, violationOf } from '../fixtures/verdicts.js';

const upWithin = (bound: number) => within<ServiceState>('up-again', bound, (s) => s.up);

describe('check of bounded response (within)', () => {
  it('passes within 3 when recovery takes 3 ticks after the fault', () => {
    const result = ran(check(recoveryModel({ ticks: 3 }), [upWithin(3)], { maxFaults: 1 }));
    expect(result.status).toBe('pass');
    expect(verdictOf(result, 'up-again').status).toBe('holds');
  });

  it('fails within 2 with a deadline trace ending at the tick that crosses the bound', () => {
    const model = recoveryModel({ ticks: 3 });
    const result = ran(check(model, [upWithin(2)], { maxFaults: 1 }));
    expect(result.status).toBe('violation');
    const { kind, trace } = violationOf(result, 'up-again');
    expect(kind).toBe('deadline');
    // Up again at time 3: one unit too late for a bound of 2 (docs/decisions/0002).
    expect(labels(trace)).toEqual(['fail', 'tick', 'tick', 'tick']);
    expect(trace.steps.map((s) => s.fault)).toEqual([true, false, false, false]);
    expect(formatPath(trace)).toBe('0/1/0/0/0');
    expect(trace.steps[2]?.view).toEqual({ up: false, r: 2 });
    expectReplays(model, trace);
  });

  it('gives the same verdicts with an unbounded fault budget, each fault restarting the clock', () => {
    const model = recoveryModel({ ticks: 3 });
    expect(check(model, [upWithin(3)]).status).toBe('pass');
    const { trace } = violationOf(check(model, [upWithin(2)]), 'up-again');
    expect(labels(trace)).toEqual(['fail', 'tick', 'tick', 'tick']);
  });

  it('passes even within 0 when the fault budget is 0', () => {
    const result = ran(check(recoveryModel({ ticks: 3 }), [upWithin(0)], { maxFaults: 0 }));
    expect(result.status).toBe('pass');
    expect(result.stats.states).toBe(1);
  });

  it('counts time from the initial state when the service starts down', () => {
    const model = recoveryModel({ ticks: 3, startDown: true });
    expect(check(model, [upWithin(3)], { maxFaults: 0 }).status).toBe('pass');
    const { kind, trace } = violationOf(check(model, [upWithin(2)], { maxFaults: 0 }), 'up-again');
    expect(kind).toBe('deadline');
    expect(labels(trace)).toEqual(['tick', 'tick', 'tick']);
    expect(trace.steps[1]?.view).toEqual({ up: false, r: 2 });
  });

  it('measures the bound in time units, not steps, when ticks last 2 units', () => {
    const model = recoveryModel({ ticks: 3, tickDuration: 2 });
    expect(check(model, [upWithin(6)], { maxFaults: 1 }).status).toBe('pass');
    const result = check(model, [upWithin(5)], { maxFaults: 1 });
    expect(result.status).toBe('violation');
    expect(violationOf(result, 'up-again').kind).toBe('deadline');
    expect(check(model, [upWithin(3)], { maxFaults: 1 }).status).toBe('violation');
  });

  it('fails on a retry loop that can go on forever without recovering', () => {
    const model = retryLoopModel();
    const result = ran(check(model, [upWithin(5)], { maxFaults: 1 }));
    expect(result.status).toBe('violation');
    const { kind, trace } = violationOf(result, 'up-again');
    expect(kind).toBe('deadline');
    // The first states past the bound, breadth-first: five retries, then a recovery at t = 6.
    expect(labels(trace)).toEqual(['fail', ...Array(5).fill('retry'), 'recover']);
    expect(formatPath(trace)).toBe('0/1/1/1/1/1/1/0');
    expect(finalView(trace)).toEqual({ up: true, r: 0 });
    expectReplays(model, trace);
  });

  it('fails within 0 on the retry loop at the first timed step after the fault, even one that recovers late', () => {
    const { trace } = violationOf(check(retryLoopModel(), [upWithin(0)], { maxFaults: 1 }), 'up-again');
    // `recover` takes one time unit: up again at t = 1 is already past a bound of 0.
    expect(labels(trace)).toEqual(['fail', 'recover']);
  });

  it('fails when the service deadlocks while still down, long before the bound', () => {
    const model = stuckModel();
    const result = ran(check(model, [upWithin(50)], { maxFaults: 1 }));
    expect(result.status).toBe('violation');
    const { kind, trace } = violationOf(result, 'up-again');
    expect(kind).toBe('deadline');
    expect(labels(trace)).toEqual(['fail', 'tick', 'tick']);
    expect(finalView(trace)).toEqual({ up: false, r: 2 });
    expectReplays(model, trace);
  });

  it('decides two within properties separately, whichever expires first', () => {
    const model = recoveryModel({ ticks: 4 });
    const tight = within<ServiceState>('up-within-1', 1, (s) => s.up);
    const loose = within<ServiceState>('up-within-2', 2, (s) => s.up);
    for (const properties of [
      [tight, loose],
      [loose, tight],
    ]) {
      const result = ran(check(model, properties, { maxFaults: 1 }));
      expect(result.status).toBe('violation');
      expect(formatPath(violationOf(result, 'up-within-1').trace)).toBe('0/1/0/0');
      expect(formatPath(violationOf(result, 'up-within-2').trace)).toBe('0/1/0/0/0');
    }
  });
});
