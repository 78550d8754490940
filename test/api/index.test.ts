import { describe, expect, it } from 'vitest';
import {
  check, designFrom, FaultlineError, formatPath, loadDesign, mergeChecks, parseDesign, render, replay, simulate, tryLoadDesign, type Design,
} from '../../src/index.js';

const pitfall = 'models/designs/r6-advert-mismatch.pitfall.yaml';

const pair: Design = {
  faultline: 1,
  name: 'gateway-pair',
  vrrp: { vrid: 51, routers: [{ name: 'gw-a', priority: 150 }, { name: 'gw-b', priority: 100, advert_int: 2 }] },
  faults: { budget: 1, kinds: ['crash'] },
  check: ['single-master'],
};

describe('the public API', () => {
  it('loads a design file and finds its violation, with the reproduce path of the CLI', () => {
    const result = check(loadDesign(pitfall));
    expect(result.status).toBe('violation');
    if (result.status !== 'violation') return;
    const verdict = result.verdicts.find((v) => v.property.name === 'single-master')!;
    expect(verdict.status).toBe('violated');
    expect(result.run).toMatchObject({ command: 'check', design: { file: pitfall, name: 'r6-advert-mismatch-pitfall' } });
    expect(render(result)).toContain(`reproduce: faultline replay ${pitfall} --path 0/`);
  });

  it('splits a check by first fault and merges the shards to the whole run\'s verdicts and traces', () => {
    const design = loadDesign(pitfall);
    const whole = check(design, { maxFaults: 2 });
    const merged = mergeChecks([1, 0, 2].map((index) => check(design, { maxFaults: 2, shard: { index, count: 3 } })));
    const verdicts = (r: typeof whole) => (r.status === 'error' ? [] : r.verdicts.map((v) => [v.property.name, v.status, 'trace' in v ? formatPath(v.trace) : '-']));
    expect(merged.status).toBe(whole.status);
    expect(verdicts(merged)).toEqual(verdicts(whole));
    expect(merged.run).toEqual(whole.run);
    expect(render(merged)).toContain('summed over 3 shards');
  });

  it('checks a design built in code like the same design in a file', () => {
    const result = check(designFrom(pair));
    expect(result.status).toBe('violation');
    expect(result.run.design.file).toBe('gateway-pair.yaml');
  });

  it('gives diagnostics as data, with the code and the line and column', () => {
    const outcome = tryLoadDesign({ text: 'faultline: 1\nname: x\nvrrp:\n  vrid: 900\n  routers: []\n', file: 'x.yaml' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.diagnostics[0]).toMatchObject({ code: 'FL214', location: { file: 'x.yaml', line: 4, column: 9 } });
  });

  it('loads a site manifest as the CLI does: warnings at the config lines, errors with strict, sources in reports', () => {
    const manifest = 'test/fixtures/configs/s2-seed/site.yaml';
    const warnings: string[] = [];
    const design = loadDesign(manifest, { onWarning: (w) => warnings.push(`${w.code} ${w.location.line}`) });
    expect(warnings).toContain('FL406 16');
    expect(() => loadDesign(manifest, { strict: true })).toThrow(/FL406/);
    const result = check(design);
    expect(result.status).toBe('violation');
    expect(result.run.design.sources?.['cluster.notify.master.2']).toMatchObject({ line: 3 });
  });

  it('throws a FaultlineError from loadDesign and parseDesign', () => {
    expect(() => loadDesign('no/such/design.yaml')).toThrow(FaultlineError);
    expect(() => parseDesign('faultline: 2\nname: x\n')).toThrow(/FL204/);
  });

  it('replays the counterexample path check printed, and the property fails at its last step', () => {
    const design = loadDesign(pitfall);
    const result = check(design);
    if (result.status !== 'violation') throw new Error('expected a violation');
    const violated = result.verdicts.find((v) => v.status === 'violated')!;
    if (violated.status !== 'violated') throw new Error('unreachable');
    const path = [violated.trace.initialIndex, ...violated.trace.steps.map((s) => s.choice)].join('/');
    const replayed = replay(design, path);
    const verdict = replayed.verdicts.find((v) => v.property.name === violated.property.name)!;
    expect(verdict).toMatchObject({ status: 'violated', step: violated.trace.steps.length });
    expect(() => replay(design, 'a/b')).toThrow(/FL102/);
  });

  it('replays under the fault budget the run used, and agrees with check on every violation past the design budget', () => {
    const design = designFrom(pair);
    const result = check(design, { maxFaults: 2 });
    if (result.status !== 'violation') throw new Error('expected a violation');
    const violations = result.verdicts.filter((v) => v.status === 'violated');
    expect(violations.length).toBeGreaterThan(0);
    for (const v of violations) {
      if (v.status !== 'violated') continue;
      const along = replay(design, formatPath(v.trace), { maxFaults: 2 }).verdicts.find((r) => r.property.name === v.property.name);
      expect(along).toMatchObject({ status: 'violated', step: v.trace.steps.length });
    }
  });

  it('rejects a malformed path and a path that does not fit with the one code for bad replay paths, FL102', () => {
    const design = loadDesign(pitfall);
    expect(() => replay(design, '0/x')).toThrow(/FL102/);
    expect(() => replay(design, '0/0/99')).toThrow(/FL102/);
  });

  it('simulates with a seed that reruns the same walks', () => {
    const design = loadDesign(pitfall);
    const first = simulate(design, { seed: 7, runs: 50 });
    const again = simulate(design, { seed: 7, runs: 50 });
    expect(first.run.random?.seed).toBe(7);
    expect(first.status).toBe('violation');
    const paths = (r: typeof first) => ('verdicts' in r ? r.verdicts : []).map((v) => (v.status === 'violated' ? formatPath(v.trace) : v.status));
    expect(paths(again)).toEqual(paths(first));
    expect(JSON.parse(render(first, 'json')).faultline).toBe(1);
  });

  it('renders a simulate result with the rerun line the CLI prints (every option that shaped the walks)', () => {
    const result = simulate(loadDesign(pitfall), { seed: 7, runs: 50 });
    expect(render(result)).toMatch(/faultline simulate \S+ --seed 7 --runs 50 --max-steps \d+/);
  });
});

describe('the Design type', () => {
  it('has one section per registered design kind', async () => {
    const { designKinds } = await import('../../src/index.js');
    const sections: Record<keyof import('../../src/index.js').DesignSections, true> = {
      vrrp: true, topology: true, dns: true, drbd: true, mclag: true, lacp: true, rstp: true, cluster: true, lvs: true, site: true,
    };
    expect(Object.keys(sections).sort()).toEqual(designKinds.map((k) => k.section).sort());
  });
});
