import { describe, expect, it } from 'vitest';
import { always } from '../../src/core/property.js';
import { check } from '../../src/explore/check.js';
import { counterModel, type CounterState } from '../fixtures/counter.js';
import { packedCounterModel, packedValue } from '../fixtures/packedCounter.js';
import { twoPhaseCommitModel, twoPhaseCommitProperties } from '../fixtures/twoPhaseCommit.js';
import { labels, ran, verdictOf, violationOf, witnessOf } from '../fixtures/verdicts.js';

const below = (k: number) => always<CounterState>(`below-${k}`, (s) => s.n < k);

describe('check limits', () => {
  it('stops after 5 stored states with limit max-states and says so in the stats', () => {
    const result = ran(check(counterModel({ max: 100 }), [below(50)], { maxStates: 5 }));
    expect(result.status).toBe('incomplete');
    if (result.status !== 'incomplete') return;
    expect(result.limit).toBe('max-states');
    expect(result.stats.states).toBe(5);
    expect(result.stats.depth).toBe(4);
    expect(verdictOf(result, 'below-50').status).toBe('undecided');
  });

  it('never stores more than max-states states, even when one state has many successors', () => {
    const result = ran(check(twoPhaseCommitModel(3), twoPhaseCommitProperties(), { maxStates: 20 }));
    expect(result.status).toBe('incomplete');
    expect(result.stats.states).toBeLessThanOrEqual(20);
  });

  it('passes when the space has exactly max-states states', () => {
    const result = ran(check(counterModel({ max: 10 }), [below(50)], { maxStates: 11 }));
    expect(result.status).toBe('pass');
    expect(result.stats.states).toBe(11);
  });

  it('stops at depth 4 with limit max-depth, having stored the 5 states up to it', () => {
    const result = ran(check(counterModel({ max: 100 }), [below(50)], { maxDepth: 4 }));
    expect(result.status).toBe('incomplete');
    if (result.status !== 'incomplete') return;
    expect(result.limit).toBe('max-depth');
    expect([result.stats.states, result.stats.depth]).toEqual([5, 4]);
  });

  it('still reports a violation found within the depth bound', () => {
    const result = ran(check(counterModel({ max: 100 }), [below(3)], { maxDepth: 4 }));
    expect(result.status).toBe('violation');
    expect(labels(violationOf(result, 'below-3').trace)).toEqual(['inc', 'inc', 'inc']);
  });

  it('marks a violation run incomplete when a limit stopped it before the other properties were decided', () => {
    const result = ran(check(counterModel({ max: 100 }), [below(3), below(50)], { maxStates: 10 }));
    expect(result.status).toBe('violation');
    if (result.status !== 'violation') return;
    expect(result.limit).toBe('max-states');
    expect(verdictOf(result, 'below-50').status).toBe('undecided');
  });

  it('leaves a violation run complete when every property was decided', () => {
    const result = ran(check(counterModel({ max: 10 }), [below(3), below(50)], { maxStates: 100 }));
    expect(result.status).toBe('violation');
    if (result.status === 'violation') expect(result.limit).toBeUndefined();
  });

  it('times out on a counter of 50 million states after 1 ms with limit timeout', () => {
    const model = packedCounterModel(50_000_000);
    const result = ran(check(model, [always('small', (s: Uint8Array) => packedValue(s) <= 50_000_000)], { timeoutSeconds: 0.001 }));
    expect(result.status).toBe('incomplete');
    if (result.status !== 'incomplete') return;
    expect(result.limit).toBe('timeout');
    expect(result.stats.states).toBeGreaterThan(0);
    expect(result.stats.states).toBeLessThan(50_000_001);
    expect(result.stats.seconds).toBeLessThan(5);
  });

  it('stops before 1 MiB of storage with limit max-memory', () => {
    const model = packedCounterModel(50_000_000);
    const result = ran(check(model, [always('small', (s: Uint8Array) => packedValue(s) <= 50_000_000)], { maxMemoryMiB: 1 }));
    expect(result.status).toBe('incomplete');
    if (result.status !== 'incomplete') return;
    expect(result.limit).toBe('max-memory');
    expect(result.stats.states).toBeGreaterThan(0);
    expect(result.stats.states * result.stats.bytesPerState).toBeLessThanOrEqual(1024 * 1024);
  });

  it('finds the same 8832 states of two-phase commit with hash compaction and bounds the omission probability', () => {
    const model = twoPhaseCommitModel(5);
    const exact = ran(check(model, twoPhaseCommitProperties()));
    const compact = ran(check(model, twoPhaseCommitProperties(), { storage: 'hash-compaction' }));
    expect(compact.status).toBe('pass');
    expect([compact.stats.states, compact.stats.transitions, compact.stats.storage]).toEqual([8832, exact.stats.transitions, 'hash-compaction']);
    expect(exact.stats.omissionProbability).toBeUndefined();
    const p = compact.stats.omissionProbability;
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1e-6);
    expect(verdictOf(compact, 'consistent').status).toBe('holds');
    expect(witnessOf(compact, 'commit-agreement').steps.length).toBe(16);
  });

  it('rejects a negative state limit as a usage error', () => {
    const result = check(counterModel({ max: 3 }), [], { maxStates: -1 });
    expect(result.status).toBe('error');
    if (result.status !== 'error') return;
    expect(result.error.code.slice(0, 3)).toBe('FL1');
  });
});
