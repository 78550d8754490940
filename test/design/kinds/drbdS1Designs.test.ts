import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/core/result.js';
import { replayPath } from '../../../src/core/successors.js';
import { formatPath, parsePath } from '../../../src/core/trace.js';
import { loadDesign } from '../../../src/design/loadDesign.js';
import { check } from '../../../src/explore/check.js';
import { simulate } from '../../../src/explore/simulate.js';
import { noAckedWriteLost } from '../../../properties/drbd.js';
import type { DrbdState } from '../../../models/drbd/state.js';

const load = (name: string) => loadDesign(new URL(`../../../models/designs/${name}.yaml`, import.meta.url).pathname);

function run(name: string): CheckResult<unknown> {
  const design = load(name);
  return check(design.model, design.properties, design.options);
}

function verdicts(result: CheckResult<unknown>): Record<string, string> {
  if (result.status === 'error') throw new Error(result.error.message);
  return Object.fromEntries(result.verdicts.map((v) => [v.property.name, v.status]));
}

function violationActions(result: CheckResult<unknown>, property: string): string[] {
  if (result.status === 'error') throw new Error(result.error.message);
  const verdict = result.verdicts.find((v) => v.property.name === property);
  if (verdict?.status !== 'violated') throw new Error(`${property} is ${verdict?.status}`);
  return verdict.trace.steps.map((s) => s.action);
}

const PITFALLS = [
  { name: 's1-drbd-protocol.pitfall', shortest: ['write(alice)', 'crash(alice)', 'promote(bob)'], states: 46 },
  { name: 's1-drbd-protocol-b.pitfall', shortest: ['write(alice)', 'deliver(alice)', 'powerLoss', 'restart(bob)', 'promote(bob)'], states: 241 },
] as const;

describe('S1 reference designs, exhaustive', () => {
  for (const { name, shortest, states } of PITFALLS) {
    it(`finds the lost acknowledged write in ${name} with a pinned shortest trace and state count`, () => {
      const result = run(name);
      expect(result.status).toBe('violation');
      expect(verdicts(result)).toEqual({ 'no-acked-write-lost': 'violated', 'single-primary': 'holds', 'no-split-brain': 'holds', 'no-stale-promotion': 'violated' });
      expect(violationActions(result, 'no-acked-write-lost')).toEqual(shortest);
      expect(violationActions(result, 'no-stale-promotion')).toEqual(shortest);
      if (result.status !== 'error') expect(result.stats.states).toBe(states);
    });
  }

  it('passes protocol C under the protocol B pitfall faults (crash, power loss, restart), exhaustively', () => {
    const result = run('s1-drbd-protocol-b.fix');
    expect(result.status).toBe('pass');
    if (result.status === 'pass') expect(result.bounds).toMatchObject({ maxFaults: 2, exhaustive: true });
  });

  it('passes protocol C under crash, power loss and disk failure, exhaustively, with a pinned state count', () => {
    const result = run('s1-drbd-protocol.fix');
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.bounds).toMatchObject({ maxFaults: 2, exhaustive: true });
    expect([result.stats.states, result.stats.transitions]).toEqual([412, 659]);
  });
});

describe('S1 reference designs, random search', () => {
  for (const { name, shortest } of PITFALLS) {
    it(`finds ${name} at random and shrinks it to the BFS length or one step more`, () => {
      const design = load(name);
      for (const seed of [1, 2, 3]) {
        const { result } = simulate(design.model, design.properties, { ...design.options, seed, runs: 2000, maxSteps: 30 });
        expect(result.status).toBe('violation');
        const trace = violationTraceOf(result, 'no-acked-write-lost');
        expect(trace.steps.length).toBeGreaterThanOrEqual(shortest.length);
        expect(trace.steps.length).toBeLessThanOrEqual(shortest.length + 1);
        const replayed = replayPath(design.model, parsePath(formatPath(trace)));
        const last = replayed.steps[replayed.steps.length - 1]!.state as DrbdState;
        expect(noAckedWriteLost().holds(last)).toBe(false);
      }
    });
  }

  it('finds nothing at random in the protocol C fix', () => {
    const design = load('s1-drbd-protocol.fix');
    const { result } = simulate(design.model, design.properties, { ...design.options, seed: 7, runs: 500, maxSteps: 30 });
    expect(result.status).toBe('pass');
  });
});

function violationTraceOf(result: CheckResult<unknown>, property: string) {
  if (result.status === 'error') throw new Error(result.error.message);
  const verdict = result.verdicts.find((v) => v.property.name === property);
  if (verdict?.status !== 'violated') throw new Error(`${property} is ${verdict?.status}`);
  return verdict.trace;
}
