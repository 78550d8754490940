/**
 * The naive TypeScript BFS of the baseline (shared/bench/BASELINES.md): a `Map` keyed by
 * `JSON.stringify(state)`, plain-object states, parent links, the invariant checked on each
 * new state. It is what a newcomer writes first, kept here as the yardstick for the engine.
 *
 * Counts follow shared/bench/MODELS.md: `states` = distinct reachable states, `transitions`
 * = pairs (s, a) with s reachable and a enabled in s (every firing counts).
 * V8's `Map` holds at most 2^24 entries, so this cannot explore more states than that.
 */
import type { NaiveModel } from './twins/naiveModel.js';

/** The largest number of entries a V8 `Map` holds. */
export const V8_MAP_LIMIT = 16_777_216;

/** A shortest path to a state that breaks the invariant. */
export interface NaiveViolation<S> {
  /** Number of steps from the initial state. */
  readonly depth: number;
  /** Action labels along the path. */
  readonly actions: readonly string[];
  readonly state: S;
}

/** What one naive run found. */
export interface NaiveResult<S> {
  readonly states: number;
  readonly transitions: number;
  /** BFS depth reached (the initial state's eccentricity when the run was complete). */
  readonly depth: number;
  readonly seconds: number;
  readonly statesPerSecond: number;
  /** Set when the invariant failed; the run then stops at once. */
  readonly violation?: NaiveViolation<S>;
}

interface Node<S> {
  readonly state: S;
  readonly parent: string | null;
  readonly action: string | null;
  readonly depth: number;
}

/** Explores every state of `model` breadth-first, checking `invariant` on each new state. */
export function naiveBfs<S, A>(model: NaiveModel<S, A>, invariant: (state: S) => boolean): NaiveResult<S> {
  const started = performance.now();
  const visited = new Map<string, Node<S>>();
  const queue: string[] = [];
  let transitions = 0;
  let depth = 0;

  const finish = (violation?: NaiveViolation<S>): NaiveResult<S> => {
    const seconds = (performance.now() - started) / 1000;
    const base = { states: visited.size, transitions, depth, seconds, statesPerSecond: visited.size / Math.max(seconds, 1e-9) };
    return violation ? { ...base, violation } : base;
  };
  const violationAt = (key: string): NaiveViolation<S> => {
    const actions: string[] = [];
    let node = visited.get(key)!;
    const state = node.state;
    while (node.parent !== null) {
      actions.unshift(node.action!);
      node = visited.get(node.parent)!;
    }
    return { depth: actions.length, actions, state };
  };

  const init = model.initial();
  const initKey = JSON.stringify(init);
  visited.set(initKey, { state: init, parent: null, action: null, depth: 0 });
  if (!invariant(init)) return finish(violationAt(initKey));
  queue.push(initKey);

  for (let head = 0; head < queue.length; head++) {
    const key = queue[head]!;
    const node = visited.get(key)!;
    depth = Math.max(depth, node.depth);
    for (const action of model.actions(node.state)) {
      transitions++;
      const next = model.next(node.state, action);
      const nextKey = JSON.stringify(next);
      if (visited.has(nextKey)) continue;
      visited.set(nextKey, { state: next, parent: key, action: model.label(action), depth: node.depth + 1 });
      if (!invariant(next)) {
        depth = node.depth + 1;
        return finish(violationAt(nextKey));
      }
      queue.push(nextKey);
    }
  }
  return finish();
}
