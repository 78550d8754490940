import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineModel } from '../../src/core/model.js';
import { always, sometimes, within, type Property } from '../../src/core/property.js';
import type { CheckResult } from '../../src/core/result.js';
import { formatPath } from '../../src/core/trace.js';
import { check } from '../../src/explore/check.js';
import { mergeCheckShares } from '../../src/explore/mergeCheckShares.js';
import { faultGraphArb, faultGraphModel, packedFaultGraphModel, type FaultGraph, type GraphNode } from '../fixtures/faultGraph.js';
import { ran } from '../fixtures/verdicts.js';

/** What a run reports, without its figures: status, limit, and each verdict with its path. */
function outcome(result: CheckResult<unknown>): unknown {
  const r = ran(result);
  return {
    status: r.status,
    limit: 'limit' in r ? r.limit : undefined,
    verdicts: r.verdicts.map((v) => ({
      property: v.property.name,
      status: v.status,
      kind: v.status === 'violated' ? v.kind : undefined,
      path: 'trace' in v ? formatPath(v.trace) : undefined,
      fewestFaults: v.status === 'violated' ? v.fewestFaults : undefined,
    })),
  };
}

/** An avoid-invariant, a reach-goal and a deadline over the node a state is at. */
function propertiesOver<S>(nodeOf: (s: S) => number, avoid: number, goal: number, bound: number): Property<S>[] {
  return [
    always<S>('avoid', (s) => nodeOf(s) !== avoid),
    sometimes<S>('reach', (s) => nodeOf(s) === goal),
    within<S>('back-home', bound, (s) => nodeOf(s) === 0),
  ];
}

const cases = fc.record({
  graph: faultGraphArb,
  avoid: fc.nat(),
  goal: fc.nat(),
  bound: fc.nat({ max: 3 }),
  shards: fc.integer({ min: 2, max: 5 }),
  maxFaults: fc.constantFrom(0, 1, 2, Infinity),
  deadlocks: fc.boolean(),
  packed: fc.boolean(),
});

function shapeOf(graph: FaultGraph, packed: boolean, avoid: number, goal: number, bound: number): { model: EngineModel<unknown>; properties: Property<unknown>[] } {
  const a = avoid % graph.nodeCount;
  const g = goal % graph.nodeCount;
  return packed
    ? { model: packedFaultGraphModel(graph) as EngineModel<unknown>, properties: propertiesOver<Uint8Array>((s) => s[0]!, a, g, bound) as Property<unknown>[] }
    : { model: faultGraphModel(graph) as EngineModel<unknown>, properties: propertiesOver<GraphNode>((s) => s.node, a, g, bound) as Property<unknown>[] };
}

describe('check split by first fault, merged', () => {
  it('gives the verdicts, traces, fewest faults and status of the whole run', () => {
    fc.assert(
      fc.property(cases, ({ graph, avoid, goal, bound, shards, maxFaults, deadlocks, packed }) => {
        const { model, properties } = shapeOf(graph, packed, avoid, goal, bound);
        const options = { maxFaults, checkDeadlocks: deadlocks };
        const whole = check(model, properties, options);
        const parts = Array.from({ length: shards }, (_, index) => check(model, properties, { ...options, shard: { index, count: shards } }));
        const merged = mergeCheckShares(parts);
        expect(outcome(merged)).toEqual(outcome(whole));
        expect(ran(merged).stats.shards).toBe(shards);
        // Every share stores at least the fault-free states, and together at least the whole run's.
        expect(ran(merged).stats.states).toBeGreaterThanOrEqual(ran(whole).stats.states);
      }),
      { numRuns: 400 },
    );
  });

  it('explores in each shard only the runs whose first fault it owns', () => {
    // 0 -f0-> 1 -f1-> 2 and 0 -f1-> 3: f0 and f1 hash to different shards of 2.
    const graph: FaultGraph = { nodeCount: 4, edges: [[0, 1, true, 0, 1], [1, 2, true, 1, 1], [0, 3, true, 1, 1]] };
    const nodesOf = (index: number): number[] => {
      const seen = new Set<number>();
      check(faultGraphModel(graph), [always<GraphNode>('look', (s) => (seen.add(s.node), true))], { shard: { index, count: 2 } });
      return [...seen].sort();
    };
    const shares = [nodesOf(0), nodesOf(1)];
    // f0's shard walks 0 → 1 → 2 (f1 as a second fault is anyone's); f1's shard only 0 → 3.
    expect(shares.map((s) => s.join(','))).toEqual(expect.arrayContaining(['0,1,2', '0,3']));
  });

  it('reports no deadlock where the only successors are other shards\' first faults', () => {
    const graph: FaultGraph = { nodeCount: 2, edges: [[0, 1, true, 0, 1], [0, 1, true, 1, 1], [1, 0, false, 0, 1]] };
    for (let index = 0; index < 4; index++) {
      const result = ran(check(faultGraphModel(graph), [], { checkDeadlocks: true, shard: { index, count: 4 } }));
      expect(result.status).toBe('pass');
    }
  });

  it('refuses to merge a split with a shard missing, repeated or from another split, or a whole run', () => {
    const graph: FaultGraph = { nodeCount: 3, edges: [[0, 1, true, 0, 1], [0, 2, true, 1, 1]] };
    const avoid = [always<GraphNode>('avoid-2', (s) => s.node !== 2)];
    const share = (index: number, count: number) => check(faultGraphModel(graph), avoid, { shard: { index, count } });
    // The violation lives in one shard only: merging the other alone would call the design safe.
    expect(() => mergeCheckShares([share(0, 2)])).toThrow('shard 2/2 missing');
    expect(() => mergeCheckShares([share(0, 2), share(0, 2), share(1, 2)])).toThrow('given twice');
    expect(() => mergeCheckShares([share(0, 2), share(1, 3)])).toThrow('another split');
    expect(() => mergeCheckShares([share(0, 2), check(faultGraphModel(graph), avoid)])).toThrow('not a shard');
    expect(ran(mergeCheckShares([share(1, 2), share(0, 2)])).status).toBe('violation');
  });

  it('takes shard 1/1 for the whole run, counts and all', () => {
    const graph: FaultGraph = { nodeCount: 3, edges: [[0, 1, true, 0, 1], [1, 2, false, 0, 1], [0, 2, true, 1, 1]] };
    const avoid = [always<GraphNode>('avoid-2', (s) => s.node !== 2)];
    const whole = ran(check(faultGraphModel(graph), avoid));
    const merged = ran(mergeCheckShares([check(faultGraphModel(graph), avoid, { shard: { index: 0, count: 1 } })]));
    expect(outcome(merged)).toEqual(outcome(whole));
    expect([merged.stats.states, merged.stats.transitions, merged.stats.shards]).toEqual([whole.stats.states, whole.stats.transitions, undefined]);
  });

  it('refuses a share that names none', () => {
    const result = check(faultGraphModel({ nodeCount: 1, edges: [] }), [], { shard: { index: 2, count: 2 } });
    expect(result.status === 'error' && result.error.code).toBe('FL101');
  });
});
