/**
 * The rank of every state of a level in one-thread order, from each worker's ascending order
 * keys (decision 0030): a k-way merge. Keys are distinct across workers (one discoverer and one
 * successor index give one state), so ranks are 0..n−1 without ties.
 */

/** Per worker, the global rank of each of its sorted keys. */
export function levelRanks(sorted: readonly Float64Array[]): Int32Array[] {
  const ranks = sorted.map((s) => new Int32Array(s.length));
  const at = sorted.map(() => 0);
  const total = sorted.reduce((n, s) => n + s.length, 0);
  for (let rank = 0; rank < total; rank++) {
    let best = -1;
    let bestKey = Infinity;
    for (let w = 0; w < sorted.length; w++) {
      const i = at[w]!;
      if (i < sorted[w]!.length && sorted[w]![i]! < bestKey) {
        bestKey = sorted[w]![i]!;
        best = w;
      }
    }
    ranks[best]![at[best]!++] = rank;
  }
  return ranks;
}
