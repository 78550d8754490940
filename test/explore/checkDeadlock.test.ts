import { describe, expect, it } from 'vitest';
import { always } from '../../src/core/property.js';
import { formatPath } from '../../src/core/trace.js';
import { check } from '../../src/explore/check.js';
import { counterModel } from '../fixtures/counter.js';
import { graphModel, type Digraph, type NodeState } from '../fixtures/graphModel.js';
import { deadlockOf, expectReplays, finalView, ran } from '../fixtures/verdicts.js';

/**
 * 0 ⇄ 1 → 2 → 3 → 4 (sink at distance 4), and 0 → 5 → 6 (sink at distance 2).
 * Node 0's successors are move(1), move(5), so the shortest deadlock path is 0/1/0.
 */
const twoSinks: Digraph = {
  nodeCount: 7,
  edges: [
    [0, 1],
    [1, 0],
    [1, 2],
    [2, 3],
    [3, 4],
    [0, 5],
    [5, 6],
  ],
};

const inGraph = always<NodeState>('in-graph', (s) => s.node < 7);

describe('check with deadlock reporting', () => {
  it('reports the nearer of two dead ends with a shortest trace when the model asks for it', () => {
    const model = { ...graphModel(twoSinks), reportDeadlocks: true };
    const result = ran(check(model, [inGraph]));
    expect(result.status).toBe('violation');
    const trace = deadlockOf(result);
    expect(formatPath(trace)).toBe('0/1/0');
    expect(finalView(trace)).toEqual({ node: 6 });
    expectReplays(model, trace);
  });

  it('reports the same dead end when the option asks for it', () => {
    const model = graphModel(twoSinks);
    const result = ran(check(model, [inGraph], { checkDeadlocks: true }));
    expect(result.status).toBe('violation');
    expect(formatPath(deadlockOf(result))).toBe('0/1/0');
  });

  it('passes over dead ends, exploring all 7 nodes, when nobody asks', () => {
    const result = ran(check(graphModel(twoSinks), [inGraph]));
    expect(result.status).toBe('pass');
    expect(result.stats.states).toBe(7);
    expect(result.verdicts.every((v) => v.status === 'holds')).toBe(true);
  });

  it('reports a dead initial state with an empty trace', () => {
    const result = ran(check(counterModel({ max: 0 }), [], { checkDeadlocks: true }));
    expect(result.status).toBe('violation');
    const trace = deadlockOf(result);
    expect([formatPath(trace), trace.initialView]).toEqual(['0', { n: 0, glitched: false }]);
  });

  it('finds no deadlock in the counter, whose every state has a successor', () => {
    const result = ran(check(counterModel({ max: 10 }), [], { checkDeadlocks: true }));
    expect(result.status).toBe('pass');
    expect(result.stats.states).toBe(11);
  });
});
