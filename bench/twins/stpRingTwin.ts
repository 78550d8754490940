/**
 * Object-level twin of B2 `stp-ring-N` (shared/bench/MODELS.md), written the plain way.
 */
import { ringDist, stpLink, type StpState } from '../../models/bench/stpRing.js';
import type { NaiveModel } from './naiveModel.js';

/** An action of the stp-ring twin: `send`/`receive` name a link, `fail` an edge. */
export type StpAction = { type: 'send' | 'receive'; l: number } | { type: 'fail'; e: number };

/** The twin of `stp-ring-N`. */
export function stpRingTwin(n: number): NaiveModel<StpState, StpAction> {
  const link = (l: number) => stpLink(n, l);
  return {
    name: `stp-ring-${n}`,
    initial: () => ({
      root: Array.from({ length: n }, (_, b) => b),
      cost: Array(n).fill(0),
      slot: Array(2 * n).fill(null),
      failed: null,
    }),
    actions(s) {
      const out: StpAction[] = [];
      for (let l = 0; l < 2 * n; l++) {
        if (s.slot[l] === null && s.failed !== link(l).edge) out.push({ type: 'send', l });
      }
      for (let l = 0; l < 2 * n; l++) if (s.slot[l] !== null) out.push({ type: 'receive', l });
      if (s.failed === null) for (let e = 0; e < n; e++) out.push({ type: 'fail', e });
      return out;
    },
    next(s, a) {
      const root = [...s.root];
      const cost = [...s.cost];
      const slot = [...s.slot];
      let failed = s.failed;
      if (a.type === 'send') {
        const b = link(a.l).sender;
        slot[a.l] = { r: s.root[b]!, c: s.cost[b]! };
      } else if (a.type === 'receive') {
        const m = s.slot[a.l]!;
        const v = link(a.l).receiver;
        const c = Math.min(m.c + 1, n);
        if (m.r < s.root[v]! || (m.r === s.root[v] && c < s.cost[v]!)) {
          root[v] = m.r;
          cost[v] = c;
        }
        slot[a.l] = null;
      } else if (a.type === 'fail') {
        failed = a.e;
        slot[2 * a.e] = null;
        slot[2 * ((a.e + 1) % n) + 1] = null;
      }
      return { root, cost, slot, failed };
    },
    label: (a) => (a.type === 'fail' ? `fail(${a.e})` : `${a.type}(${link(a.l).sender},${link(a.l).dir})`),
    ok: (s) => s.root.every((r, b) => r >= 0 && r <= b && s.cost[b]! >= ringDist(n, r, b)),
    bad: (s) => s.root.every((r, b) => r !== 0 || s.cost[b]! <= ringDist(n, 0, b)),
  };
}
