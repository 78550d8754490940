/**
 * Golden figures of the fixture models, counted by the naive reference explorer. These pin
 * the fixtures themselves, so that an engine test failing later points at the engine.
 */
import { describe, expect, it } from 'vitest';
import { counterModel } from '../fixtures/counter.js';
import { referenceBfs } from '../fixtures/referenceBfs.js';
import { symmetricProcessesModel } from '../fixtures/symmetricProcesses.js';
import { twoPhaseCommitModel } from '../fixtures/twoPhaseCommit.js';

describe('fixture models (reference explorer)', () => {
  it('counts 11 states and 30 transitions in the counter 0..10', () => {
    expect(referenceBfs(counterModel({ max: 10 }))).toEqual({ states: 11, transitions: 30, depth: 10 });
  });

  it('counts 22 states and 71 transitions in the glitchy counter 0..10', () => {
    expect(referenceBfs(counterModel({ max: 10, withGlitch: true }))).toEqual({ states: 22, transitions: 71, depth: 11 });
  });

  it('counts 288 states of two-phase commit with 3 resource managers', () => {
    expect(referenceBfs(twoPhaseCommitModel(3)).states).toBe(288);
  });

  it('counts 8832 states of two-phase commit with 5 resource managers', () => {
    expect(referenceBfs(twoPhaseCommitModel(5)).states).toBe(8832);
  });

  it('counts 81 states of 4 processes with 3 phases, and 15 up to symmetry', () => {
    expect(referenceBfs(symmetricProcessesModel(4, 3, false)).states).toBe(81);
    expect(referenceBfs(symmetricProcessesModel(4, 3, true)).states).toBe(15);
  });
});
