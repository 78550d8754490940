import graphlib from '@dagrejs/graphlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { always } from '../../src/core/property.js';
import { check } from '../../src/explore/check.js';
import { graphModel, type Digraph, type NodeState } from '../fixtures/graphModel.js';
import { deadlockOf, expectReplays, finalView, ran, verdictOf, violationOf } from '../fixtures/verdicts.js';

const digraphArb: fc.Arbitrary<Digraph> = fc.integer({ min: 1, max: 30 }).chain((nodeCount) =>
  fc.record({
    nodeCount: fc.constant(nodeCount),
    edges: fc.array(fc.tuple(fc.nat({ max: nodeCount - 1 }), fc.nat({ max: nodeCount - 1 })), { maxLength: 2 * nodeCount }),
  }),
);

/** Unit-weight shortest distances from node 0, by graphlib. */
function distancesFrom0(graph: Digraph): number[] {
  const g = new graphlib.Graph({ directed: true });
  for (let v = 0; v < graph.nodeCount; v++) g.setNode(String(v));
  for (const [from, to] of graph.edges) g.setEdge(String(from), String(to));
  const paths = graphlib.alg.dijkstra(g, '0', () => 1);
  return Array.from({ length: graph.nodeCount }, (_, v) => paths[String(v)]?.distance ?? Infinity);
}

describe('check on random directed graphs', () => {
  it('finds a counterexample exactly as long as the shortest path to the target', () => {
    fc.assert(
      fc.property(digraphArb, fc.nat(), (graph, pick) => {
        const target = pick % graph.nodeCount;
        const distance = distancesFrom0(graph)[target]!;
        const model = graphModel(graph);
        const result = check(model, [always<NodeState>('avoid-target', (s) => s.node !== target)]);
        if (distance === Infinity) {
          expect(result.status).toBe('pass');
          expect(verdictOf(result, 'avoid-target').status).toBe('holds');
          return;
        }
        expect(result.status).toBe('violation');
        const { kind, trace } = violationOf(result, 'avoid-target');
        expect(kind).toBe('invariant');
        expect(trace.steps.length).toBe(distance);
        expect(finalView(trace)).toEqual({ node: target });
        expectReplays(model, trace);
      }),
      { numRuns: 200 },
    );
  });

  it('stores exactly the nodes reachable from the start', () => {
    fc.assert(
      fc.property(digraphArb, (graph) => {
        const reachable = distancesFrom0(graph).filter((d) => d !== Infinity);
        const result = ran(check(graphModel(graph), [always<NodeState>('in-graph', (s) => s.node < graph.nodeCount)]));
        expect(result.status).toBe('pass');
        expect(result.stats.states).toBe(reachable.length);
        expect(result.stats.depth).toBe(Math.max(...reachable));
      }),
      { numRuns: 200 },
    );
  });

  it('reports a deadlock at the distance of the nearest reachable sink', () => {
    fc.assert(
      fc.property(digraphArb, (graph) => {
        const distance = distancesFrom0(graph);
        const isSink = (v: number): boolean => !graph.edges.some(([from]) => from === v);
        const nearest = Math.min(...distance.filter((d, v) => d !== Infinity && isSink(v)));
        const model = { ...graphModel(graph), reportDeadlocks: true };
        const result = check(model, []);
        if (nearest === Infinity) {
          expect(result.status).toBe('pass');
          return;
        }
        expect(result.status).toBe('violation');
        const trace = deadlockOf(result);
        expect(trace.steps.length).toBe(nearest);
        expect(isSink((finalView(trace) as NodeState).node)).toBe(true);
        expectReplays(model, trace);
      }),
      { numRuns: 200 },
    );
  });
});
