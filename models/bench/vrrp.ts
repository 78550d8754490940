/**
 * Benchmark model B1 `vrrp-N` (exact text: shared/bench/MODELS.md, "B1"), packed.
 *
 * N routers on one LAN with fixed distinct priorities `prio(i) = i + 1`; each router has a
 * state (Down, Init, Backup, Master) and a missed-advertisement counter 0..3 that only a
 * Backup uses. This is a throughput benchmark, not a faithful VRRP model: the protocol
 * model lives elsewhere. `preempt` is constant true and is not stored.
 *
 * Encoding: one byte per router holding its local state 0..6 — 0 Down, 1 Init,
 * 2..5 Backup with counter 0..3, 6 Master. A non-Backup router always has counter 0 (every
 * update that leaves Backup resets it), so this encoding is canonical.
 *
 * Instances, numbered action-major: `crash(0..N-1)`, `restart(..)`, `init(..)`, `advert(..)`,
 * `tick(..)`, `timeout(..)`; instance `k·N + i` is action `k` of router `i`.
 */
import type { PackedModel } from '../../src/core/model.js';
import { always } from '../../src/core/property.js';
import type { BenchModel } from './benchModel.js';
import { stateCopier } from './copyState.js';

/** A router's state as the spec names it. */
export type VrrpRouterState = 'Down' | 'Init' | 'Backup' | 'Master';

/** The decoded state of `vrrp-N`, as the spec lists its variables. */
export type VrrpState = {
  readonly st: readonly VrrpRouterState[];
  readonly cnt: readonly number[];
  readonly preempt: boolean;
};

const DOWN = 0;
const INIT = 1;
const BACKUP0 = 2;
const BACKUP3 = 5;
const MASTER = 6;

/** Action names in instance order. */
export const vrrpActions = ['crash', 'restart', 'init', 'advert', 'tick', 'timeout'] as const;

/** Decodes one router byte. */
function routerOf(b: number): [VrrpRouterState, number] {
  if (b === DOWN) return ['Down', 0];
  if (b === INIT) return ['Init', 0];
  if (b === MASTER) return ['Master', 0];
  return ['Backup', b - BACKUP0];
}

/** Builds B1 `vrrp-N` (N ≥ 2). */
export function vrrpBench(n: number): BenchModel<VrrpState> {
  if (!Number.isInteger(n) || n < 2 || n > 255) throw new RangeError(`vrrp: N must be an integer in 2..255, got ${n}`);

  const decode = (s: Uint8Array): VrrpState => {
    const st: VrrpRouterState[] = [];
    const cnt: number[] = [];
    for (let i = 0; i < n; i++) {
      const [r, c] = routerOf(s[i]!);
      st.push(r);
      cnt.push(c);
    }
    return { st, cnt, preempt: true };
  };

  const encode = (v: VrrpState): Uint8Array => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const st = v.st[i];
      const cnt = v.cnt[i] ?? 0;
      if (st === 'Backup' && cnt >= 0 && cnt <= 3) out[i] = BACKUP0 + cnt;
      else if (cnt !== 0) throw new RangeError(`vrrp: router ${i} is ${st} with counter ${cnt}`);
      else if (st === 'Down') out[i] = DOWN;
      else if (st === 'Init') out[i] = INIT;
      else if (st === 'Master') out[i] = MASTER;
      else throw new RangeError(`vrrp: router ${i} has state ${String(st)}`);
    }
    return out;
  };

  const copyState = stateCopier(n);
  const step = (k: number, src: Uint8Array, dst: Uint8Array): boolean => {
    const action = (k / n) | 0;
    const i = k - action * n;
    const b = src[i]!;
    switch (action) {
      case 0: // crash(i)
        if (b === DOWN) return false;
        copyState(src, dst);
        dst[i] = DOWN;
        return true;
      case 1: // restart(i)
        if (b !== DOWN) return false;
        copyState(src, dst);
        dst[i] = INIT;
        return true;
      case 2: // init(i)
        if (b !== INIT) return false;
        copyState(src, dst);
        dst[i] = BACKUP0;
        return true;
      case 3: // advert(i): every other router decides from the old state
        if (b !== MASTER) return false;
        for (let j = 0; j < n; j++) {
          const bj = src[j]!;
          if (bj >= BACKUP0 && bj <= BACKUP3) dst[j] = j > i ? MASTER : BACKUP0;
          else if (bj === MASTER && j < i) dst[j] = BACKUP0;
          else dst[j] = bj;
        }
        return true;
      case 4: // tick(i)
        if (b < BACKUP0 || b >= BACKUP3) return false;
        copyState(src, dst);
        dst[i] = b + 1;
        return true;
      case 5: // timeout(i)
        if (b !== BACKUP3) return false;
        copyState(src, dst);
        dst[i] = MASTER;
        return true;
      default:
        return false;
    }
  };

  const model: PackedModel = {
    kind: 'packed',
    name: `vrrp-${n}`,
    width: n,
    instanceCount: vrrpActions.length * n,
    initialStates: () => [new Uint8Array(n).fill(INIT)],
    step,
    isFault: () => false,
    instanceName: (k) => `${vrrpActions[(k / n) | 0]}(${k % n})`,
    view: decode,
    // Local states are 0..6: the visited set packs them to 3 bits.
    valueBits: new Array<number>(n).fill(3),
  };

  const ok = always<Uint8Array>(
    'VrrpOk',
    (s) => {
      for (let i = 0; i < n; i++) {
        const b = s[i]!;
        const isBackup = b >= BACKUP0 && b <= BACKUP3;
        const cnt = isBackup ? b - BACKUP0 : 0;
        if (!isBackup && cnt !== 0) return false;
      }
      return true;
    },
    { description: 'only a Backup counts missed advertisements' },
  );

  const bad = always<Uint8Array>(
    'AtMostOneMaster',
    (s) => {
      let masters = 0;
      for (let i = 0; i < n; i++) if (s[i] === MASTER) masters++;
      return masters <= 1;
    },
    { description: 'at most one router is Master (violated: the preemption race)' },
  );

  return { model, ok, bad, decode, encode };
}
