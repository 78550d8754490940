/**
 * Limits are promises: a run stops close to `--timeout` even when one state costs a lot, and
 * `--max-memory` counts the whole process, not only the visited-state store.
 */
import { describe, expect, it } from 'vitest';
import { codecOf, int, record } from '../../src/core/layout.js';
import type { Model } from '../../src/core/model.js';
import { always } from '../../src/core/property.js';
import { check } from '../../src/explore/check.js';
import { simulate } from '../../src/explore/simulate.js';
import { ran } from '../fixtures/verdicts.js';

type Slow = { readonly n: number };
type SlowAction = { readonly type: 'inc' } | { readonly type: 'dec' };

/** A counter whose every state takes `ms` to expand, as a state of a big topology does. */
function slowCounter(ms: number): Model<Slow, SlowAction> {
  return {
    name: 'slow-counter',
    codec: codecOf(record<Slow & Record<string, unknown>>({ n: int(0, 60_000) })),
    initialStates: () => [{ n: 0 }],
    actions(s) {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // busy: the cost of one expensive state
      }
      return s.n < 60_000 ? [{ type: 'inc' }, { type: 'dec' }] : [{ type: 'dec' }];
    },
    faults: () => [],
    next: (s, a) => ({ n: a.type === 'inc' ? s.n + 1 : Math.max(0, s.n - 1) }),
  };
}
const small = always<Slow>('small', (s) => s.n < 60_000);

describe('limits are promises', () => {
  it('stops check within a few expensive states of the timeout, not 1,024 states later', () => {
    const result = ran(check(slowCounter(20), [small], { timeoutSeconds: 0.2 }));
    expect(result.status === 'incomplete' && result.limit).toBe('timeout');
    // 0.2 s at 20 ms a state is 10 states; the old clock read every 1,024 states.
    expect(result.stats.states).toBeLessThan(100);
  });

  it('stops simulate inside a walk at the timeout', () => {
    const run = simulate(slowCounter(20), [small], { seed: 1, runs: 1000, maxSteps: 100, timeoutSeconds: 0.2 });
    expect(run.result.status === 'incomplete' && run.result.limit).toBe('timeout');
    // One walk of 100 steps would take 2 s; the run stops within a few steps of 0.2 s.
    expect(run.steps).toBeLessThan(60);
  });

  it('counts the process heap against --max-memory, not only the store', () => {
    const heapMiB = process.memoryUsage().heapUsed / 2 ** 20;
    const result = ran(check(slowCounter(0), [small], { maxMemoryMiB: Math.max(1, Math.floor(heapMiB / 2)) }));
    expect(result.status === 'incomplete' && result.limit).toBe('max-memory');
    expect(result.stats.states).toBeLessThan(1024);
  });
});
