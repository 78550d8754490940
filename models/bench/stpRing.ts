/**
 * Benchmark model B2 `stp-ring-N` (exact text: shared/bench/MODELS.md, "B2"), packed.
 *
 * N bridges in a ring (bridge id = index, so 0 is the true root) flood root vectors
 * (root, cost) over 2N directed links, each holding at most one pending BPDU; one ring edge
 * may fail once, dropping what it carried. A throughput benchmark with a deep BFS, not the
 * spanning-tree protocol model.
 *
 * Encoding (width 3N + 1, N ≤ 15):
 * - byte b (0..N-1): bridge b's vector as `root·(N+1) + cost`;
 * - byte N + l: link l's slot, 0 when empty, else `1 + r·(N+1) + c`;
 * - byte 3N: `failed`, 0 for none, else `e + 1`.
 * An empty slot carries nothing else, so the encoding is canonical. Because vectors are
 * stored as `r·(N+1) + c`, "better vector" (lower root, then lower cost) is plain `<` on bytes.
 *
 * Instances: `send(l)` for l in 0..2N-1 (named `send(b,cw)` for l = 2b, `send(b,ccw)` for
 * l = 2b+1), then `receive(l)` in the same order and naming, then `fail(e)` for e in 0..N-1.
 */
import type { PackedModel } from '../../src/core/model.js';
import { always } from '../../src/core/property.js';
import type { BenchModel } from './benchModel.js';
import { stateCopier } from './copyState.js';

/** A pending BPDU: a root id and the sender's cost to it. */
export type StpVector = { readonly r: number; readonly c: number };

/** The decoded state of `stp-ring-N`, as the spec lists its variables. */
export type StpState = {
  readonly root: readonly number[];
  readonly cost: readonly number[];
  readonly slot: readonly (StpVector | null)[];
  readonly failed: number | null;
};

/** Sender, receiver and ring edge of directed link `l` in a ring of `n` bridges. */
export function stpLink(n: number, l: number): { sender: number; receiver: number; edge: number; dir: 'cw' | 'ccw' } {
  const sender = l >> 1;
  if ((l & 1) === 0) return { sender, receiver: (sender + 1) % n, edge: sender, dir: 'cw' };
  return { sender, receiver: (sender + n - 1) % n, edge: (sender + n - 1) % n, dir: 'ccw' };
}

/** `min(|x−y|, N−|x−y|)`. */
export function ringDist(n: number, x: number, y: number): number {
  const d = Math.abs(x - y);
  return Math.min(d, n - d);
}

/** Builds B2 `stp-ring-N` (3 ≤ N ≤ 15). */
export function stpRing(n: number): BenchModel<StpState> {
  if (!Number.isInteger(n) || n < 3 || n > 15) throw new RangeError(`stp-ring: N must be an integer in 3..15, got ${n}`);
  const links = 2 * n;
  const slot0 = n;
  const failedAt = 3 * n;
  const width = 3 * n + 1;
  const base = n + 1;
  const receiverOf = new Int32Array(links);
  const edgeTag = new Int32Array(links); // edge + 1, compared with the failed byte
  const names: string[] = [];
  for (let l = 0; l < links; l++) {
    const link = stpLink(n, l);
    receiverOf[l] = link.receiver;
    edgeTag[l] = link.edge + 1;
  }
  for (const action of ['send', 'receive']) {
    for (let l = 0; l < links; l++) names.push(`${action}(${l >> 1},${stpLink(n, l).dir})`);
  }
  for (let e = 0; e < n; e++) names.push(`fail(${e})`);

  const copyState = stateCopier(width);
  const step = (k: number, src: Uint8Array, dst: Uint8Array): boolean => {
    if (k < links) {
      // send(l): slot[l] := (root[s], cost[s])
      if (src[slot0 + k] !== 0 || src[failedAt] === edgeTag[k]) return false;
      copyState(src, dst);
      dst[slot0 + k] = 1 + src[k >> 1]!;
      return true;
    }
    if (k < 2 * links) {
      // receive(l): adopt (r, min(c+1, N)) when it is better; always consume the BPDU
      const l = k - links;
      const v = src[slot0 + l]!;
      if (v === 0) return false;
      copyState(src, dst);
      dst[slot0 + l] = 0;
      const heard = (v - 1) % base === n ? v - 1 : v; // (r, c) → (r, min(c+1, N))
      const rcv = receiverOf[l]!;
      if (heard < src[rcv]!) dst[rcv] = heard;
      return true;
    }
    // fail(e): only one edge ever fails; both directed links of e lose their BPDU
    const e = k - 2 * links;
    if (src[failedAt] !== 0) return false;
    copyState(src, dst);
    dst[failedAt] = e + 1;
    dst[slot0 + 2 * e] = 0;
    dst[slot0 + 2 * ((e + 1) % n) + 1] = 0;
    return true;
  };

  const decode = (s: Uint8Array): StpState => {
    const root: number[] = [];
    const cost: number[] = [];
    const slot: (StpVector | null)[] = [];
    for (let b = 0; b < n; b++) {
      root.push(Math.floor(s[b]! / base));
      cost.push(s[b]! % base);
    }
    for (let l = 0; l < links; l++) {
      const v = s[slot0 + l]!;
      slot.push(v === 0 ? null : { r: Math.floor((v - 1) / base), c: (v - 1) % base });
    }
    const f = s[failedAt]!;
    return { root, cost, slot, failed: f === 0 ? null : f - 1 };
  };

  const encode = (st: StpState): Uint8Array => {
    const out = new Uint8Array(width);
    const vector = (r: number, c: number): number => {
      if (!(r >= 0 && r < n && c >= 0 && c <= n)) throw new RangeError(`stp-ring: vector (${r}, ${c}) out of range`);
      return r * base + c;
    };
    for (let b = 0; b < n; b++) out[b] = vector(st.root[b] ?? -1, st.cost[b] ?? -1);
    for (let l = 0; l < links; l++) {
      const m = st.slot[l];
      out[slot0 + l] = m ? 1 + vector(m.r, m.c) : 0;
    }
    out[failedAt] = st.failed === null ? 0 : st.failed + 1;
    return out;
  };

  const initial = new Uint8Array(width);
  for (let b = 0; b < n; b++) initial[b] = b * base;

  const model: PackedModel = {
    kind: 'packed',
    name: `stp-ring-${n}`,
    width,
    instanceCount: names.length,
    initialStates: () => [initial.slice()],
    step,
    isFault: () => false,
    instanceName: (k) => names[k] ?? `?${k}`,
    view: decode,
    // Vectors and slots stay below (N + 1)² + 1, `failed` below N + 1: the visited set packs states to these bits.
    valueBits: [...new Array<number>(3 * n).fill(Math.min(8, Math.ceil(Math.log2(base * base + 1)))), Math.ceil(Math.log2(n + 1))],
  };

  const ok = always<Uint8Array>(
    'StpOk',
    (s) => {
      for (let b = 0; b < n; b++) {
        const root = Math.floor(s[b]! / base);
        if (root > b || s[b]! % base < ringDist(n, root, b)) return false;
      }
      return true;
    },
    { description: 'no bridge believes in a root above its own id or a cost below the ring distance' },
  );

  const bad = always<Uint8Array>(
    'StpBad',
    (s) => {
      for (let b = 0; b < n; b++) {
        if (s[b]! < base && s[b]! > ringDist(n, 0, b)) return false;
      }
      return true;
    },
    { description: 'a bridge that believes in root 0 never believes in a path longer than the shortest (violated)' },
  );

  return { model, ok, bad, decode, encode };
}
