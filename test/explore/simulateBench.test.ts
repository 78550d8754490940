import { describe, expect, it } from 'vitest';
import type { PropertyVerdict } from '../../src/core/result.js';
import { replayPath } from '../../src/core/successors.js';
import { formatPath, parsePath } from '../../src/core/trace.js';
import { simulate } from '../../src/explore/simulate.js';
import { philosophers, stpRing, vrrpBench, type BenchModel } from '../../models/bench/index.js';

/** BFS-shortest counterexample depths from shared/bench/MODELS.md. */
const cases: readonly [string, BenchModel<unknown>, number][] = [
  ['vrrp-5', vrrpBench(5), 7],
  ['stp-ring-4', stpRing(4), 6],
  ['philosophers-8', philosophers(8), 8],
];

describe('simulate on the benchmark models', () => {
  for (const [name, bench, shortest] of cases) {
    it(`finds the Bad invariant of ${name} within a few thousand walks and shrinks it near the shortest`, () => {
      const r = simulate(bench.model, [bench.ok, bench.bad], { seed: 2024, runs: 3000 });
      expect(r.result.status).toBe('violation');
      if (r.result.status !== 'violation') return;
      const [ok, bad] = r.result.verdicts as [PropertyVerdict<Uint8Array>, PropertyVerdict<Uint8Array>];
      expect(ok.status).toBe('holds');
      expect(bad.status).toBe('violated');
      if (bad.status !== 'violated') return;
      expect(bad.trace.steps.length).toBeGreaterThanOrEqual(shortest);
      expect(bad.trace.steps.length).toBeLessThanOrEqual(shortest + 1);
      const replayed = replayPath<Uint8Array>(bench.model, parsePath(formatPath(bad.trace)));
      const last = replayed.steps[replayed.steps.length - 1]!.state;
      expect(bench.bad.holds(last)).toBe(false);
    });
  }
});
