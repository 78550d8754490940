import { describe, expect, it } from 'vitest';
import { always, sometimes } from '../../src/core/property.js';
import { check } from '../../src/explore/check.js';
import { counterModel, type CounterState } from '../fixtures/counter.js';
import { packedCounterModel, packedValue } from '../fixtures/packedCounter.js';
import { labels, ran, verdictOf, violationOf, witnessOf } from '../fixtures/verdicts.js';

const notGlitched = always<CounterState>('not-glitched', (s) => !s.glitched);

describe('check on the counter', () => {
  it('explores 11 states and 30 transitions of the counter 0..10 and passes exhaustively', () => {
    const result = check(counterModel({ max: 10 }), [always('in-range', (s) => s.n <= 10)]);
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect([result.stats.states, result.stats.transitions, result.stats.depth]).toEqual([11, 30, 10]);
    expect(result.bounds.exhaustive).toBe(true);
    expect(result.stats.storage).toBe('exact');
    expect(verdictOf(result, 'in-range').status).toBe('holds');
  });

  it('explores 1001 states and 3000 transitions of the packed counter 0..1000', () => {
    const model = packedCounterModel(1000);
    const result = ran(check(model, [always('in-range', (s: Uint8Array) => packedValue(s) <= 1000)]));
    expect(result.status).toBe('pass');
    expect([result.stats.states, result.stats.transitions, result.stats.depth]).toEqual([1001, 3000, 1000]);
  });

  it('witnesses the top of the counter after exactly 10 increments', () => {
    const result = check(counterModel({ max: 10 }), [sometimes('top', (s) => s.n === 10)]);
    expect(result.status).toBe('pass');
    const trace = witnessOf(result, 'top');
    expect(labels(trace)).toEqual(Array(10).fill('inc'));
    expect(trace.steps.at(-1)?.view).toEqual({ n: 10, glitched: false });
  });

  it('keeps the glitch states unreachable with a fault budget of 0', () => {
    const result = ran(check(counterModel({ max: 10, withGlitch: true }), [notGlitched], { maxFaults: 0 }));
    expect(result.status).toBe('pass');
    expect([result.stats.states, result.stats.transitions, result.stats.maxFaults]).toEqual([11, 30, 0]);
    expect(verdictOf(result, 'not-glitched').status).toBe('holds');
  });

  it('reaches the 11 glitch states with a fault budget of 1, through a single fault step', () => {
    const model = counterModel({ max: 10, withGlitch: true });
    const result = ran(check(model, [notGlitched], { maxFaults: 1 }));
    expect(result.status).toBe('violation');
    expect(result.stats.maxFaults).toBe(1);
    const { kind, trace } = violationOf(result, 'not-glitched');
    expect(kind).toBe('invariant');
    expect(trace.steps.map((s) => [s.choice, s.action, s.fault])).toEqual([[1, 'glitch', true]]);
    const all = ran(check(model, [always('in-range', (s) => s.n <= 10)], { maxFaults: 1 }));
    expect([all.stats.states, all.stats.transitions]).toEqual([22, 71]);
  });

  it('finds the same 22 states with an unbounded fault budget, since glitch happens once', () => {
    const result = ran(check(counterModel({ max: 10, withGlitch: true }), [always('in-range', (s) => s.n <= 10)]));
    expect(result.status).toBe('pass');
    expect([result.stats.states, result.stats.transitions]).toEqual([22, 71]);
  });

  it('explores the whole space when given no property at all', () => {
    const result = check(counterModel({ max: 10, withGlitch: true }), [], { maxFaults: 1 });
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect([result.stats.states, result.stats.transitions, result.bounds.exhaustive]).toEqual([22, 71, true]);
  });
});
