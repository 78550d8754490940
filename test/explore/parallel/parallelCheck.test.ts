import { beforeAll, describe, expect, it } from 'vitest';
import { benchModel, benchSource } from '../../../bench/benchSource.js';
import { referenceRow } from '../../../bench/reference.js';
import type { BenchModelName } from '../../../models/bench/index.js';
import { check } from '../../../src/explore/check.js';
import { parallelCheck } from '../../../src/explore/parallel/parallelCheck.js';
import type { ParallelProfile } from '../../../src/explore/parallel/parallelProfile.js';
import { buildOnce, faultline } from '../../cli/runFaultline.js';

const rows: [BenchModelName, number][] = [
  ['vrrp', 4],
  ['vrrp', 5],
  ['stp-ring', 3],
  ['philosophers', 8],
  ['philosophers', 10],
];

/** The JSON report without what is measured rather than computed. */
function computed(json: string): string {
  return json.replace(/"(seconds|statesPerSecond|bytesPerState)": [\d.e+-]+/g, '"$1": M');
}

describe('the parallel exhaustive search', () => {
  beforeAll(buildOnce, 180_000);

  it.each(rows)('explores %s-%i on 2 and 3 workers with the reference counts and depth', async (name, n) => {
    const ref = referenceRow(name, n)!;
    const { model, properties } = benchModel(name, n);
    for (const workers of [2, 3]) {
      const result = await parallelCheck(model, properties, {}, benchSource(name, n), workers);
      expect(result.status).toBe('pass');
      if (result.status !== 'pass') return;
      expect([result.stats.states, result.stats.transitions, result.stats.depth]).toEqual([ref.states, ref.transitions, ref.depth]);
    }
  }, 120_000);

  it.each(rows)('finds the Bad invariant of %s-%i at the reference depth, with the trace and counts of one thread', async (name, n) => {
    const ref = referenceRow(name, n)!;
    const { model, properties } = benchModel(name, n, 'bad');
    const one = check(model, properties, {});
    const two = await parallelCheck(model, properties, {}, benchSource(name, n, 'bad'), 2);
    expect(two.status).toBe('violation');
    if (two.status !== 'violation' || one.status !== 'violation') return;
    const trace = (r: typeof two) => (r.verdicts[0]!.status === 'violated' ? r.verdicts[0]!.trace : undefined);
    expect(trace(two)!.steps.length).toBe(ref.badDepth);
    expect(trace(two)).toEqual(trace(one));
    // The one-thread search stops inside the level; the parallel one reports the same figures.
    expect([two.stats.states, two.stats.transitions, two.stats.depth]).toEqual([one.stats.states, one.stats.transitions, one.stats.depth]);
  }, 120_000);

  it('tells where the workers’ time went: every record sent is received, and the cache drops some successors', async () => {
    const { model, properties } = benchModel('vrrp', 5);
    let profile: ParallelProfile | undefined;
    const result = await parallelCheck(model, properties, {}, benchSource('vrrp', 5), 2, (p) => (profile = p));
    expect(result.status).toBe('pass');
    if (result.status !== 'pass' || profile === undefined) throw new Error('no profile');
    expect(profile.levels).toBe(result.stats.depth + 1);
    expect(profile.workers).toHaveLength(2);
    const sum = (pick: (w: ParallelProfile['workers'][number]) => number): number => profile!.workers.reduce((n, w) => n + pick(w), 0);
    expect(sum((w) => w.sent)).toBe(sum((w) => w.received));
    expect(sum((w) => w.sent)).toBeGreaterThan(0);
    expect(sum((w) => w.cacheHits)).toBeGreaterThan(0);
    expect(sum((w) => w.cacheHits) + sum((w) => w.sent)).toBeLessThanOrEqual(result.stats.transitions);
  }, 120_000);

  it('stops at the first violation where one thread does', async () => {
    const { model, properties } = benchModel('vrrp', 5, 'bad');
    const options = { stopAtFirstViolation: true };
    const one = check(model, properties, options);
    const two = await parallelCheck(model, properties, options, benchSource('vrrp', 5, 'bad'), 2);
    expect(two.status).toBe('violation');
    if (two.status === 'error' || one.status === 'error') return;
    expect([two.stats.states, two.stats.transitions]).toEqual([one.stats.states, one.stats.transitions]);
  }, 120_000);

  it('prints the same JSON on 1 and 2 workers for designs that pass, fail early, fail with several properties, have deadlines or are site manifests', () => {
    for (const design of [
      'models/designs/r6-advert-mismatch.pitfall.yaml',
      'models/designs/r6-nopreempt-placement.fix.yaml',
      'models/designs/s2-keepalived-drbd.pitfall.yaml',
      'models/designs/d2-vrrp-health-check.pitfall.yaml',
      'models/designs/r3-lacp-pxe.fix.yaml',
      'test/fixtures/configs/s2-seed/site.yaml',
    ]) {
      const one = faultline('check', design, '--workers', '1', '--format', 'json');
      const two = faultline('check', design, '--workers', '2', '--format', 'json');
      expect(two.code).toBe(one.code);
      expect(computed(two.stdout)).toBe(computed(one.stdout));
    }
  }, 240_000);
});
