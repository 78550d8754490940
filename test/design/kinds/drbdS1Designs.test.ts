import { describe, expect, it } from 'vitest';
import { replayPath } from '../../../src/core/successors.js';
import { formatPath, parsePath } from '../../../src/core/trace.js';
import { simulate } from '../../../src/explore/simulate.js';
import { noAckedWriteLost } from '../../../properties/drbd.js';
import type { DrbdState } from '../../../models/drbd/state.js';
import { checkShipped, loadShipped, verdicts, violatedTrace, violationActions } from '../../fixtures/designs.js';

const PITFALLS = [
  { name: 's1-drbd-protocol.pitfall', shortest: ['write(alice)', 'crash(alice)', 'promote(bob)'], states: 46 },
  { name: 's1-drbd-protocol-b.pitfall', shortest: ['write(alice)', 'deliver(alice)', 'powerLoss', 'restart(bob)', 'promote(bob)'], states: 241 },
] as const;

describe('S1 reference designs, exhaustive', () => {
  for (const { name, shortest, states } of PITFALLS) {
    it(`finds the lost acknowledged write in ${name} with a pinned shortest trace and state count`, () => {
      const result = checkShipped(name);
      expect(result.status).toBe('violation');
      expect(verdicts(result)).toEqual({ 'no-acked-write-lost': 'violated', 'single-primary': 'holds', 'no-split-brain': 'holds', 'no-stale-promotion': 'violated' });
      expect(violationActions(result, 'no-acked-write-lost')).toEqual(shortest);
      expect(violationActions(result, 'no-stale-promotion')).toEqual(shortest);
      if (result.status !== 'error') expect(result.stats.states).toBe(states);
    });
  }

  it('passes protocol C under the protocol B pitfall faults (crash, power loss, restart), exhaustively', () => {
    const result = checkShipped('s1-drbd-protocol-b.fix');
    expect(result.status).toBe('pass');
    if (result.status === 'pass') expect(result.bounds).toMatchObject({ maxFaults: 2, exhaustive: true });
  });

  it('passes protocol C under crash, power loss and disk failure, exhaustively, with a pinned state count', () => {
    const result = checkShipped('s1-drbd-protocol.fix');
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.bounds).toMatchObject({ maxFaults: 2, exhaustive: true });
    expect([result.stats.states, result.stats.transitions]).toEqual([412, 659]);
  });
});

describe('S1 reference designs, random search', () => {
  for (const { name, shortest } of PITFALLS) {
    it(`finds ${name} at random and shrinks it to the BFS length or one step more`, () => {
      const design = loadShipped(name);
      for (const seed of [1, 2, 3]) {
        const { result } = simulate(design.model, design.properties, { ...design.options, seed, runs: 2000, maxSteps: 30 });
        expect(result.status).toBe('violation');
        const trace = violatedTrace(result, 'no-acked-write-lost');
        expect(trace.steps.length).toBeGreaterThanOrEqual(shortest.length);
        expect(trace.steps.length).toBeLessThanOrEqual(shortest.length + 1);
        const replayed = replayPath(design.model, parsePath(formatPath(trace)));
        const last = replayed.steps[replayed.steps.length - 1]!.state as DrbdState;
        expect(noAckedWriteLost().holds(last)).toBe(false);
      }
    });
  }

  it('finds nothing at random in the protocol C fix', () => {
    const design = loadShipped('s1-drbd-protocol.fix');
    const { result } = simulate(design.model, design.properties, { ...design.options, seed: 7, runs: 500, maxSteps: 30 });
    expect(result.status).toBe('pass');
  });
});
