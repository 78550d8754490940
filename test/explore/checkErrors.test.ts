import { describe, expect, it } from 'vitest';
import { always } from '../../src/core/property.js';
import { check } from '../../src/explore/check.js';
import { counterModel, type CounterAction, type CounterState } from '../fixtures/counter.js';

describe('check on a faulty model', () => {
  it('returns error FL301 when a step leaves the state layout', () => {
    const base = counterModel({ max: 3 });
    const runaway = { ...base, actions: (): CounterAction[] => [{ type: 'inc' }] };
    const result = check(runaway, [always<CounterState>('any', () => true)]);
    expect(result.status).toBe('error');
    if (result.status !== 'error') return;
    expect(result.error.code).toBe('FL301');
    expect(result.error.message).toContain('4');
  });

  it('returns a model error instead of throwing when the model throws', () => {
    const base = counterModel({ max: 3 });
    const throwing = {
      ...base,
      next: (s: CounterState, a: CounterAction): CounterState => {
        if (s.n === 2) throw new Error('boom at 2');
        return base.next(s, a);
      },
    };
    const result = check(throwing, [always<CounterState>('any', () => true)]);
    expect(result.status).toBe('error');
    if (result.status !== 'error') return;
    expect(result.error.code.slice(0, 3)).toBe('FL3');
    expect(result.error.message).toContain('boom at 2');
  });
});
