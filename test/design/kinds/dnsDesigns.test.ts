import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/explore/simulate.js';
import { checkShipped, loadShipped, violations } from '../../fixtures/designs.js';

describe('D1 reference designs', () => {
  it('finds the dead first nameserver breaking 1,000 mails per hour, exhaustively, in one step', () => {
    const result = checkShipped('d1-resolver-timeout.pitfall');
    expect(result.status).toBe('violation');
    expect(violations(result)).toEqual({ 'throughput-at-least': ['hostDown(ns1)'], 'lookup-latency-within': ['hostDown(ns1)'] });
    if (result.status === 'violation') {
      const verdict = result.verdicts[0]!;
      const last = verdict.status === 'violated' ? verdict.trace.steps.at(-1)?.view : undefined;
      expect(last).toMatchObject({ 'mx1.perItem': '10 s', 'mx1.itemsPerHour': 360 });
    }
  });

  it('finds the same one-step trace by random search', () => {
    const design = loadShipped('d1-resolver-timeout.pitfall');
    const { result } = simulate(design.model, design.properties, { seed: 1, runs: 100, maxSteps: 20, maxFaults: 1 });
    expect(result.status).toBe('violation');
    expect(violations(result)['throughput-at-least']).toEqual(['hostDown(ns1)']);
  });

  it('passes with the nameserver behind a VRRP VIP, with a pinned state count', () => {
    const result = checkShipped('d1-resolver-timeout.fix');
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.bounds).toMatchObject({ maxFaults: 1, exhaustive: true });
    expect([result.stats.states, result.stats.transitions]).toEqual([40, 39]);
  });

  it('passes random search too', () => {
    const design = loadShipped('d1-resolver-timeout.fix');
    expect(simulate(design.model, design.properties, { seed: 1, runs: 100, maxSteps: 60, maxFaults: 1 }).result.status).toBe('pass');
  });
});
