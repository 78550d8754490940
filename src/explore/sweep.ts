/**
 * The fault-set sweep behind `faultline spof`: every set of at most k failed elements,
 * exhaustively, over any {@link SweepSubject} (decision 0013).
 *
 * - Elements are grouped by `equivalenceKey`; one representative per class is failed, and a
 *   fault set is a set of distinct classes (two members of one class are the class itself).
 * - The baseline (no fault) is evaluated once; what it breaks, every set breaks.
 * - Single failures go through the subject's `evaluateSingle` when it has one (a proof that
 *   nothing observable changes costs no evaluation at all).
 * - Sets of size j ≥ 2 are built from sets of size j − 1; a set is evaluated only when its
 *   subsets do not already break every property, and reported only for the properties no
 *   subset breaks: the rows are the minimal fault sets per property.
 */
import type { Break, SweepClass, SweepOptions, SweepResult, SweepRow, SweepSubject } from './sweepTypes.js';

export type * from './sweepTypes.js';

/** Groups the subject's elements into classes, in candidate order. */
export function sweepClasses<E>(subject: SweepSubject<E>): SweepClass<E>[] {
  const byKey = new Map<string, E[]>();
  for (const e of subject.elements()) {
    const key = subject.equivalenceKey(e);
    const members = byKey.get(key);
    if (members) members.push(e);
    else byKey.set(key, [e]);
  }
  return [...byKey].map(([key, members]) => ({ key, representative: members[0]!, members }));
}

function binomial(n: number, j: number): number {
  let r = 1;
  for (let i = 0; i < j; i++) r = (r * (n - i)) / (i + 1);
  return Math.round(r);
}

function maskOf(breaks: readonly Break[]): number {
  let mask = 0;
  for (const b of breaks) mask |= 1 << b.property;
  return mask;
}

/** Runs the sweep. */
export function sweep<E>(subject: SweepSubject<E>, options: SweepOptions = {}): SweepResult<E> {
  const k = options.k ?? 1;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`sweep: k must be an integer ≥ 1, got ${k}`);
  if (subject.properties.length > 30) throw new RangeError('sweep: at most 30 properties');
  const now = options.now ?? (() => performance.now());
  const start = now();
  const deadline = options.timeoutSeconds === undefined ? Infinity : start + options.timeoutSeconds * 1000;
  const classes = sweepClasses(subject);
  const m = classes.length;
  const all = (1 << subject.properties.length) - 1;
  const baseline = subject.evaluate([]);
  const baseMask = maskOf(baseline);
  const rows: SweepRow<E>[] = [];
  let total = 0;
  for (let j = 1; j <= Math.min(k, m); j++) total += binomial(m, j);
  const shard = options.shard ?? { index: 0, count: 1 };
  if (!(Number.isInteger(shard.count) && shard.count >= 1 && Number.isInteger(shard.index) && shard.index >= 0 && shard.index < shard.count)) {
    throw new RangeError(`sweep: bad shard ${shard.index}/${shard.count}`);
  }
  // Class sets owned by this shard: ordinals ≡ index (mod count).
  const owned = total > shard.index ? Math.floor((total - shard.index - 1) / shard.count) + 1 : 0;
  let ordinal = -1;
  const owns = (): boolean => ++ordinal % shard.count === shard.index;
  let done = 0;
  let evaluated = 0;
  let checkedSets = 0;
  let lastProgress = start;
  let complete = true;

  const tick = (): boolean => {
    const t = now();
    if (options.onProgress && t - lastProgress >= 200) {
      lastProgress = t;
      options.onProgress({ done, total: owned, seconds: (t - start) / 1000 });
    }
    return t <= deadline;
  };
  const record = (set: readonly number[], breaks: readonly Break[], covered: number): number => {
    const fresh = breaks.filter((b) => (covered & (1 << b.property)) === 0);
    if (fresh.length > 0) rows.push({ classes: set.map((c) => classes[c]!), breaks: fresh, ordinal });
    checkedSets += set.reduce((p, c) => p * classes[c]!.members.length, 1);
    return covered | maskOf(breaks);
  };

  // Size 1.
  let level = new Map<string, number>();
  for (let c = 0; c < m && complete; c++) {
    const mine = owns();
    if (!mine && k === 1) continue;
    const rep = classes[c]!.representative;
    const single = subject.evaluateSingle ? subject.evaluateSingle(rep) : subject.evaluate([rep]);
    const breaks = single === 'baseline' ? baseline : single;
    if (!mine) {
      level.set(String(c), baseMask | maskOf(breaks));
      continue;
    }
    if (single !== 'baseline') evaluated++;
    const covered = record([c], breaks, baseMask);
    if (k > 1) level.set(String(c), covered);
    done++;
    if (!tick()) complete = false;
  }
  // Sizes 2..k: extend each set by a larger class index, so every set appears once.
  for (let j = 2; j <= k && complete; j++) {
    const next = new Map<string, number>();
    for (const key of level.keys()) {
      const set = key.split(',').map(Number);
      for (let c = set[set.length - 1]! + 1; c < m && complete; c++) {
        const mine = owns();
        // The largest sets of other shards are theirs alone; smaller ones feed the pruning.
        if (!mine && j === k) continue;
        const grown = [...set, c];
        let covered = baseMask;
        for (let drop = 0; drop < grown.length; drop++) {
          covered |= level.get(grown.filter((_, i) => i !== drop).join(',')) ?? 0;
        }
        if (!mine) {
          if (covered !== all) covered |= maskOf(subject.evaluate(grown.map((g) => classes[g]!.representative)));
          next.set(grown.join(','), covered);
          continue;
        }
        if (covered !== all) {
          const breaks = subject.evaluate(grown.map((g) => classes[g]!.representative));
          evaluated++;
          covered = record(grown, breaks, covered);
        } else {
          checkedSets += grown.reduce((p, g) => p * classes[g]!.members.length, 1);
        }
        if (j < k) next.set(grown.join(','), covered);
        done++;
        if (!tick()) complete = false;
      }
    }
    if (j < k) level = next;
  }
  const n = subject.elements().length;
  let faultSets = 0;
  for (let j = 1; j <= k; j++) faultSets += binomial(n, j);
  const seconds = (now() - start) / 1000;
  const sharded = shard.count > 1;
  return {
    k,
    complete,
    faultSets: complete && !sharded ? faultSets : checkedSets,
    classSets: complete && !sharded ? total : done,
    evaluated,
    classes,
    baseline,
    rows,
    seconds,
    ...(sharded ? { totals: { faultSets, classSets: total } } : {}),
  };
}
