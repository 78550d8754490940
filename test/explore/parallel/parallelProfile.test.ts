import { describe, expect, it } from 'vitest';
import type { LevelTiming } from '../../../src/explore/parallel/sharedProtocol.js';
import { parallelProfile } from '../../../src/explore/parallel/parallelProfile.js';

const level = (busy: number, wait = 0, stored = 0): LevelTiming => ({ cpu: busy, busy, wait, stored, updates: 1 });

describe('parallelProfile', () => {
  it('adds up each thread’s levels, the coordinator’s first, and adds a worker’s start-up to its CPU', () => {
    const p = parallelProfile(
      [
        [level(1, 0.5, 10), level(2, 0, 20)],
        [level(3, 0, 1), level(3, 0.25, 2)],
      ],
      [0.2],
      { levels: 3, states: 100, frontier: 40 },
      0.125,
    );
    expect(p.levels).toBe(2);
    expect(p.workers).toEqual([
      { startCpu: 0, cpu: 4, busy: 4, wait: 0.5, stored: 11, updates: 2 },
      { startCpu: 0.2, cpu: 5.2, busy: 5, wait: 0.25, stored: 22, updates: 2 },
    ]);
    expect(p.joined).toEqual({ levels: 3, states: 100, frontier: 40 });
    expect(p.settleSeconds).toBe(0.125);
  });

  it('counts as lost the busiest thread’s time above the mean, level by level', () => {
    // Level 1: busiest 2, mean 1.5 → 0.5 lost; level 2: even. Busiest in all: 2 + 3.
    const p = parallelProfile([[level(1), level(2)], [level(3), level(3)]], [0]);
    expect(p.imbalance).toBeCloseTo(0.5 / 5);
  });

  it('reports no threads and no imbalance for a run no worker joined', () => {
    const p = parallelProfile([], []);
    expect([p.workers, p.imbalance, p.joined]).toEqual([[], 0, undefined]);
  });
});
