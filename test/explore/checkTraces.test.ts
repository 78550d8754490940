import { describe, expect, it } from 'vitest';
import type { Model, PackedModel } from '../../src/core/model.js';
import { always, within, type Property } from '../../src/core/property.js';
import type { CheckResult } from '../../src/core/result.js';
import { formatPath } from '../../src/core/trace.js';
import { check } from '../../src/explore/check.js';
import type { CheckOptions } from '../../src/explore/options.js';
import { counterModel, type CounterState } from '../fixtures/counter.js';
import { packedCounterModel, packedValue } from '../fixtures/packedCounter.js';
import { recoveryModel, retryLoopModel, stuckModel, type ServiceState } from '../fixtures/recoveryModels.js';
import { twoPhaseCommitModel, twoPhaseCommitProperties } from '../fixtures/twoPhaseCommit.js';
import { expectReplays, finalView, labels, ran } from '../fixtures/verdicts.js';

interface Case {
  readonly name: string;
  readonly model: Model<any, any> | PackedModel;
  readonly properties: readonly Property<any>[];
  readonly options?: CheckOptions;
  /** Number of violations the case must produce. */
  readonly violations: number;
}

const packed = packedCounterModel(20);
const upWithin = (bound: number) => within<ServiceState>(`up-within-${bound}`, bound, (s) => s.up);

const cases: Case[] = [
  { name: 'eager two-phase commit', model: twoPhaseCommitModel(3, { eagerCommit: true }), properties: twoPhaseCommitProperties(), violations: 1 },
  {
    name: 'glitchy counter',
    model: counterModel({ max: 6, withGlitch: true }),
    properties: [always<CounterState>('clean', (s) => !s.glitched), always<CounterState>('below-4', (s) => s.n < 4)],
    options: { maxFaults: 1 },
    violations: 2,
  },
  { name: 'packed counter', model: packed, properties: [always('below-7', (s: Uint8Array) => packedValue(s) < 7)], violations: 1 },
  { name: 'slow recovery', model: recoveryModel({ ticks: 4 }), properties: [upWithin(1), upWithin(2)], options: { maxFaults: 1 }, violations: 2 },
  { name: 'retry loop', model: retryLoopModel(), properties: [upWithin(3)], options: { maxFaults: 2 }, violations: 1 },
  { name: 'stuck service', model: stuckModel(), properties: [upWithin(9)], options: { checkDeadlocks: true }, violations: 2 },
];

function violatedTraces<S>(result: CheckResult<S>) {
  return ran(result).verdicts.flatMap((v) => (v.status === 'violated' || v.status === 'witnessed' ? [v.trace] : []));
}

describe('check traces', () => {
  for (const c of cases) {
    it(`replays every trace of the ${c.name} from its printed path to the same states`, () => {
      const result = ran(check(c.model, c.properties, c.options));
      expect(result.status).toBe('violation');
      expect(result.verdicts.filter((v) => v.status === 'violated').length).toBe(c.violations);
      for (const trace of violatedTraces(result)) expectReplays(c.model, trace);
    });
  }

  it('gives the packed counter a trace of 7 increments with path 0/0/0/0/0/0/0/0', () => {
    const result = check(packed, [always('below-7', (s: Uint8Array) => packedValue(s) < 7)]);
    const [trace] = violatedTraces(result);
    expect(trace && [formatPath(trace), labels(trace), finalView(trace)]).toEqual(['0/0/0/0/0/0/0/0', Array(7).fill('inc'), { n: 7 }]);
    expect(trace?.steps.map((s) => s.actionValue)).toEqual(Array(7).fill(0));
  });

  it('marks fault steps and carries the action objects of object-level models', () => {
    const result = check(counterModel({ max: 6, withGlitch: true }), [always<CounterState>('clean-or-low', (s) => !s.glitched || s.n < 2)]);
    const [trace] = violatedTraces(result);
    expect(trace?.steps.map((s) => [s.action, s.fault, s.actionValue])).toEqual([
      ['inc', false, { type: 'inc' }],
      ['inc', false, { type: 'inc' }],
      ['glitch', true, { type: 'glitch' }],
    ]);
    expect(trace?.initialView).toEqual({ n: 0, glitched: false });
  });

  it('returns the same paths on every run', () => {
    const run = () => violatedTraces(check(twoPhaseCommitModel(3, { eagerCommit: true }), twoPhaseCommitProperties())).map(formatPath);
    const first = run();
    expect(first.length).toBe(3);
    expect(run()).toEqual(first);
  });
});
