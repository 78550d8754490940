/**
 * Splits the coordinator's own search among workers when it hands over (decision 0044): each
 * state goes to its owner (`ownerOf` its hash), in the handing search's id order, so the
 * owner stores it under the next local id; parent links are rewritten to `parentRef(owner,
 * local id)` form, and the level being found keeps its order keys, so the workers stand
 * exactly where the one search stood.
 */
import { ownerOf, parentRef, type BfsCommand, type HandOverReply } from './bfsProtocol.js';

/** The `load` command of a worker. */
export type LoadCommand = Extract<BfsCommand, { type: 'load' }>;

/** One `load` command per worker from a search's hand-over (whose parent links are plain ids: one worker). */
export function splitHandOver(dump: HandOverReply, workers: number): LoadCommand[] {
  const n = dump.hashes.length;
  const width = n > 0 ? dump.keys.length / n : 0;
  const owner = new Uint8Array(n);
  const localId = new Int32Array(n);
  const counts = new Int32Array(workers);
  const below = new Int32Array(workers);
  for (let id = 0; id < n; id++) {
    const o = ownerOf(dump.hashes[id]! | 0, workers);
    owner[id] = o;
    localId[id] = counts[o]!++;
    if (id < dump.frontier) below[o]!++;
  }
  const loads = Array.from({ length: workers }, (_, o) => ({
    keys: new Uint8Array(counts[o]! * width),
    hashes: new Uint32Array(counts[o]!),
    parents: new Int32Array(counts[o]!),
    orders: new Float64Array(counts[o]! - below[o]!),
  }));
  for (let id = 0; id < n; id++) {
    const o = owner[id]!;
    const at = localId[id]!;
    const load = loads[o]!;
    load.keys.set(dump.keys.subarray(id * width, (id + 1) * width), at * width);
    load.hashes[at] = dump.hashes[id]!;
    const parent = dump.parents[id]!;
    load.parents[at] = parent < 0 ? parent : parentRef(owner[parent]!, localId[parent]!, workers);
    if (id >= dump.frontier) load.orders[at - below[o]!] = dump.orders[id - dump.frontier]!;
  }
  return loads.map((load, o) => {
    const initials = [...dump.initialIds.keys()].filter((i) => owner[dump.initialIds[i]!] === o);
    return {
      type: 'load',
      ...load,
      frontier: below[o]!,
      initialIds: Int32Array.from(initials, (i) => localId[dump.initialIds[i]!]!),
      initialIndices: Int32Array.from(initials, (i) => dump.initialIndices[i]!),
    };
  });
}
