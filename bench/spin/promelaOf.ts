/**
 * The benchmark models (shared/bench/MODELS.md) in Promela, written out for one size, so that
 * SPIN can be measured in the same run as faultline (issue 13). The form is BASELINES.md's:
 * one process, one `do` loop, every action instance a `d_step` with its guard first — SPIN's
 * states are then exactly the models' valuations and its transitions their firings. The
 * invariant that holds is asserted at the end of every action (on every successor; the
 * initial state satisfies it by construction).
 *
 * Encodings: vrrp `st` Down 0, Init 1, Backup 2, Master 3; stp-ring keeps `rd[b] = b − root[b]`
 * (0 initially, as Promela initialises an array to one value) and an empty slot as root 255,
 * cost 0; philosophers `ph` Thinking 0, HungryWithLeft 1, Eating 2.
 */
import type { BenchModelName } from '../../models/bench/index.js';

/** The Promela text of `name`-`n`. */
export function promelaOf(name: BenchModelName, n: number): string {
  switch (name) {
    case 'vrrp':
      return vrrp(n);
    case 'stp-ring':
      return stpRing(n);
    case 'philosophers':
      return philosophers(n);
  }
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

function loop(globals: string[], invariant: string, actions: string[]): string {
  return [
    ...globals,
    `#define OK (${invariant})`,
    'active proctype model() {',
    '  do',
    ...actions.map((a) => `  :: d_step { ${a}; assert(OK) }`),
    '  od',
    '}',
    '',
  ].join('\n');
}

function vrrp(n: number): string {
  const actions = range(n).flatMap((i) => {
    // advert(i): every other router decided from its own old value (i itself never changes).
    const others = range(n)
      .filter((j) => j !== i)
      .map((j) =>
        j > i
          ? `if :: st[${j}] == 2 -> st[${j}] = 3; cnt[${j}] = 0 :: else -> skip fi`
          : `if :: st[${j}] == 2 -> cnt[${j}] = 0 :: st[${j}] == 3 -> st[${j}] = 2; cnt[${j}] = 0 :: else -> skip fi`,
      );
    return [
      `st[${i}] != 0 -> st[${i}] = 0; cnt[${i}] = 0`,
      `st[${i}] == 0 -> st[${i}] = 1`,
      `st[${i}] == 1 -> st[${i}] = 2; cnt[${i}] = 0`,
      `st[${i}] == 3 -> ${others.length > 0 ? others.join('; ') : 'skip'}`,
      `st[${i}] == 2 && cnt[${i}] < 3 -> cnt[${i}]++`,
      `st[${i}] == 2 && cnt[${i}] == 3 -> st[${i}] = 3; cnt[${i}] = 0`,
    ];
  });
  const ok = range(n)
    .map((i) => `(st[${i}] == 2 || cnt[${i}] == 0)`)
    .join(' && ');
  return loop([`byte st[${n}] = 1;`, `byte cnt[${n}];`], ok, actions);
}

function stpRing(n: number): string {
  const receiver = (l: number): number => (l % 2 === 0 ? (Math.floor(l / 2) + 1) % n : (Math.floor(l / 2) - 1 + n) % n);
  const edge = (l: number): number => (l % 2 === 0 ? Math.floor(l / 2) : (Math.floor(l / 2) - 1 + n) % n);
  const root = (b: number): string => `(${b} - rd[${b}])`;
  const links = range(2 * n);
  const send = links.map((l) => {
    const s = Math.floor(l / 2);
    return `slr[${l}] == 255 && failed != ${edge(l)} -> slr[${l}] = ${root(s)}; slc[${l}] = cost[${s}]`;
  });
  const receive = links.map((l) => {
    const v = receiver(l);
    const c = `(slc[${l}] + 1 < ${n} -> slc[${l}] + 1 : ${n})`;
    return (
      `slr[${l}] != 255 -> ` +
      `if :: slr[${l}] < ${root(v)} || (slr[${l}] == ${root(v)} && ${c} < cost[${v}]) -> cost[${v}] = ${c}; rd[${v}] = ${v} - slr[${l}] :: else -> skip fi; ` +
      `slr[${l}] = 255; slc[${l}] = 0`
    );
  });
  const fail = range(n).map((e) => {
    const cw = 2 * e;
    const ccw = 2 * ((e + 1) % n) + 1;
    return `failed == 255 -> failed = ${e}; slr[${cw}] = 255; slc[${cw}] = 0; slr[${ccw}] = 255; slc[${ccw}] = 0`;
  });
  // StpOk: 0 ≤ root[b] ≤ b (0 ≤ rd[b] ≤ b) and cost[b] ≥ ringDist(root[b], b) = min(rd, N − rd).
  const ok = range(n)
    .map((b) => `(rd[${b}] <= ${b} && cost[${b}] >= (rd[${b}] < ${n} - rd[${b}] -> rd[${b}] : ${n} - rd[${b}]))`)
    .join(' && ');
  return loop([`byte rd[${n}];`, `byte cost[${n}];`, `byte slr[${2 * n}] = 255;`, `byte slc[${2 * n}];`, 'byte failed = 255;'], ok, [...send, ...receive, ...fail]);
}

function philosophers(n: number): string {
  const actions = range(n).flatMap((i) => {
    const right = (i + 1) % n;
    return [
      `ph[${i}] == 0 && !fork[${i}] -> fork[${i}] = 1; ph[${i}] = 1`,
      `ph[${i}] == 1 && !fork[${right}] -> fork[${right}] = 1; ph[${i}] = 2`,
      `ph[${i}] == 2 -> fork[${i}] = 0; fork[${right}] = 0; ph[${i}] = 0`,
    ];
  });
  const ok = range(n)
    .map((i) => `!(ph[${i}] == 2 && ph[${(i + 1) % n}] == 2)`)
    .join(' && ');
  return loop([`byte ph[${n}];`, `bool fork[${n}];`], ok, actions);
}
