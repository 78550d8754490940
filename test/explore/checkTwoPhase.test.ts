import { describe, expect, it } from 'vitest';
import { check } from '../../src/explore/check.js';
import { referenceBfs } from '../fixtures/referenceBfs.js';
import { twoPhaseCommitModel, twoPhaseCommitProperties, type TwoPhaseState } from '../fixtures/twoPhaseCommit.js';
import { expectReplays, finalView, labels, ran, verdictOf, violationOf, witnessOf } from '../fixtures/verdicts.js';

describe('check on two-phase commit', () => {
  it('finds the 288 states of 3 resource managers, keeps them consistent and witnesses both agreements', () => {
    const model = twoPhaseCommitModel(3);
    const result = ran(check(model, twoPhaseCommitProperties()));
    expect(result.status).toBe('pass');
    expect(result.stats.states).toBe(288);
    expect(verdictOf(result, 'consistent').status).toBe('holds');
    const abort = witnessOf(result, 'abort-agreement');
    expect(labels(abort)).toEqual(['RmChooseToAbort(rm0)', 'RmChooseToAbort(rm1)', 'RmChooseToAbort(rm2)']);
    const commit = witnessOf(result, 'commit-agreement');
    expect(commit.steps.length).toBe(10);
    expect(labels(commit).filter((l) => l === 'TmCommit')).toEqual(['TmCommit']);
    expect((finalView(commit) as TwoPhaseState).rm).toEqual(['committed', 'committed', 'committed']);
    expectReplays(model, abort);
    expectReplays(model, commit);
  });

  it('finds the 8832 states of 5 resource managers and keeps them consistent', () => {
    const result = ran(check(twoPhaseCommitModel(5), twoPhaseCommitProperties()));
    expect(result.status).toBe('pass');
    expect(result.stats.states).toBe(8832);
    expect(verdictOf(result, 'consistent').status).toBe('holds');
    expect(witnessOf(result, 'commit-agreement').steps.length).toBe(16);
    expect(witnessOf(result, 'abort-agreement').steps.length).toBe(5);
  });

  it('counts the same transitions as the reference explorer on 3 resource managers', () => {
    const model = twoPhaseCommitModel(3);
    const result = ran(check(model, twoPhaseCommitProperties()));
    const reference = referenceBfs(model);
    expect([result.stats.states, result.stats.transitions, result.stats.depth]).toEqual([
      reference.states,
      reference.transitions,
      reference.depth,
    ]);
  });

  it('finds a 3-step inconsistency when the TM may commit before every RM prepared', () => {
    const model = twoPhaseCommitModel(3, { eagerCommit: true });
    const result = ran(check(model, twoPhaseCommitProperties()));
    expect(result.status).toBe('violation');
    const { kind, trace } = violationOf(result, 'consistent');
    expect(kind).toBe('invariant');
    expect(trace.steps.length).toBe(3);
    const rm = (finalView(trace) as TwoPhaseState).rm;
    expect(rm.filter((r) => r === 'aborted').length).toBe(1);
    expect(rm.filter((r) => r === 'committed').length).toBe(1);
    expect(labels(trace)).toContain('TmCommit');
    expectReplays(model, trace);
  });

  it('still decides the other properties after a violation unless asked to stop at the first', () => {
    const model = twoPhaseCommitModel(3, { eagerCommit: true });
    const full = ran(check(model, twoPhaseCommitProperties()));
    expect(verdictOf(full, 'commit-agreement').status).toBe('witnessed');
    expect(verdictOf(full, 'abort-agreement').status).toBe('witnessed');
    const stopped = ran(check(model, twoPhaseCommitProperties(), { stopAtFirstViolation: true }));
    expect(stopped.status).toBe('violation');
    expect(violationOf(stopped, 'consistent').trace.steps.length).toBe(3);
    expect(verdictOf(stopped, 'commit-agreement').status).toBe('undecided');
    expect(stopped.stats.states).toBeLessThan(referenceBfs(model).states);
  });
});
