/**
 * Object-level twin of B3 `philosophers-N` (shared/bench/MODELS.md), written the plain way.
 */
import type { PhilosophersState } from '../../models/bench/philosophers.js';
import type { NaiveModel } from './naiveModel.js';

/** An action of the philosophers twin. */
export type PhilAction = { type: 'takeLeft' | 'takeRight' | 'release'; i: number };

const order = ['takeLeft', 'takeRight', 'release'] as const;

/** The twin of `philosophers-N`. */
export function philosophersTwin(n: number): NaiveModel<PhilosophersState, PhilAction> {
  const right = (i: number): number => (i + 1) % n;
  const enabled = (s: PhilosophersState, a: PhilAction): boolean => {
    if (a.type === 'takeLeft') return s.ph[a.i] === 'Thinking' && !s.fork[a.i];
    if (a.type === 'takeRight') return s.ph[a.i] === 'HungryWithLeft' && !s.fork[right(a.i)];
    return s.ph[a.i] === 'Eating';
  };
  return {
    name: `philosophers-${n}`,
    initial: () => ({ ph: Array(n).fill('Thinking'), fork: Array(n).fill(false) }),
    actions(s) {
      const out: PhilAction[] = [];
      for (const type of order) {
        for (let i = 0; i < n; i++) if (enabled(s, { type, i })) out.push({ type, i });
      }
      return out;
    },
    next(s, a) {
      const ph = [...s.ph];
      const fork = [...s.fork];
      if (a.type === 'takeLeft') {
        fork[a.i] = true;
        ph[a.i] = 'HungryWithLeft';
      } else if (a.type === 'takeRight') {
        fork[right(a.i)] = true;
        ph[a.i] = 'Eating';
      } else {
        fork[a.i] = false;
        fork[right(a.i)] = false;
        ph[a.i] = 'Thinking';
      }
      return { ph, fork };
    },
    label: (a) => `${a.type}(${a.i})`,
    ok: (s) => s.ph.every((p, i) => !(p === 'Eating' && s.ph[right(i)] === 'Eating')),
    bad: (s) => !s.ph.every((p) => p === 'HungryWithLeft'),
  };
}
