import { afterEach, describe, expect, it } from 'vitest';
import { referenceRow } from '../../../bench/reference.js';
import { compileSpin, parsePan, spinAvailable } from '../../../bench/spin/measureSpin.js';
import { promelaOf } from '../../../bench/spin/promelaOf.js';
import { spinBfs, spinSampler } from '../../../bench/spin/spinBfs.js';

const available = spinAvailable();
if (!available && process.env['CI'] === 'true') throw new Error('the SPIN comparison needs spin and cc in CI (.ci/run installs spin)');

const panSummary = (errors: number, stored: string, transitions: string, elapsed: string | undefined): string =>
  [
    `State-vector 20 byte, depth reached 29, errors: ${errors}`,
    `   ${stored} states, stored`,
    '  9882517 states, matched',
    ` ${transitions} transitions (= stored+matched)`,
    ...(elapsed === undefined ? [] : [`pan: elapsed time ${elapsed} seconds`]),
  ].join('\n');

describe('SPIN measured in the same run', () => {
  afterEach(() => {
    delete process.env['FAULTLINE_BENCH_SPIN'];
  });

  it('reads a verifier summary, counting transitions as the models define them (SPIN prints one more)', () => {
    expect(parsePan(panSummary(0, '823543', '10706060', '2.58'))).toEqual({ states: 823_543, transitions: 10_706_059, seconds: 2.58 });
    expect(parsePan(panSummary(0, '40353607', '6.7448172e+08', '410'))).toMatchObject({ states: 40_353_607, transitions: 674_481_719 });
  });

  it('takes no figure from a verifier that found an error or printed no time', () => {
    expect(parsePan(panSummary(1, '823543', '10706060', '2.58'))).toBeUndefined();
    expect(parsePan(panSummary(0, '823543', '10706060', undefined))).toBeUndefined();
  });

  it('writes each model as one process of guarded d_steps with its invariant asserted', () => {
    const text = promelaOf('philosophers', 3);
    expect(text.match(/:: d_step \{/g)).toHaveLength(9);
    expect(text).toContain('assert(OK)');
    expect(promelaOf('vrrp', 2).match(/:: d_step \{/g)).toHaveLength(12);
    expect(promelaOf('stp-ring', 3).match(/:: d_step \{/g)).toHaveLength(6 + 6 + 3);
  });

  it.skipIf(!available).each([
    ['vrrp', 4],
    ['stp-ring', 3],
    ['philosophers', 8],
  ] as const)('explores %s-%i in SPIN with the reference counts', (name, n) => {
    const verifier = compileSpin(name, n);
    let run;
    try {
      run = verifier?.run();
    } finally {
      verifier?.close();
    }
    const ref = referenceRow(name, n)!;
    expect(run).toMatchObject({ states: ref.states, transitions: ref.transitions });
  }, 60_000);

  it.skipIf(!available)('measures SPIN here for a row it can time, and says so', () => {
    expect(spinBfs('vrrp', 6)).toMatchObject({ source: 'this run' });
  }, 60_000);

  it('falls back to BASELINES.md, and says so, when told not to run SPIN', () => {
    process.env['FAULTLINE_BENCH_SPIN'] = 'table';
    expect(spinBfs('vrrp', 6)).toEqual({ seconds: 0.26, source: 'BASELINES.md', runs: 1 });
    expect(spinBfs('vrrp', 4)).toBeUndefined();
    const sampler = spinSampler('vrrp', 6);
    sampler.sample();
    sampler.close();
    expect(sampler.result()).toEqual({ seconds: 0.26, source: 'BASELINES.md', runs: 1 });
  });

  it.skipIf(!available)('times SPIN as often as the row samples it and keeps the fastest run', () => {
    const sampler = spinSampler('vrrp', 6);
    try {
      sampler.sample();
      sampler.sample();
      sampler.sample();
    } finally {
      sampler.close();
    }
    const best = sampler.result();
    expect(best).toMatchObject({ source: 'this run', runs: 3 });
    expect(best!.seconds).toBeGreaterThanOrEqual(0.1);
  }, 60_000);

  it('has nothing to sample for a row the table does not compare', () => {
    const sampler = spinSampler('vrrp', 4);
    sampler.sample();
    expect(sampler.result()).toBeUndefined();
  });
});
