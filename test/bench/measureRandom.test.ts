import { describe, expect, it } from 'vitest';
import { measureRandom } from '../../bench/measureRandom.js';

describe('the random-mode measurement', () => {
  it('times one round when the walks reach the steps it needs', () => {
    const line = measureRandom({ model: 'vrrp', n: 3, runs: 20, maxSteps: 100, minSteps: 1_000 });
    expect(line).toMatchObject({ status: 'pass', runs: 20, steps: 2_000, warmUpRounds: 0 });
    expect(line.fastCheckSteps).toBe(2_000);
  });

  it('warms up on walks that end early, then times as many more walks as reach the steps it needs', () => {
    // philosophers' walks end at the deadlock, a few dozen steps in: 20 walks take far fewer than 5,000.
    const line = measureRandom({ model: 'philosophers', n: 6, runs: 20, maxSteps: 1_000, minSteps: 5_000 });
    expect(line.warmUpRounds).toBe(1);
    expect(line.runs).toBeGreaterThan(20);
    expect(line.steps).toBeGreaterThanOrEqual(4_000);
    expect(line.fastCheckSteps).toBeGreaterThan(2_000);
    expect(line.randomStepsPerSecond).toBeGreaterThan(0);
  });
});
