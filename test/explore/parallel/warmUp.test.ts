import { describe, expect, it } from 'vitest';
import { benchModel } from '../../../bench/benchSource.js';
import { check } from '../../../src/explore/check.js';
import type { EngineModel } from '../../../src/core/model.js';
import type { Property } from '../../../src/core/property.js';
import { levelExpander } from '../../../src/explore/parallel/levelExpander.js';
import { WARM_ROUNDS, WARM_STATES, warmUp } from '../../../src/explore/parallel/warmUp.js';

const setup = { maxFaults: 0, checkDeadlocks: false };

function expanderOf(name: 'vrrp' | 'philosophers', n: number) {
  const { model, properties } = benchModel(name, n);
  return levelExpander(model as EngineModel<unknown>, properties as readonly Property<unknown>[], setup);
}

describe("a worker's warm-up", () => {
  it('explores private searches of at most its state budget while the coordinator is not joining', () => {
    const explored = warmUp(expanderOf('vrrp', 6), () => false);
    expect(explored).toBeGreaterThan(WARM_STATES);
    // A round stops within a level of its budget: at most a level's worth more than the budget.
    expect(explored).toBeLessThanOrEqual(WARM_ROUNDS * 2 * WARM_STATES);
  });

  it('explores a space smaller than its budget once, as a search would', () => {
    const { model, properties } = benchModel('philosophers', 4);
    const whole = check(model, properties, {});
    expect(whole.status).not.toBe('error');
    const explored = warmUp(expanderOf('philosophers', 4), () => false);
    expect(explored).toBe(whole.status === 'error' ? -1 : whole.stats.states);
  });

  it('explores nothing once the coordinator wants to join', () => {
    expect(warmUp(expanderOf('vrrp', 6), () => true)).toBe(0);
  });

  it('stops at the next level boundary when the coordinator asks mid-way', () => {
    let levels = 0;
    const explored = warmUp(expanderOf('vrrp', 6), () => ++levels > 3);
    expect(explored).toBeGreaterThan(0);
    expect(explored).toBeLessThan(WARM_STATES);
  });

  it('swallows what the model throws: the real search meets it again and reports it', () => {
    const { model, properties } = benchModel('vrrp', 5);
    const throwing = Object.create(model) as typeof model;
    (throwing as { step: unknown }).step = () => {
      throw new Error('no step');
    };
    const expander = levelExpander(throwing as EngineModel<unknown>, properties as readonly Property<unknown>[], setup);
    expect(() => warmUp(expander, () => false)).not.toThrow();
  });
});
