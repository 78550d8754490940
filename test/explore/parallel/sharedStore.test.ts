import { MessageChannel, Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocateShared, INITIAL_SLOTS } from '../../../src/explore/parallel/sharedMemory.js';
import { SharedStore } from '../../../src/explore/parallel/sharedStore.js';
import { CHOICES } from '../../../src/explore/parallel/sharedProtocol.js';
import { REFUSED } from '../../../src/explore/visitedStore.js';
import { buildOnce, root } from '../../cli/runFaultline.js';

const unlimited = { maxStates: Infinity, maxBytes: Infinity };
const THREADS = 2;
const CTL_THREADS = 2; // Ctl.Threads

/** Inserts keys `(k, k ^ 0x5a5a)` in the given order; returns the id each got. */
const inserter = `
const { workerData, parentPort } = require('node:worker_threads');
(async () => {
  const { SharedStore } = await import(workerData.module);
  const store = new SharedStore(workerData.buffers, { me: 1, ports: [workerData.port] }, { maxStates: Infinity, maxBytes: Infinity });
  const key = new Int32Array(store.words);
  const ids = [];
  for (const k of workerData.keys) {
    if (store.resizeAsked()) store.joinResize();
    key[0] = k; key[1] = k ^ 0x5a5a;
    const r = store.insert(key, store.hash(key), 0, k);
    ids.push(r >= 0 ? r : -1 - r);
  }
  workerData.port.postMessage({ ids, stored: store.stored });
  store.finish(${THREADS});
})();
`;

function insertAll(store: SharedStore, keys: readonly number[]): number[] {
  const key = new Int32Array(store.words);
  return keys.map((k) => {
    if (store.resizeAsked()) store.joinResize();
    key[0] = k;
    key[1] = k ^ 0x5a5a;
    const r = store.insert(key, store.hash(key), 0, k);
    return r >= 0 ? r : -1 - r;
  });
}

describe('SharedStore', () => {
  beforeAll(buildOnce, 180_000);

  it('stores each key once when two threads insert the same keys at once, through several resizes', async () => {
    const n = 200_000; // the table starts at 65,536 slots: it grows twice or more while both threads insert
    const buffers = allocateShared(2);
    const { port1, port2 } = new MessageChannel();
    const store = new SharedStore(buffers, { me: 0, ports: [port1] }, unlimited);
    new Int32Array(buffers.ctl)[CTL_THREADS] = THREADS;
    store.setLimits(THREADS);
    const ascending = Array.from({ length: n }, (_, i) => i);
    const worker = new Worker(inserter, {
      eval: true,
      workerData: { module: pathToFileURL(join(root, 'dist/src/explore/parallel/sharedStore.js')).href, buffers, port: port2, keys: ascending },
      transferList: [port2],
    });
    const mine = insertAll(store, [...ascending].reverse()).reverse();
    store.finish(THREADS);
    const theirs = await new Promise<{ ids: number[]; stored: number }>((resolve) => port1.once('message', resolve));
    await worker.terminate();
    expect(store.stored + theirs.stored).toBe(n);
    expect(theirs.ids).toEqual(mine);
    expect(new Set(mine).size).toBe(n);
    expect(store.slots).toBeGreaterThanOrEqual(4 * INITIAL_SLOTS);
    // Each id's arena holds its key.
    for (const k of [0, 1, 65_535, n - 1]) {
      const at = mine[k]! * 2;
      expect([...store.arena.subarray(at, at + 2)]).toEqual([k, k ^ 0x5a5a]);
    }
  }, 120_000);

  it('finds a key it stored before and keeps the order key it was stored with', () => {
    const store = new SharedStore(allocateShared(2), { me: 0, ports: [] }, unlimited);
    new Int32Array(store.buffers.ctl)[CTL_THREADS] = 1;
    store.setLimits(1);
    const key = Int32Array.of(7, 9);
    const id = store.insert(key, store.hash(key), 2, 5);
    expect(store.insert(key, store.hash(key), 1, 3)).toBe(-1 - id);
    expect(store.orderAt(id)).toBe(2 * CHOICES + 5);
  });

  it('refuses a new key once the state limit is reached, and still finds the stored ones', () => {
    const store = new SharedStore(allocateShared(1), { me: 0, ports: [] }, { maxStates: 3, maxBytes: Infinity });
    new Int32Array(store.buffers.ctl)[CTL_THREADS] = 1;
    store.setLimits(1);
    const ids = insertAll(store, [1, 2, 3]);
    const key = Int32Array.of(4);
    expect(store.insert(key, store.hash(key), 0, 0)).toBe(REFUSED);
    expect(insertAll(store, [2])).toEqual([ids[1]]);
  });

  it('refuses to grow past the memory limit', () => {
    const store = new SharedStore(allocateShared(1), { me: 0, ports: [] }, { maxStates: Infinity, maxBytes: 4 * 2 ** 20 });
    new Int32Array(store.buffers.ctl)[CTL_THREADS] = 1;
    store.setLimits(1);
    const key = new Int32Array(1);
    let refused = -1;
    for (let k = 0; k < 1_000_000 && refused < 0; k++) {
      key[0] = k;
      if (store.insert(key, store.hash(key), 0, k) === REFUSED) refused = k;
    }
    expect(refused).toBeGreaterThan(1000);
    expect(store.allocatedBytes).toBeLessThanOrEqual(4 * 2 ** 20);
  });
});
