/**
 * Benchmark model B3 `philosophers-N` (exact text: shared/bench/MODELS.md, "B3"), packed.
 *
 * Classic dining philosophers: philosopher i's left fork is `fork[i]`, the right one
 * `fork[(i+1) mod N]`. The only deadlock is "everyone holds the left fork", at depth N.
 *
 * Encoding (width ⌈N/2⌉): philosopher i sits in the nibble `(i & 1)·4` of byte `i >> 1`;
 * the nibble holds `ph[i]` in bits 0–1 (0 Thinking, 1 HungryWithLeft, 2 Eating) and
 * `fork[i]` in bit 2. The unused nibble of an odd N stays 0, so the encoding is canonical.
 *
 * Instances, action-major: `takeLeft(0..N-1)`, `takeRight(..)`, `release(..)`.
 */
import type { PackedModel } from '../../src/core/model.js';
import { always } from '../../src/core/property.js';
import type { BenchModel } from './benchModel.js';
import { stateCopier } from './copyState.js';

/** A philosopher's state as the spec names it. */
export type PhilState = 'Thinking' | 'HungryWithLeft' | 'Eating';

/** The decoded state of `philosophers-N`, as the spec lists its variables. */
export type PhilosophersState = {
  readonly ph: readonly PhilState[];
  readonly fork: readonly boolean[];
};

const THINKING = 0;
const HUNGRY = 1;
const EATING = 2;
const PH = 3;
const FORK = 4;
const phNames: readonly PhilState[] = ['Thinking', 'HungryWithLeft', 'Eating'];

/** Action names in instance order. */
export const philosopherActions = ['takeLeft', 'takeRight', 'release'] as const;

/** Builds B3 `philosophers-N` (N ≥ 2). */
export function philosophers(n: number): BenchModel<PhilosophersState> {
  if (!Number.isInteger(n) || n < 2 || n > 1024) throw new RangeError(`philosophers: N must be an integer in 2..1024, got ${n}`);
  const width = (n + 1) >> 1;
  // Philosopher i's nibble: byte i >> 1, shift (i & 1) · 4; its right neighbour is i + 1 mod N.
  // Computed, not looked up: a typed-array load costs V8 more than the arithmetic (decision 0043).
  const nibble = (s: Uint8Array, i: number): number => (s[i >> 1]! >> ((i & 1) << 2)) & 15;
  const rightOf = (i: number): number => (i + 1 === n ? 0 : i + 1);

  const copyState = stateCopier(width);
  const twoN = 2 * n;
  const step = (k: number, src: Uint8Array, dst: Uint8Array): boolean => {
    // Compared, not divided: an integer division is the slowest instruction of this step.
    const action = k < n ? 0 : k < twoN ? 1 : 2;
    const i = k - (action === 0 ? 0 : action === 1 ? n : twoN);
    const bi = i >> 1;
    const si = (i & 1) << 2;
    const mine = (src[bi]! >> si) & 15;
    if (action === 0) {
      // takeLeft(i): Thinking ∧ ¬fork[i]
      if ((mine & PH) !== THINKING || (mine & FORK) !== 0) return false;
      copyState(src, dst);
      dst[bi] = (src[bi]! & ~(15 << si)) | ((HUNGRY | FORK) << si);
      return true;
    }
    const j = rightOf(i);
    const bj = j >> 1;
    const forkJ = FORK << ((j & 1) << 2);
    switch (action) {
      case 1: // takeRight(i): HungryWithLeft ∧ ¬fork[i+1]
        if ((mine & PH) !== HUNGRY || (src[bj]! & forkJ) !== 0) return false;
        copyState(src, dst);
        dst[bi] = (src[bi]! & ~(PH << si)) | (EATING << si);
        dst[bj] = dst[bj]! | forkJ;
        return true;
      case 2: // release(i): Eating; both forks go back
        if ((mine & PH) !== EATING) return false;
        copyState(src, dst);
        dst[bi] = src[bi]! & ~(15 << si);
        dst[bj] = dst[bj]! & ~forkJ;
        return true;
      default:
        return false;
    }
  };

  const decode = (s: Uint8Array): PhilosophersState => {
    const ph: PhilState[] = [];
    const fork: boolean[] = [];
    for (let i = 0; i < n; i++) {
      const v = nibble(s, i);
      const name = phNames[v & PH];
      if (name === undefined) throw new RangeError(`philosophers: philosopher ${i} has code ${v & PH}`);
      ph.push(name);
      fork.push((v & FORK) !== 0);
    }
    return { ph, fork };
  };

  const encode = (st: PhilosophersState): Uint8Array => {
    const out = new Uint8Array(width);
    for (let i = 0; i < n; i++) {
      const code = phNames.indexOf(st.ph[i] as PhilState);
      if (code < 0) throw new RangeError(`philosophers: philosopher ${i} is ${String(st.ph[i])}`);
      out[i >> 1] = out[i >> 1]! | ((code | (st.fork[i] ? FORK : 0)) << ((i & 1) << 2));
    }
    return out;
  };

  const model: PackedModel = {
    kind: 'packed',
    name: `philosophers-${n}`,
    width,
    instanceCount: philosopherActions.length * n,
    initialStates: () => [new Uint8Array(width)],
    step,
    isFault: () => false,
    instanceName: (k) => `${philosopherActions[(k / n) | 0]}(${k % n})`,
    view: decode,
    // Each nibble holds 3 bits (ph in 0–1, fork in 2): a byte is at most 0x77, below 2^7.
    valueBits: new Array<number>(width).fill(7),
  };

  const ok = always<Uint8Array>(
    'PhilOk',
    (s) => {
      for (let i = 0; i < n; i++) {
        if ((nibble(s, i) & PH) === EATING && (nibble(s, rightOf(i)) & PH) === EATING) return false;
      }
      return true;
    },
    { description: 'no two neighbours eat at the same time' },
  );

  const bad = always<Uint8Array>(
    'PhilBad',
    (s) => {
      for (let i = 0; i < n; i++) if ((nibble(s, i) & PH) !== HUNGRY) return true;
      return false;
    },
    { description: 'not every philosopher holds only the left fork (violated: the deadlock)' },
  );

  return { model, ok, bad, decode, encode };
}
