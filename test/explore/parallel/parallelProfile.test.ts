import { describe, expect, it } from 'vitest';
import type { LevelTiming } from '../../../src/explore/parallel/bfsProtocol.js';
import { parallelProfile } from '../../../src/explore/parallel/parallelProfile.js';

const level = (busy: number, wait = 0, sent = 0): LevelTiming => ({ cpu: busy, busy, wait, sent, received: sent, cacheHits: 1 });

describe('parallelProfile', () => {
  it('adds up each worker’s levels and keeps its start-up and total CPU', () => {
    const p = parallelProfile(
      [
        [level(1, 0.5, 10), level(2, 0, 20)],
        [level(3, 0, 1), level(3, 0.25, 2)],
      ],
      [
        { startCpu: 0.1, cpu: 4.2 },
        { startCpu: 0.2, cpu: 5.3 },
      ],
    );
    expect(p.levels).toBe(2);
    expect(p.workers).toEqual([
      { startCpu: 0.1, cpu: 4.2, busy: 4, wait: 0.5, sent: 11, received: 11, cacheHits: 2 },
      { startCpu: 0.2, cpu: 5.3, busy: 5, wait: 0.25, sent: 22, received: 22, cacheHits: 2 },
    ]);
  });

  it('counts as lost the busiest worker’s time above the mean, level by level', () => {
    // Level 1: busiest 2, mean 1.5 → 0.5 lost; level 2: even. Busiest in all: 2 + 3.
    const p = parallelProfile([[level(1), level(2)], [level(3), level(3)]], [{ startCpu: 0, cpu: 0 }, { startCpu: 0, cpu: 0 }]);
    expect(p.imbalance).toBeCloseTo(0.5 / 5);
  });

  it('reports no imbalance for a run without levels', () => {
    expect(parallelProfile([], [{ startCpu: 0, cpu: 0 }]).imbalance).toBe(0);
  });
});
