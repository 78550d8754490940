import { describe, expect, it } from 'vitest';
import { naiveTwins } from '../../../bench/twins/index.js';
import { referenceRow } from '../../../bench/reference.js';
import { initialStatesOf, successorsOf } from '../../../src/core/successors.js';
import { benchModels, stpRing, type BenchModelName } from '../../../models/bench/index.js';

const sizes: [BenchModelName, number[]][] = [
  ['vrrp', [2, 3, 4]],
  ['stp-ring', [3]],
  ['philosophers', [2, 3, 4, 8]],
];

const keyOf = (s: Uint8Array): string => Buffer.from(s).toString('hex');

describe('packed benchmark models', () => {
  for (const [name, ns] of sizes) {
    for (const n of ns) {
      it(`agree with the object twin of ${name}-${n} on the successors of every reachable state`, () => {
        const bench = benchModels[name](n);
        const twin = naiveTwins[name](n);
        const [init] = initialStatesOf<Uint8Array>(bench.model);
        expect(bench.decode(init!)).toEqual(twin.initial());
        const seen = new Set([keyOf(init!)]);
        const queue: Uint8Array[] = [init!];
        let transitions = 0;
        for (let head = 0; head < queue.length; head++) {
          const s = queue[head]!;
          const object = bench.decode(s);
          expect(keyOf(bench.encode(object))).toBe(keyOf(s));
          expect(bench.ok.holds(s)).toBe(twin.ok(object));
          expect(bench.bad.holds(s)).toBe(twin.bad(object));
          const packed = successorsOf<Uint8Array>(bench.model, s);
          const expected = twin.actions(object).map((a) => ({ label: twin.label(a), state: twin.next(object, a) }));
          expect(packed.map((x) => ({ label: x.label, state: bench.decode(x.state) }))).toEqual(expected);
          expect(packed.every((x) => !x.fault)).toBe(true);
          transitions += packed.length;
          for (const x of packed) {
            if (seen.has(keyOf(x.state))) continue;
            seen.add(keyOf(x.state));
            queue.push(x.state);
          }
        }
        expect({ states: seen.size, transitions }).toEqual({
          states: referenceRow(name, n)!.states,
          transitions: referenceRow(name, n)!.transitions,
        });
      });
    }
  }

  it('packs stp-ring vectors so a capped cost stays at N', () => {
    const { model, encode, decode } = stpRing(3);
    const src = encode({ root: [0, 1, 2], cost: [0, 0, 0], slot: [null, { r: 0, c: 3 }, null, null, null, null], failed: null });
    const dst = new Uint8Array(model.width);
    const receive01 = Array.from({ length: model.instanceCount }, (_, i) => model.instanceName(i)).indexOf('receive(0,ccw)');
    expect(model.step(receive01, src, dst)).toBe(true);
    expect(decode(dst).slot[1]).toBeNull();
    expect(decode(dst).root[2]).toBe(0);
    expect(decode(dst).cost[2]).toBe(3);
  });

  it('reject sizes their encodings cannot hold', () => {
    expect(() => benchModels.vrrp(1)).toThrow(RangeError);
    expect(() => benchModels['stp-ring'](16)).toThrow(RangeError);
    expect(() => benchModels.philosophers(1)).toThrow(RangeError);
  });
});
