/**
 * The coordinator's work between two levels of the parallel search (decision 0045), on shared
 * memory while the other threads wait: keep each new state's smallest order key (its first
 * discoverer in one-thread order), link it to that parent, and lay the new level out in rank
 * order for the next expansion. Order keys are `parentRank · CHOICES + choice`, so a counting
 * sort by parent rank followed by an insertion sort inside each parent's run (a few states)
 * orders a level in linear time.
 */
import { Ctl } from './sharedMemory.js';
import type { LevelEvent, LevelShare } from './sharedProtocol.js';
import type { SharedStore } from './sharedStore.js';

/** A level's new states, laid out. */
export interface SettledLevel {
  /** States the level holds (now `frontier[0..size)` in rank order). */
  readonly size: number;
  /** Ids the level's blocks spanned (order slots to clear once the level is decided). */
  readonly span: number;
}

/** Grows with the widest level: the counting sort's buckets. */
export class SettleScratch {
  counts = new Int32Array(0);

  bucketsFor(n: number): Int32Array {
    if (this.counts.length < n) this.counts = new Int32Array(Math.max(n, this.counts.length * 2));
    else this.counts.fill(0, 0, n);
    return this.counts;
  }
}

/**
 * Settles the level found from a level of `parents` states (1 for the initial states, whose
 * parent links stay -1): applies the shares' updates, sets parent links, and writes the new
 * level's ids to the frontier in rank order. Order keys stay in place for {@link earliestEvents}
 * and {@link statesBefore} until {@link clearOrders}.
 */
export function settleLevel(store: SharedStore, shares: readonly LevelShare[], parents: number, initial: boolean, scratch: SettleScratch): SettledLevel {
  const ranks = store.ranks;
  const frontier = store.frontier;
  const links = store.parents;
  const start = store.levelStart;
  const span = Math.min(Atomics.load(store.ctl, Ctl.NextId), store.capacity) - start;
  for (const share of shares) {
    const u = share.updates;
    for (let i = 0; i < u.length; i += 2) {
      const at = u[i]! - start;
      if (u[i + 1]! < store.orderAt(at)) store.setOrderAt(at, u[i + 1]!);
    }
  }
  // Pass 1: count each parent's states and link them (reading the level just expanded).
  const counts = scratch.bucketsFor(parents + 1);
  let size = 0;
  for (let at = 0; at < span; at++) {
    const rank = ranks[at]! - 1;
    if (rank < 0) continue;
    counts[rank + 1]!++;
    links[start + at] = initial ? -1 : frontier[rank]!;
    size++;
  }
  for (let r = 1; r <= parents; r++) counts[r]! += counts[r - 1]!;
  // Pass 2: place them by parent rank (the level just expanded is no longer read).
  for (let at = 0; at < span; at++) {
    const rank = ranks[at]! - 1;
    if (rank >= 0) frontier[counts[rank]!++] = start + at;
  }
  // Inside a parent's run, by choice: runs are short, so an insertion sort is linear in practice.
  for (let i = 1; i < size; i++) {
    const id = frontier[i]!;
    const o = store.orderAt(id - start);
    let j = i - 1;
    while (j >= 0 && store.orderAt(frontier[j]! - start) > o) {
      frontier[j + 1] = frontier[j]!;
      j--;
    }
    frontier[j + 1] = id;
  }
  return { size, span };
}

/**
 * The earliest event per undecided property among the shares (a state's by its settled order
 * key, a parent's by its own key), sorted by key: the order one thread would meet them in.
 */
export function earliestEvents(store: SharedStore, shares: readonly LevelShare[], decided: readonly boolean[], kinds: readonly LevelEvent['kind'][]): LevelEvent[] {
  const best = new Map<number, LevelEvent>();
  const offer = (e: LevelEvent): void => {
    if (decided[e.property]) return;
    const seen = best.get(e.property);
    if (seen === undefined || e.key < seen.key) best.set(e.property, e);
  };
  for (const share of shares) {
    for (const e of share.events) offer(e);
    share.hits.forEach((ids, property) => {
      for (const id of ids) offer({ property, key: store.orderAt(id - store.levelStart), id, kind: kinds[property]! });
    });
  }
  return [...best.values()].sort((a, b) => a.key - b.key);
}

/** States of the settled level whose order key is below `limit` (a one-thread search stopped before them). */
export function statesBefore(store: SharedStore, level: SettledLevel, limit: number): number {
  let n = 0;
  for (let i = 0; i < level.size; i++) if (store.orderAt(store.frontier[i]! - store.levelStart) < limit) n++;
  return n;
}

/** Transitions of the parents of rank ≤ `parent` of the level just expanded. */
export function transitionsThrough(store: SharedStore, parent: number): number {
  let n = 0;
  for (let r = 0; r <= parent; r++) n += store.fanOut[r]!;
  return n;
}

/** Zeroes the level's order slots, so the next level finds them empty. */
export function clearOrders(store: SharedStore, level: SettledLevel): void {
  store.ranks.fill(0, 0, level.span);
}
