/**
 * Object-level twin of B1 `vrrp-N` (shared/bench/MODELS.md), written the plain way.
 */
import type { VrrpState } from '../../models/bench/vrrp.js';
import type { NaiveModel } from './naiveModel.js';

/** An action of the vrrp twin. */
export type VrrpAction = { type: 'crash' | 'restart' | 'init' | 'advert' | 'tick' | 'timeout'; i: number };

const order = ['crash', 'restart', 'init', 'advert', 'tick', 'timeout'] as const;

/** The twin of `vrrp-N`. */
export function vrrpTwin(n: number): NaiveModel<VrrpState, VrrpAction> {
  const prio = (i: number): number => i + 1;
  const enabled = (s: VrrpState, a: VrrpAction): boolean => {
    const st = s.st[a.i];
    switch (a.type) {
      case 'crash':
        return st !== 'Down';
      case 'restart':
        return st === 'Down';
      case 'init':
        return st === 'Init';
      case 'advert':
        return st === 'Master';
      case 'tick':
        return st === 'Backup' && s.cnt[a.i]! < 3;
      case 'timeout':
        return st === 'Backup' && s.cnt[a.i] === 3;
    }
  };
  return {
    name: `vrrp-${n}`,
    initial: () => ({ st: Array(n).fill('Init'), cnt: Array(n).fill(0), preempt: true }),
    actions(s) {
      const out: VrrpAction[] = [];
      for (const type of order) {
        for (let i = 0; i < n; i++) if (enabled(s, { type, i })) out.push({ type, i });
      }
      return out;
    },
    next(s, a) {
      const st = [...s.st];
      const cnt = [...s.cnt];
      const i = a.i;
      switch (a.type) {
        case 'crash':
          st[i] = 'Down';
          cnt[i] = 0;
          break;
        case 'restart':
          st[i] = 'Init';
          break;
        case 'init':
          st[i] = 'Backup';
          cnt[i] = 0;
          break;
        case 'advert':
          for (let j = 0; j < n; j++) {
            if (j === i) continue;
            if (s.st[j] === 'Backup') {
              cnt[j] = 0;
              if (s.preempt && prio(j) > prio(i)) st[j] = 'Master';
            } else if (s.st[j] === 'Master' && prio(j) < prio(i)) {
              st[j] = 'Backup';
              cnt[j] = 0;
            }
          }
          break;
        case 'tick':
          cnt[i] = cnt[i]! + 1;
          break;
        case 'timeout':
          st[i] = 'Master';
          cnt[i] = 0;
          break;
      }
      return { st, cnt, preempt: s.preempt };
    },
    label: (a) => `${a.type}(${a.i})`,
    ok: (s) => s.st.every((st, i) => st === 'Backup' || s.cnt[i] === 0),
    bad: (s) => s.st.filter((st) => st === 'Master').length <= 1,
  };
}
