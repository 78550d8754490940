import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/core/result.js';
import { loadDesign } from '../../../src/design/loadDesign.js';
import { check } from '../../../src/explore/check.js';
import { simulate } from '../../../src/explore/simulate.js';

const path = (name: string) => new URL(`../../../models/designs/${name}.yaml`, import.meta.url).pathname;

function violations(result: CheckResult<unknown>): Record<string, string[]> {
  if (result.status === 'error') throw new Error(result.error.message);
  return Object.fromEntries(result.verdicts.flatMap((v) => (v.status === 'violated' ? [[v.property.name, v.trace.steps.map((s) => s.action)]] : [])));
}

describe('D1 reference designs', () => {
  it('finds the dead first nameserver breaking 1,000 mails per hour, exhaustively, in one step', () => {
    const design = loadDesign(path('d1-resolver-timeout.pitfall'));
    const result = check(design.model, design.properties, design.options);
    expect(result.status).toBe('violation');
    expect(violations(result)).toEqual({ 'throughput-at-least': ['hostDown(ns1)'], 'lookup-latency-within': ['hostDown(ns1)'] });
    if (result.status === 'violation') {
      const verdict = result.verdicts[0]!;
      const last = verdict.status === 'violated' ? verdict.trace.steps.at(-1)?.view : undefined;
      expect(last).toMatchObject({ 'mx1.perItem': '10 s', 'mx1.itemsPerHour': 360 });
    }
  });

  it('finds the same one-step trace by random search', () => {
    const design = loadDesign(path('d1-resolver-timeout.pitfall'));
    const { result } = simulate(design.model, design.properties, { seed: 1, runs: 100, maxSteps: 20, maxFaults: 1 });
    expect(result.status).toBe('violation');
    expect(violations(result)['throughput-at-least']).toEqual(['hostDown(ns1)']);
  });

  it('passes with the nameserver behind a VRRP VIP, with a pinned state count', () => {
    const design = loadDesign(path('d1-resolver-timeout.fix'));
    const result = check(design.model, design.properties, design.options);
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.bounds).toMatchObject({ maxFaults: 1, exhaustive: true });
    expect([result.stats.states, result.stats.transitions]).toEqual([40, 39]);
  });

  it('passes random search too', () => {
    const design = loadDesign(path('d1-resolver-timeout.fix'));
    expect(simulate(design.model, design.properties, { seed: 1, runs: 100, maxSteps: 60, maxFaults: 1 }).result.status).toBe('pass');
  });
});
