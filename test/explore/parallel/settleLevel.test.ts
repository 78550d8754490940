import { describe, expect, it } from 'vitest';
import { allocateShared } from '../../../src/explore/parallel/sharedMemory.js';
import { CHOICES, type LevelShare } from '../../../src/explore/parallel/sharedProtocol.js';
import { SharedStore } from '../../../src/explore/parallel/sharedStore.js';
import { clearOrders, earliestEvents, SettleScratch, settleLevel, statesBefore, transitionsThrough } from '../../../src/explore/parallel/settleLevel.js';

const timing = { cpu: 0, busy: 0, wait: 0, stored: 0, updates: 0 };
const share = (over: Partial<LevelShare>): LevelShare => ({ transitions: 0, stored: 0, hits: [[]], events: [], updates: new Float64Array(0), refused: false, timing, ...over });

/** A store holding states A..E (ids 0..4) found from a level of 3 parents (ids 100, 101, 102) with the given order keys. */
function level(): SharedStore {
  const store = new SharedStore(allocateShared(1), { me: 0, ports: [] }, { maxStates: Infinity, maxBytes: Infinity });
  store.setLimits(1);
  store.frontier.set([100, 101, 102]);
  store.fanOut.set([4, 2, 3]);
  const key = new Int32Array(1);
  const orders = [
    [2, 0],
    [0, 5],
    [0, 1],
    [1, 0],
    [2, 1],
  ] as const;
  orders.forEach(([rank, choice], i) => {
    key[0] = 1000 + i;
    expect(store.insert(key, store.hash(key), rank, choice)).toBe(i);
  });
  store.closeBlock();
  return store;
}

describe('settleLevel', () => {
  // E (id 4) was stored first from parent 2, but another thread reached it from parent 0, choice 3.
  const shares = [share({ hits: [[0, 4]] }), share({ updates: Float64Array.of(4, 0 * CHOICES + 3, 0, 2 * CHOICES + 7) })];

  it('orders a level by its smallest order keys and links each state to that parent', () => {
    const store = level();
    const settled = settleLevel(store, shares, 3, false, new SettleScratch());
    expect(settled.size).toBe(5);
    // C (0·1), E (0·3, the update), B (0·5), D (1·0), A (2·0; the larger update is ignored).
    expect([...store.frontier.subarray(0, 5)]).toEqual([2, 4, 1, 3, 0]);
    expect([...store.parents.subarray(0, 5)]).toEqual([102, 100, 100, 101, 100]);
  });

  it('finds the earliest state that decides a property by its settled order key', () => {
    const store = level();
    settleLevel(store, shares, 3, false, new SettleScratch());
    expect(earliestEvents(store, shares, [false], ['invariant'])).toEqual([{ property: 0, key: 3, id: 4, kind: 'invariant' }]);
    expect(earliestEvents(store, shares, [true], ['invariant'])).toEqual([]);
  });

  it('counts what a one-thread search would have found when stopping after a parent', () => {
    const store = level();
    const settled = settleLevel(store, shares, 3, false, new SettleScratch());
    expect(statesBefore(store, settled, 1 * CHOICES)).toBe(3);
    expect(statesBefore(store, settled, 3 * CHOICES)).toBe(5);
    expect(transitionsThrough(store, 1)).toBe(6);
  });

  it('leaves initial states unlinked, and the order slots empty once cleared', () => {
    const store = level();
    const settled = settleLevel(store, [], 3, true, new SettleScratch());
    expect([...store.parents.subarray(0, 5)]).toEqual([-1, -1, -1, -1, -1]);
    clearOrders(store, settled);
    expect([...store.ranks.subarray(0, 5)]).toEqual([0, 0, 0, 0, 0]);
  });
});
