import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/core/result.js';
import { simulate } from '../../../src/explore/simulate.js';
import { checkShipped, loadShipped, traceLabels } from '../../fixtures/designs.js';

function counts(result: CheckResult<unknown>): number[] {
  if (result.status === 'error') throw new Error(result.error.message);
  return [result.stats.states, result.stats.transitions];
}

describe('RSTP root-failure designs', () => {
  it('finds the count-to-infinity forwarding loop after the root fails in the triangle design', () => {
    const result = checkShipped('rstp-root-failure.pitfall');
    expect(result.status).toBe('violation');
    if (result.status !== 'violation') return;
    const [verdict] = result.verdicts;
    expect(verdict).toMatchObject({ status: 'violated', kind: 'invariant' });
    if (verdict?.status !== 'violated') return;
    expect(traceLabels(verdict.trace)).toEqual([
      'bridge-down(r)',
      'deliver(a:p2>b)',
      'deliver(a:p3>c)',
      'deliver(b:p3>c)',
      'deliver(c:p1>a)',
      'tick',
      'deliver(c:p2>b)',
      'tick',
    ]);
    const last = verdict.trace.steps.at(-1)!.view;
    expect(last).toMatchObject({ 'c.root': 'a/40000' });
    expect(String(last['c:p1'])).toMatch(/^D fwd /);
    expect(String(last['a:p3'])).toMatch(/^D fwd /);
    expect(counts(result)).toEqual([1463, 3354]);
  });

  it('finds the same loop in random mode', () => {
    const design = loadShipped('rstp-root-failure.pitfall');
    const run = simulate(design.model, design.properties, { seed: 7, runs: 2000, maxSteps: 40, maxFaults: 1 });
    expect(run.result.status).toBe('violation');
    if (run.result.status !== 'violation') return;
    const steps = run.result.verdicts[0]!.status === 'violated' ? run.result.verdicts[0]!.trace.steps : [];
    expect(steps[0]!.action).toBe('bridge-down(r)');
    expect(steps.length).toBeLessThanOrEqual(12);
  });

  it('proves the core-pair plan loop-free when the root fails, with a pinned state count', () => {
    const result = checkShipped('rstp-root-failure.fix');
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.bounds).toMatchObject({ maxFaults: 1, exhaustive: true });
    expect(counts(result)).toEqual([317, 1250]);
  });
});
