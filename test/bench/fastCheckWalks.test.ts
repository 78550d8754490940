import { describe, expect, it } from 'vitest';
import { fastCheckIndexWalks } from '../../bench/fastCheckWalks.js';
import { benchModels } from '../../models/bench/index.js';

describe('fast-check index walks', () => {
  it('walk the model with the invariant checked on every step', () => {
    const walks = fastCheckIndexWalks(benchModels.vrrp(3), 20, 50, 7);
    expect(walks.holds).toBe(true);
    expect(walks.steps).toBeGreaterThan(20);
  });

  it('report a walk that breaks the invariant', () => {
    const bench = benchModels.vrrp(3);
    expect(fastCheckIndexWalks({ ...bench, ok: bench.bad }, 200, 50, 7).holds).toBe(false);
  });
});
