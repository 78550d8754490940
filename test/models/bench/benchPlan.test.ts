import { describe, expect, it } from 'vitest';
import { benchPlan } from '../../../bench/benchPlan.js';

const sizes = (argv: string[]): string[] => benchPlan(argv).exhaustive.map((t) => `${t.model}-${t.n}${t.naive ? '+naive' : ''}`);

describe('benchPlan', () => {
  it('runs the sizes with a naive baseline by default', () => {
    expect(sizes([])).toEqual([
      'vrrp-6+naive', 'vrrp-7+naive', 'vrrp-8+naive',
      'stp-ring-4+naive', 'stp-ring-5+naive',
      'philosophers-14+naive', 'philosophers-16+naive', 'philosophers-18+naive',
    ]);
  });

  it('runs every reference size with --full but the naive BFS only where the baseline ran it', () => {
    const full = sizes(['--full']);
    expect(full).toContain('vrrp-9');
    expect(full).toContain('vrrp-8+naive');
    expect(full).toContain('philosophers-20');
    expect(full).toContain('philosophers-18+naive');
    expect(full).not.toContain('philosophers-19+naive');
  });

  it('runs one model at one size with --model and --n, and drops the naive BFS with --no-naive', () => {
    expect(sizes(['--model', 'stp-ring', '--n', '3', '--no-naive'])).toEqual(['stp-ring-3']);
    expect(benchPlan(['--model', 'stp-ring', '--n', '3']).random).toEqual([
      { model: 'stp-ring', n: 3, runs: 1000, maxSteps: 1000, minSteps: 1_000_000 },
    ]);
  });

  it('measures the random mode at the baseline sizes', () => {
    expect(benchPlan(['--quick']).random.map((t) => `${t.model}-${t.n}`)).toEqual(['vrrp-7', 'stp-ring-5', 'philosophers-16']);
  });

  it('rejects unknown flags, unknown models and --n without --model', () => {
    expect(() => benchPlan(['--fast'])).toThrow(/unknown flag/);
    expect(() => benchPlan(['--model', 'drbd'])).toThrow(/unknown model/);
    expect(() => benchPlan(['--n', '4'])).toThrow(/--n needs --model/);
    expect(() => benchPlan(['--quick', '--full'])).toThrow(/exclude/);
  });
});
