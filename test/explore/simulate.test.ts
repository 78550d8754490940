import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/core/model.js';
import { always, sometimes, within } from '../../src/core/property.js';
import type { CheckResult, PropertyVerdict } from '../../src/core/result.js';
import { replayPath } from '../../src/core/successors.js';
import { formatPath, parsePath, type Trace } from '../../src/core/trace.js';
import type { Progress } from '../../src/explore/options.js';
import { simulate } from '../../src/explore/simulate.js';
import { belowLimit, counterModel, type CounterState } from '../fixtures/randomCounter.js';
import { notAllLit, packedChain } from '../fixtures/randomPackedChain.js';
import { recoveryModel, type RecoveryState } from '../fixtures/randomRecovery.js';

function verdict<S>(result: CheckResult<S>, name: string): PropertyVerdict<S> {
  if (result.status === 'error') throw new Error(result.error.message);
  const v = result.verdicts.find((x) => x.property.name === name);
  if (!v) throw new Error(`no verdict for ${name}`);
  return v;
}

function traceOf<S>(v: PropertyVerdict<S>): Trace<S> {
  if (v.status !== 'violated' && v.status !== 'witnessed') throw new Error(`expected a trace, got ${v.status}`);
  return v.trace;
}

function lastState<S>(trace: Trace<S>): S {
  return trace.steps.length > 0 ? (trace.steps[trace.steps.length - 1]!.state) : trace.initial;
}

describe('simulate', () => {
  it('gives the same result for the same seed', () => {
    const run = () => simulate(counterModel(), [belowLimit(5)], { seed: 42, runs: 200 });
    const a = run();
    const b = run();
    expect(a.seed).toBe(42);
    expect(a.result.status).toBe('violation');
    expect(b.runs).toBe(a.runs);
    expect(b.steps).toBe(a.steps);
    expect(formatPath(traceOf(verdict(b.result, 'below-limit')))).toBe(formatPath(traceOf(verdict(a.result, 'below-limit'))));
  });

  it('reports a drawn seed that reproduces the run', () => {
    const first = simulate(counterModel(), [belowLimit(6)], { runs: 100, shrink: false });
    const again = simulate(counterModel(), [belowLimit(6)], { runs: 100, shrink: false, seed: first.seed });
    expect(first.result.status === 'error' ? undefined : first.result.stats.seed).toBe(first.seed);
    expect(again.runs).toBe(first.runs);
    expect(formatPath(traceOf(verdict(again.result, 'below-limit')))).toBe(formatPath(traceOf(verdict(first.result, 'below-limit'))));
  });

  it('shrinks a failing counter walk to the five increments and replays its path', () => {
    const model = counterModel();
    for (const seed of [1, 2, 3, 4]) {
      const { result } = simulate(model, [belowLimit(5)], { seed, runs: 500 });
      const v = verdict(result, 'below-limit');
      expect(v.status).toBe('violated');
      const trace = traceOf(v);
      expect(trace.steps.map((s) => s.action)).toEqual(['inc()', 'inc()', 'inc()', 'inc()', 'inc()']);
      const replayed = replayPath(model, parsePath(formatPath(trace)));
      expect(lastState(replayed).n).toBe(5);
    }
  });

  it('keeps the shortest walk found, unshrunk, when shrinking is off', () => {
    const { result } = simulate(counterModel(), [belowLimit(5)], { seed: 7, runs: 500, shrink: false });
    const trace = traceOf(verdict(result, 'below-limit'));
    expect(trace.steps.length).toBeGreaterThanOrEqual(5);
    expect(lastState(trace).n).toBe(5);
  });

  it('shrinks a packed walk to the shortest and replays it to a violating state', () => {
    const model = packedChain(6);
    const { result } = simulate(model, [notAllLit(6)], { seed: 3, runs: 2000 });
    const trace = traceOf(verdict(result, 'not-all-lit'));
    expect(trace.steps.map((s) => s.action)).toEqual(['light(0)', 'light(1)', 'light(2)', 'light(3)', 'light(4)', 'light(5)']);
    const replayed = replayPath<Uint8Array>(model, parsePath(formatPath(trace)));
    expect(notAllLit(6).holds(lastState(replayed))).toBe(false);
  });

  it('passes a correct model without claiming exhaustiveness', () => {
    const r = simulate(counterModel(), [belowLimit(10)], { seed: 5, runs: 300, maxSteps: 40 });
    expect(r.result.status).toBe('pass');
    if (r.result.status !== 'pass') return;
    expect(r.result.bounds.exhaustive).toBe(false);
    expect(r.result.bounds.maxDepth).toBe(40);
    expect(verdict(r.result, 'below-limit').status).toBe('holds');
    expect(r.runs).toBe(300);
    expect(r.steps).toBeGreaterThan(300);
    expect(r.result.stats.depth).toBeLessThanOrEqual(40);
  });

  it('never takes more faults than the budget', () => {
    const model = recoveryModel(2);
    const fewFaults = always<RecoveryState>('few-faults', (s) => s.faults < 3);
    const twoFaults = sometimes<RecoveryState>('two-faults', (s) => s.faults === 2);
    const within2 = simulate(model, [fewFaults, twoFaults], { seed: 9, runs: 500, maxFaults: 2 });
    expect(within2.result.status).toBe('pass');
    expect(verdict(within2.result, 'two-faults').status).toBe('witnessed');
    const beyond = simulate(model, [fewFaults], { seed: 9, runs: 500, maxFaults: 3 });
    const trace = traceOf(verdict(beyond.result, 'few-faults'));
    expect(trace.steps.length).toBe(3);
    expect(trace.steps.every((s) => s.fault)).toBe(true);
  });

  it('witnesses a reachable goal with a short trace and leaves an unreachable one unwitnessed', () => {
    const model = counterModel();
    const r = simulate(model, [sometimes<CounterState>('four', (s) => s.n === 4), sometimes<CounterState>('ten', (s) => s.n === 10)], {
      seed: 11,
      runs: 300,
    });
    expect(r.result.status).toBe('unwitnessed');
    const four = verdict(r.result, 'four');
    expect(four.status).toBe('witnessed');
    expect(traceOf(four).steps.length).toBe(4);
    expect(verdict(r.result, 'ten').status).toBe('unwitnessed');
  });

  it('finds a missed recovery deadline after a crash', () => {
    const model = recoveryModel(3);
    const r = simulate(model, [within<RecoveryState>('back-up', 2, (s) => s.up)], { seed: 13, runs: 500 });
    const v = verdict(r.result, 'back-up');
    expect(v.status === 'violated' && v.kind).toBe('deadline');
    expect(traceOf(v).steps.map((s) => s.action)).toEqual(['crash()', 'tick()', 'tick()', 'tick()']);
  });

  it('passes a recovery deadline that the model always meets', () => {
    const r = simulate(recoveryModel(3), [within<RecoveryState>('back-up', 3, (s) => s.up)], { seed: 13, runs: 500 });
    expect(r.result.status).toBe('pass');
  });

  it('reports a deadlock and a deadline that can no longer be met there', () => {
    const model = counterModel({ stopAt: 3 });
    const r = simulate(model, [within<CounterState>('flag-set', 20, (s) => s.flag)], { seed: 17, runs: 500 });
    const deadlock = verdict(r.result, 'deadlock-free');
    expect(deadlock.status === 'violated' && deadlock.kind).toBe('deadlock');
    expect(lastState(traceOf(deadlock)).n).toBe(3);
    expect(traceOf(deadlock).steps.length).toBe(3);
    const stuck = verdict(r.result, 'flag-set');
    expect(stuck.status === 'violated' && stuck.kind).toBe('deadline');
    expect(lastState(traceOf(stuck))).toEqual({ n: 3, flag: false });
  });

  it('stops at the timeout with an incomplete result and reports progress on the way', () => {
    const progress: Progress[] = [];
    const r = simulate(counterModel(), [belowLimit(10)], {
      seed: 1,
      runs: 100_000_000,
      timeoutSeconds: 1.3,
      onProgress: (p) => progress.push(p),
    });
    expect(r.result.status === 'incomplete' && r.result.limit).toBe('timeout');
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress[0]!.queued).toBeGreaterThan(0);
    expect(progress[0]!.transitions).toBeGreaterThan(0);
    expect(verdict(r.result, 'below-limit').status).toBe('undecided');
    expect(r.runs).toBeGreaterThan(0);
    expect(r.runs).toBeLessThan(100_000_000);
  });

  it('marks a violation run incomplete when the timeout stopped the walks for the other properties', () => {
    const r = simulate(counterModel(), [belowLimit(3), belowLimit(10_000)], { seed: 1, runs: 100_000_000, timeoutSeconds: 0.5 });
    expect(r.result.status === 'violation' && r.result.limit).toBe('timeout');
    expect(r.result.status !== 'error' && r.result.verdicts.map((v) => v.status)).toEqual(['violated', 'undecided']);
  });

  it('reports what it searched, so a rerun can pass every option back', () => {
    const r = simulate(counterModel(), [belowLimit(10)], { seed: 5, runs: 30, maxSteps: 40, maxFaults: 1 });
    expect(r.searched).toEqual({ runs: 30, maxSteps: 40, maxFaults: 1, timeoutSeconds: Infinity });
  });

  it('returns errors as data for bad options and throwing models', () => {
    const bad = simulate(counterModel(), [belowLimit(5)], { runs: -1 });
    expect(bad.result.status === 'error' && bad.result.error.code).toBe('FL101');
    const base = counterModel();
    const throwing: Model<CounterState, any> = {
      ...base,
      next: (s, a) => {
        if (s.n === 2 && a.type === 'inc') throw new Error('boom');
        return base.next(s, a);
      },
    };
    const r = simulate(throwing, [belowLimit(5)], { seed: 1, runs: 200 });
    expect(r.result.status === 'error' && r.result.error.code).toBe('FL302');
    expect(r.seed).toBe(1);
  });
});
