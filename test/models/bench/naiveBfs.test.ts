import { describe, expect, it } from 'vitest';
import { naiveBfs } from '../../../bench/naiveBfs.js';
import { referenceRow } from '../../../bench/reference.js';
import { naiveTwins } from '../../../bench/twins/index.js';
import type { BenchModelName } from '../../../models/bench/index.js';

const sizes: [BenchModelName, number[]][] = [
  ['vrrp', [2, 3, 4, 5]],
  ['stp-ring', [3]],
  ['philosophers', [2, 3, 4, 8, 10, 12]],
];

describe('naive BFS over the object twins', () => {
  for (const [name, ns] of sizes) {
    for (const n of ns) {
      const ref = referenceRow(name, n)!;
      it(`reproduces the reference states, transitions and depth of ${name}-${n}`, () => {
        const twin = naiveTwins[name](n);
        const result = naiveBfs(twin, (s) => twin.ok(s));
        expect(result.violation).toBeUndefined();
        expect({ states: result.states, transitions: result.transitions, depth: result.depth }).toEqual({
          states: ref.states,
          transitions: ref.transitions,
          depth: ref.depth,
        });
      });
      it(`finds the Bad invariant of ${name}-${n} broken at depth ${ref.badDepth}`, () => {
        const twin = naiveTwins[name](n);
        const result = naiveBfs(twin, (s) => twin.bad(s));
        expect(result.violation?.depth).toBe(ref.badDepth);
        expect(result.violation?.actions).toHaveLength(ref.badDepth);
        expect(twin.bad(result.violation!.state)).toBe(false);
      });
    }
  }

  it('follows the preemption race named in the spec for vrrp', () => {
    const twin = naiveTwins.vrrp(3);
    const result = naiveBfs(twin, (s) => twin.bad(s));
    expect(result.violation?.actions.at(-1)).toMatch(/^advert\(/);
    expect(result.violation?.state.st.filter((s: string) => s === 'Master')).toHaveLength(2);
  });

  it('ends the philosophers counterexample with every philosopher holding the left fork', () => {
    const twin = naiveTwins.philosophers(5);
    const result = naiveBfs(twin, (s) => twin.bad(s));
    expect(result.violation?.state.ph).toEqual(Array(5).fill('HungryWithLeft'));
    expect(twin.actions(result.violation!.state)).toEqual([]);
  });
});
