import { describe, expect, it } from 'vitest';
import { codecOf, int, record } from '../../src/core/layout.js';
import type { Model } from '../../src/core/model.js';
import { always } from '../../src/core/property.js';
import { check } from '../../src/explore/check.js';
import { faultsIn } from '../../src/explore/fewestFaults.js';
import { faultGraphModel, type FaultGraph, type GraphNode } from '../fixtures/faultGraph.js';
import { labels, ran, verdictOf } from '../fixtures/verdicts.js';

type Jumper = { readonly n: number };
type JumpAction = { readonly type: 'inc' } | { readonly type: 'jump' };

/** A counter that reaches 3 by three increments, or at once by a `jump` fault. */
const jumper: Model<Jumper, JumpAction> = {
  name: 'jumper',
  codec: codecOf(record<Jumper & Record<string, unknown>>({ n: int(0, 3) })),
  initialStates: () => [{ n: 0 }],
  actions: (s) => (s.n < 3 ? [{ type: 'inc' }] : []),
  faults: (s) => (s.n < 3 ? [{ type: 'jump' }] : []),
  next: (s, a) => ({ n: a.type === 'inc' ? s.n + 1 : 3 }),
};
const belowThree = always<Jumper>('below-3', (s) => s.n < 3);

describe('check: the fewest faults a violation needs', () => {
  it('shows a fault-free trace when the shortest one carries a fault it does not need', () => {
    const shortest = verdictOf(ran(check(jumper, [belowThree], { maxFaults: 1, fewestFaults: false })), 'below-3');
    expect(shortest.status === 'violated' && labels(shortest.trace)).toEqual(['jump()']);
    const fewest = verdictOf(ran(check(jumper, [belowThree], { maxFaults: 1 })), 'below-3');
    expect(fewest.status).toBe('violated');
    if (fewest.status !== 'violated') return;
    expect(labels(fewest.trace)).toEqual(['inc()', 'inc()', 'inc()']);
    expect(faultsIn(fewest.trace)).toBe(0);
    expect(fewest.fewestFaults).toEqual({ count: 0, proven: true });
  });

  it('keeps a fault the violation needs, and says it is the fewest', () => {
    const never = always<Jumper>('below-3', (s) => s.n < 3);
    const incOnlyTo2: Model<Jumper, JumpAction> = { ...jumper, name: 'jumper-2', actions: (s) => (s.n < 2 ? [{ type: 'inc' }] : []) };
    const v = verdictOf(ran(check(incOnlyTo2, [never], { maxFaults: 2 })), 'below-3');
    expect(v.status === 'violated' && [faultsIn(v.trace), v.fewestFaults]).toEqual([1, { count: 1, proven: true }]);
  });

  it('is not stopped by a deadlock elsewhere: the count is the fewest, and proven', () => {
    // Two faults reach node 3 in two steps; one fault reaches it in four. Node 1 (after fault f0)
    // and node 6 under a budget of 0 have no successor: deadlocks the searches must step over.
    const graph: FaultGraph = {
      nodeCount: 7,
      edges: [[0, 1, true, 0, 1], [0, 2, true, 1, 1], [2, 3, true, 2, 1], [0, 4, false, 0, 1], [4, 5, false, 0, 1], [5, 6, false, 0, 1], [6, 3, true, 3, 1]],
    };
    const result = ran(check(faultGraphModel(graph), [always<GraphNode>('avoid-3', (s) => s.node !== 3)], { checkDeadlocks: true }));
    const v = verdictOf(result, 'avoid-3');
    expect(v.status === 'violated' && [labels(v.trace), v.fewestFaults]).toEqual([['a3', 'a4', 'a5', 'f3'], { count: 1, proven: true }]);
  });
});

