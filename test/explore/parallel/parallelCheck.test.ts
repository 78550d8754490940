import { beforeAll, describe, expect, it } from 'vitest';
import { benchModel, benchSource } from '../../../bench/benchSource.js';
import { referenceRow } from '../../../bench/reference.js';
import type { BenchModelName } from '../../../models/bench/index.js';
import { check } from '../../../src/explore/check.js';
import { HAND_OVER_FRONTIER, parallelCheck } from '../../../src/explore/parallel/parallelCheck.js';
import type { ParallelProfile } from '../../../src/explore/parallel/parallelProfile.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkOnThreads } from '../../../src/api/checkOnThreads.js';
import { loadDesign } from '../../../src/api/loadDesign.js';
import { buildOnce, faultline, root } from '../../cli/runFaultline.js';

const rows: [BenchModelName, number][] = [
  ['vrrp', 4],
  ['vrrp', 5],
  ['stp-ring', 3],
  ['philosophers', 8],
  ['philosophers', 10],
];

/** A result without what is measured rather than computed. */
function unmeasured<R extends { status: string }>(result: R): R {
  return 'stats' in result ? { ...result, stats: { ...(result.stats as object), seconds: 0, statesPerSecond: 0, bytesPerState: 0 } } : result;
}

/** The JSON report without what is measured rather than computed. */
function computed(json: string): string {
  return json.replace(/"(seconds|statesPerSecond|bytesPerState)": [\d.e+-]+/g, '"$1": M');
}

describe('the parallel exhaustive search', () => {
  beforeAll(buildOnce, 180_000);

  // Workers from the first level on (no states explored on this thread first).
  const atOnce = { handOverFrontier: 0 };

  it.each(rows)('explores %s-%i on 2 and 3 workers with the reference counts and depth', async (name, n) => {
    const ref = referenceRow(name, n)!;
    const { model, properties } = benchModel(name, n);
    for (const workers of [2, 3]) {
      const result = await parallelCheck(model, properties, {}, benchSource(name, n), workers, atOnce);
      expect(result.status).toBe('pass');
      if (result.status !== 'pass') return;
      expect([result.stats.states, result.stats.transitions, result.stats.depth]).toEqual([ref.states, ref.transitions, ref.depth]);
    }
  }, 120_000);

  it.each(rows)('finds the Bad invariant of %s-%i at the reference depth, with the trace and counts of one thread', async (name, n) => {
    const ref = referenceRow(name, n)!;
    const { model, properties } = benchModel(name, n, 'bad');
    const one = check(model, properties, {});
    const two = await parallelCheck(model, properties, {}, benchSource(name, n, 'bad'), 2, atOnce);
    expect(two.status).toBe('violation');
    if (two.status !== 'violation' || one.status !== 'violation') return;
    const trace = (r: typeof two) => (r.verdicts[0]!.status === 'violated' ? r.verdicts[0]!.trace : undefined);
    expect(trace(two)!.steps.length).toBe(ref.badDepth);
    expect(trace(two)).toEqual(trace(one));
    // The one-thread search stops inside the level; the parallel one reports the same figures.
    expect([two.stats.states, two.stats.transitions, two.stats.depth]).toEqual([one.stats.states, one.stats.transitions, one.stats.depth]);
  }, 120_000);

  it('tells where each thread’s time went: every state stored is some thread’s, and every thread stored some', async () => {
    const { model, properties } = benchModel('vrrp', 5);
    let profile: ParallelProfile | undefined;
    const result = await parallelCheck(model, properties, {}, benchSource('vrrp', 5), 2, { onProfile: (p) => (profile = p), handOverFrontier: 0 });
    expect(result.status).toBe('pass');
    if (result.status !== 'pass' || profile === undefined) throw new Error('no profile');
    // Joined at level 0 (the initial states' successors): every level after the initial one ran on both threads.
    expect(profile.levels).toBe(result.stats.depth + 1);
    expect(profile.joined).toEqual({ levels: 0, states: 1, frontier: 1 });
    expect(profile.workers).toHaveLength(2);
    const stored = profile.workers.map((w) => w.stored);
    expect(stored[0]! + stored[1]!).toBe(result.stats.states - 1);
    expect(Math.min(...stored)).toBeGreaterThan(0);
    expect(profile.workers[1]!.startCpu).toBeGreaterThan(0);
  }, 120_000);

  it.each([
    ['vrrp', 5, 'ok'],
    ['vrrp', 5, 'bad'],
    ['stp-ring', 3, 'bad'],
    ['philosophers', 8, 'bad'],
  ] as const)('lets workers join at any level of %s-%i (%s) with the counts and traces of one thread', async (name, n, invariant) => {
    const { model, properties } = benchModel(name, n, invariant);
    const one = check(model, properties, {});
    const figures = (r: typeof one) => (r.status === 'error' ? r.error : [r.status, r.stats.states, r.stats.transitions, r.stats.depth, r.verdicts.map((v) => ('trace' in v ? v.trace : v.status))]);
    const levels = new Set<number | undefined>();
    for (const handOverFrontier of [0, 1, 10, 100, 300, 1_000, 1e9]) {
      let profile: ParallelProfile | undefined;
      const two = await parallelCheck(model, properties, {}, benchSource(name, n, invariant), 2, { handOverFrontier, onProfile: (p) => (profile = p) });
      expect(figures(two)).toEqual(figures(one));
      levels.add(profile?.joined?.levels);
      if (profile?.joined !== undefined) expect(profile.joined.frontier).toBeGreaterThanOrEqual(handOverFrontier);
    }
    // Joined after the initial states, at later levels, and (levels all smaller) never.
    expect(levels.has(0)).toBe(true);
    expect([...levels].some((l) => l !== undefined && l >= 2)).toBe(true);
    expect(levels.has(undefined)).toBe(true);
  }, 120_000);

  it('runs a space whose levels stay below the join threshold on this thread alone, with the counts of one thread', async () => {
    const { model, properties } = benchModel('vrrp', 4);
    let profile: ParallelProfile | undefined;
    const result = await parallelCheck(model, properties, {}, benchSource('vrrp', 4), 2, { onProfile: (p) => (profile = p) });
    const ref = referenceRow('vrrp', 4)!;
    expect(result.status === 'pass' && [result.stats.states, result.stats.transitions]).toEqual([ref.states, ref.transitions]);
    expect(ref.states).toBeLessThan(HAND_OVER_FRONTIER);
    expect(profile?.joined).toBeUndefined();
    expect(profile?.workers).toEqual([]);
  }, 120_000);

  it.each([
    ['a state limit', { maxStates: 30_000 }, 'max-states'],
    ['a memory limit', { maxMemoryMiB: 2 }, 'max-memory'],
    ['a deadline', { timeoutSeconds: 0.2 }, 'timeout'],
  ] as const)('stops at %s and says so, with the states it stored', async (_, limits, limit) => {
    const { model, properties } = benchModel('vrrp', 8);
    const result = await parallelCheck(model, properties, limits, benchSource('vrrp', 8), 2, atOnce);
    expect(result.status === 'incomplete' && result.limit).toBe(limit);
    if (result.status !== 'incomplete') return;
    expect(result.stats.states).toBeGreaterThan(1000);
    expect(result.stats.states).toBeLessThan(referenceRow('vrrp', 8)!.states);
    if (limit === 'max-states') expect(result.stats.states).toBeLessThanOrEqual(30_000);
    expect(result.verdicts.every((v) => v.status === 'undecided')).toBe(true);
  }, 120_000);

  it('reports a model that throws on any thread as FL302, as one thread does', async () => {
    const file = join(root, 'test/fixtures/parallel/throwingModel.mjs');
    const { throwingModel } = (await import(file)) as { throwingModel: (name: string, n: number) => ReturnType<typeof benchModel> };
    const { model, properties } = throwingModel('vrrp', 5);
    const one = check(model, properties, {});
    expect(one.status === 'error' && one.error.code).toBe('FL302');
    const source = { module: pathToFileURL(file).href, export: 'throwingModel', args: ['vrrp', 5] };
    const two = await parallelCheck(model, properties, {}, source, 2, atOnce);
    expect(two.status === 'error' && [two.error.code, two.error.message]).toEqual(['FL302', expect.stringMatching(/bytes add up to 9/)]);
  }, 120_000);

  it('reports a worker whose thread ends without a word as FL304 instead of waiting for it', async () => {
    const file = join(root, 'test/fixtures/parallel/exitingModel.mjs');
    // Levels of up to ~14,000 states: the worker takes some of a level's 64-state chunks, whatever the load.
    const { model, properties } = benchModel('vrrp', 6);
    const source = { module: pathToFileURL(file).href, export: 'exitingModel', args: ['vrrp', 6] };
    const two = await parallelCheck(model, properties, {}, source, 2, atOnce);
    expect(two.status === 'error' && [two.error.code, two.error.message]).toEqual(['FL304', expect.stringMatching(/ended without reporting/)]);
  }, 60_000);

  it('stops at the first violation where one thread does', async () => {
    const { model, properties } = benchModel('vrrp', 5, 'bad');
    const options = { stopAtFirstViolation: true };
    const one = check(model, properties, options);
    const two = await parallelCheck(model, properties, options, benchSource('vrrp', 5, 'bad'), 2, atOnce);
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

  it('gives designs the same results on workers from the first level as on one thread (object models, deadlines, several properties)', async () => {
    for (const file of ['models/designs/r6-advert-mismatch.pitfall.yaml', 'models/designs/s2-keepalived-drbd.pitfall.yaml', 'models/designs/d2-vrrp-health-check.pitfall.yaml', 'test/fixtures/configs/s2-seed/site.yaml']) {
      const design = loadDesign(join(root, file));
      const one = await checkOnThreads(design, { workers: 1 });
      const two = await checkOnThreads(design, { workers: 2, handOverFrontier: 0 });
      expect(one.status).not.toBe('error');
      expect(unmeasured(two)).toEqual(unmeasured(one));
    }
  }, 240_000);
});
