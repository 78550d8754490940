/**
 * A worker's warm-up before it joins a search (decision 0045): a small private search from the
 * initial states, on buffers of its own, through the same expander, store and settling code
 * the real search runs. A new worker's isolate starts with that code cold; compiled while the
 * coordinator's thread still explores alone (the second core idle), the optimizing compiler's
 * work no longer competes with both searching threads for the two cores after the join.
 * Nothing of the private search is kept or reported: a model that throws here throws again
 * in the real search, where it is reported.
 */
import { allocateShared, Ctl, Stop } from './sharedMemory.js';
import type { LevelExpander } from './levelExpander.js';
import { clearOrders, SettleScratch, settleLevel } from './settleLevel.js';
import { SharedStore } from './sharedStore.js';

/** States a private search stores at most (about 15 ms on the bench's models). */
export const WARM_STATES = 12_000;
/** Private searches a warm-up runs at most. */
export const WARM_ROUNDS = 4;

/**
 * Runs up to {@link WARM_ROUNDS} private searches of at most {@link WARM_STATES} states each,
 * stopping between levels once `enough()` (the coordinator wants to join). The expander is
 * left attached to the last private store: the caller attaches the shared one. Returns the
 * states explored.
 */
export function warmUp(expander: LevelExpander, enough: () => boolean): number {
  let explored = 0;
  try {
    explored = privateSearches(expander, enough);
  } catch {
    // The real search meets the same state and reports what the model threw.
  }
  return explored;
}

function privateSearches(expander: LevelExpander, enough: () => boolean): number {
  let explored = 0;
  for (let round = 0; round < WARM_ROUNDS && !enough(); round++) {
    const store = new SharedStore(allocateShared(expander.packer.words), { me: 0, ports: [] }, { maxStates: WARM_STATES, maxBytes: Infinity });
    const ctl = store.ctl;
    expander.attach(store);
    store.setLimits(1);
    Atomics.store(ctl, Ctl.Threads, 1);
    store.levelStart = 0;
    const task = { levelStart: 0, decided: expander.properties.map(() => false), deadline: Infinity };
    const scratch = new SettleScratch();
    const first = expander.initial({ ...task, levelSize: 0, finishedAt: 0 });
    let level = settleLevel(store, [first], 1, true, scratch);
    explored += level.size;
    while (level.size > 0 && !enough() && Atomics.load(ctl, Ctl.Stop) === Stop.None) {
      clearOrders(store, level);
      const levelStart = Atomics.load(ctl, Ctl.NextId);
      store.levelStart = levelStart;
      Atomics.store(ctl, Ctl.NextRank, 0);
      const share = expander.expand({ ...task, levelSize: level.size, levelStart, finishedAt: Atomics.load(ctl, Ctl.Finished) + 1 });
      if (share.failure !== undefined) return explored;
      level = settleLevel(store, [share], level.size, false, scratch);
      explored += level.size;
    }
    if (level.size === 0) break;
  }
  return explored;
}
