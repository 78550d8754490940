/**
 * The search one worker of the parallel breadth-first search runs (decision 0030), or the
 * coordinator itself before it hands over to workers (`workers` 1, decision 0044). It owns the
 * states whose hash maps to it (`ownerOf`), stores them in its own exact store, expands its
 * share of each level and sends every successor it does not own to the owner over a
 * MessagePort, in chunks. For each stored state of the new level it keeps the smallest order
 * key of its discoverers (and that discoverer as parent), so ranks, traces and counts come out
 * as one thread's.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { enumerableOf } from '../../core/enumerable.js';
import type { EngineModel } from '../../core/model.js';
import { always, type Property } from '../../core/property.js';
import { ExactStore } from '../exactStore.js';
import { SeenCache } from '../seenCache.js';
import { TransitionSystem } from '../system.js';
import { REFUSED } from '../visitedStore.js';
import { CHOICES, ownerOf, parentRef, type BfsCommand, type BfsEvent, type BfsReply, type BfsWorkerInput, type HandOverReply, type LevelReply } from './bfsProtocol.js';
import { Floats } from './floats.js';
import { positionOf } from './positionOf.js';
import { threadCpuSeconds } from './threadCpu.js';

const CHUNK = 8192;
const DRAIN_EVERY = 64;

/** A search's place among the workers, its limits, and its ports to each peer (undefined for itself). */
export interface LevelSearchSetup extends Omit<BfsWorkerInput, 'source'> {
  readonly ports: readonly (MessagePort | undefined)[];
  /** Thread CPU seconds spent before the search was built (a worker's start-up), for `stats`. */
  readonly startCpu?: number;
}

/**
 * Builds the search over `model` and `given` and returns its command handler: each command
 * (bfsProtocol) gets its reply. Throws what the model throws.
 */
export function levelSearch(model: EngineModel<unknown>, given: readonly Property<unknown>[], setup: LevelSearchSetup): (cmd: BfsCommand) => BfsReply {
  const { me, workers, ports } = setup;
  const signal = new Int32Array(setup.signal);
  const deadlocks = setup.checkDeadlocks || model.reportDeadlocks === true;
  const deadlockFree = always<unknown>('deadlock-free', () => true);
  const properties: Property<unknown>[] = deadlocks ? [...given, deadlockFree] : [...given];
  const system = new TransitionSystem<unknown>(model, properties, setup.maxFaults);
  const width = system.keyWidth;
  const store = new ExactStore(width, { maxStates: setup.maxStates, maxBytes: setup.maxBytes }, system.keyBits ? { bits: system.keyBits } : {});
  // Keys this worker discovered itself (admitted or sent): a repeat is dropped (decision 0036).
  // Filled with an initial state at first: stored at level 0, its rediscoveries change nothing.
  // Keys travel, are filtered and stored packed to the model's bits (decision 0044).
  const packedWidth = store.packedWidth;
  // (Built here, not with the initial level: a worker that takes over a hand-over never runs that.)
  const first = system.initial()[0];
  const seen = new SeenCache(packedWidth, first === undefined ? new Uint8Array(packedWidth) : store.packedKey(first.key).slice());
  // Properties read a state during the call only (as in the one-thread search), so packed states may share one buffer.
  const seam = enumerableOf(model);
  const decodeState = (key: Uint8Array): unknown => seam.decode(key);
  const index = new Map<unknown, number>(properties.map((p, i) => [p, i]));
  const alwaysIdx = properties.flatMap((p, i) => (p.kind === 'always' && p !== deadlockFree ? [i] : []));
  const sometimesIdx = properties.flatMap((p, i) => (p.kind === 'sometimes' ? [i] : []));
  const deadlockIdx = deadlocks ? properties.length - 1 : -1;
  let decided: readonly boolean[] = properties.map(() => false);

  // The level being expanded: ids [levelStart, levelEnd), ranks through (sorted, ranks).
  let levelStart = 0;
  let levelEnd = 0;
  let levelKeys = new Float64Array(0);
  let sorted: Float64Array = new Float64Array(0);
  let ranks: Int32Array = new Int32Array(0);
  let perParent = new Int32Array(0);
  // The level being found: ids [levelEnd, store.size), order keys in `next`.
  let next = new Floats();
  let hits: number[][] = properties.map(() => []);
  let parentEvents: BfsEvent[] = [];
  let refusal: LevelReply['refusal'];
  const initialIndex = new Map<number, number>();
  // This level's accounting (LevelTiming).
  let sent = 0;
  let received = 0;
  let cacheHits = 0;
  let waited = 0;
  let levelCpu = 0;
  let levelWall = 0;

  const onNew = (id: number, key: Uint8Array, state: unknown): void => {
    for (const i of alwaysIdx) if (!decided[i] && !properties[i]!.holds(state)) hits[i]!.push(id);
    for (const i of sometimesIdx) if (!decided[i] && properties[i]!.holds(state)) hits[i]!.push(id);
    if (system.withins.length > 0) {
      for (const p of system.expiredWithin(key)) {
        const i = index.get(p)!;
        if (!decided[i]) hits[i]!.push(id);
      }
    }
  };
  const unpacked = new Uint8Array(width);
  /**
   * Stores (or re-links) one discovered state, given packed with its hash; its key and state
   * (for properties) are unpacked and decoded on demand when absent, i.e. only for a new state.
   */
  const admit = (packed: Uint8Array, h: number, parent: number, order: number, key: Uint8Array | undefined, state: unknown): void => {
    const r = store.insertPacked(packed, h, parent);
    if (r >= 0) {
      next.push(order);
      if (key === undefined) store.read(r, unpacked);
      const full = key ?? unpacked;
      onNew(r, full, state === undefined ? decodeState(full) : state);
    } else if (r === REFUSED) {
      refusal ??= store.refusal === 'max-memory' ? 'max-memory' : 'max-states';
    } else {
      const id = -1 - r;
      if (id >= levelEnd && order < next.data[id - levelEnd]!) {
        next.data[id - levelEnd] = order;
        store.setParent(id, parent);
      }
    }
  };

  // Outgoing chunks, one per peer: order keys, hashes, parent ids, then the keys' bytes.
  const recordBytes = 16 + packedWidth;
  interface Chunk {
    readonly buf: ArrayBuffer;
    readonly orders: Float64Array;
    readonly hashes: Uint32Array;
    readonly ids: Uint32Array;
    readonly bytes: Uint8Array;
  }
  const chunkOf = (buf: ArrayBuffer): Chunk => ({
    buf,
    orders: new Float64Array(buf, 0, CHUNK),
    hashes: new Uint32Array(buf, CHUNK * 8, CHUNK),
    ids: new Uint32Array(buf, CHUNK * 12, CHUNK),
    bytes: new Uint8Array(buf, CHUNK * 16),
  });
  // Chunks go back to their sender once read, so a run allocates a few per peer, not one per flush.
  const spare: ArrayBuffer[] = [];
  const fresh = (): Chunk => chunkOf(spare.pop() ?? new ArrayBuffer(CHUNK * recordBytes));
  let out: (Chunk | undefined)[] = [];
  const fill = new Int32Array(workers);
  const send = (peer: number, message: unknown, transfer: ArrayBuffer[]): void => {
    ports[peer]!.postMessage(message, transfer);
    Atomics.add(signal, peer, 1);
    Atomics.notify(signal, peer);
  };
  const flush = (peer: number): void => {
    const buf = out[peer]!.buf;
    sent += fill[peer]!;
    send(peer, { n: fill[peer], buf }, [buf]);
    out[peer] = fresh();
    fill[peer] = 0;
  };
  const keyIn = new Uint8Array(packedWidth);
  const receive = (from: number, n: number, buf: ArrayBuffer): void => {
    const { orders, hashes, ids, bytes } = chunkOf(buf);
    received += n;
    for (let r = 0; r < n; r++) {
      const off = r * packedWidth;
      for (let b = 0; b < packedWidth; b++) keyIn[b] = bytes[off + b]!;
      admit(keyIn, hashes[r]! | 0, parentRef(from, ids[r]!, workers), orders[r]!, undefined, undefined);
    }
  };
  let doneFrom = 0;
  /** Handles what peers sent; returns whether any message was there. */
  const drain = (): boolean => {
    let any = false;
    for (let peer = 0; peer < workers; peer++) {
      const port = ports[peer];
      if (port === undefined) continue;
      for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
        any = true;
        const msg = m.message as { n: number; buf: ArrayBuffer } | { done: true } | { spare: ArrayBuffer };
        if ('done' in msg) doneFrom++;
        else if ('spare' in msg) spare.push(msg.spare);
        else {
          receive(peer, msg.n, msg.buf);
          port.postMessage({ spare: msg.buf }, [msg.buf]);
        }
      }
    }
    return any;
  };
  const exchangeDone = (): void => {
    for (let peer = 0; peer < workers; peer++) {
      if (peer === me) continue;
      if (fill[peer]! > 0) flush(peer);
      send(peer, { done: true }, []);
    }
    while (doneFrom < workers - 1) {
      const seen = Atomics.load(signal, me);
      if (!drain()) {
        const from = performance.now();
        Atomics.wait(signal, me, seen, 5);
        waited += performance.now() - from;
      }
    }
    doneFrom = 0;
  };

  const finishLevel = (transitions: number, timedOut: boolean): LevelReply => {
    const events: BfsEvent[] = [...parentEvents];
    properties.forEach((p, i) => {
      const list = hits[i]!;
      if (decided[i] || list.length === 0) return;
      let best = list[0]!;
      for (const id of list) if (next.data[id - levelEnd]! < next.data[best - levelEnd]!) best = id;
      const kind = p.kind === 'sometimes' ? 'witness' : p.kind === 'within' ? 'deadline' : 'invariant';
      events.push({ property: i, key: next.data[best - levelEnd]!, id: best, kind });
    });
    const mine = next.data.slice(0, next.length).sort();
    const wall = (performance.now() - levelWall) / 1000;
    const timing = { cpu: threadCpuSeconds() - levelCpu, busy: wall - waited / 1000, wait: waited / 1000, sent, received, cacheHits };
    return { type: 'level', sorted: mine, transitions, events, refusal, timedOut, timing };
  };
  const startLevel = (): void => {
    hits = properties.map(() => []);
    parentEvents = [];
    sent = received = cacheHits = waited = 0;
    levelCpu = threadCpuSeconds();
    levelWall = performance.now();
  };

  const initial = (): LevelReply => {
    startLevel();
    const initialStates = system.initial();
    initialStates.forEach(({ key, state }, i) => {
      const packed = store.packedKey(key);
      const h = store.hashPacked(packed);
      if (ownerOf(h, workers) !== me) return;
      const before = store.size;
      admit(packed, h, -1, i, key, state);
      if (store.size > before) initialIndex.set(before, i);
    });
    return finishLevel(0, false);
  };

  const expand = (cmd: Extract<BfsCommand, { type: 'expand' }>): LevelReply => {
    startLevel();
    decided = cmd.decided;
    levelKeys = next.data.slice(0, next.length);
    sorted = cmd.sorted;
    ranks = cmd.ranks;
    levelStart = levelEnd;
    levelEnd = store.size;
    next = new Floats();
    out = Array.from({ length: workers }, (_, p) => (p === me ? undefined : fresh()));
    fill.fill(0);
    perParent = new Int32Array(levelEnd - levelStart);
    const key = new Uint8Array(width);
    let transitions = 0;
    let timedOut = false;
    let parentId = 0;
    let rank = 0;
    let parentTransitions = 0;
    const visit = (child: Uint8Array, choice: number, state: unknown): void => {
      parentTransitions++;
      if (choice >= CHOICES - 1) throw new Error(`a state has more than ${CHOICES - 2} successors`);
      const packed = store.packedKey(child);
      const h = store.hashPacked(packed);
      // Parents go in increasing rank, so this worker's first discovery of a key carries its
      // smallest order key; a repeat (this level or a later one) can change nothing.
      if (seen.seen(packed, h)) {
        cacheHits++;
        return;
      }
      const owner = ownerOf(h, workers);
      const order = rank * CHOICES + choice;
      if (owner === me) {
        admit(packed, h, parentRef(me, parentId, workers), order, child, state);
        return;
      }
      const chunk = out[owner]!;
      const f = fill[owner]!;
      chunk.orders[f] = order;
      chunk.hashes[f] = h >>> 0;
      chunk.ids[f] = parentId;
      const bytes = chunk.bytes;
      const off = f * packedWidth;
      for (let b = 0; b < packedWidth; b++) bytes[off + b] = packed[b]!;
      fill[owner] = f + 1;
      if (f + 1 === CHUNK) flush(owner);
    };
    // This worker's parents in increasing rank (its ids are in arrival order, not rank order).
    const idAt = new Int32Array(levelEnd - levelStart);
    for (let i = 0; i < idAt.length; i++) idAt[positionOf(sorted, levelKeys[i]!)] = levelStart + i;
    for (let j = 0; j < idAt.length; j++) {
      const id = idAt[j]!;
      parentId = id;
      rank = ranks[j]!;
      parentTransitions = 0;
      store.read(id, key);
      system.expand(key, visit);
      perParent[id - levelStart] = parentTransitions;
      transitions += parentTransitions;
      const at = rank * CHOICES + CHOICES - 1;
      if (deadlockIdx >= 0 && !decided[deadlockIdx] && system.lastEnabled === 0) parentEvents.push({ property: deadlockIdx, key: at, id, kind: 'deadlock' });
      if (system.withins.length > 0 && system.lastNonFault === 0) {
        for (const p of system.pendingWithin(key)) {
          const i = index.get(p)!;
          if (!decided[i]) parentEvents.push({ property: i, key: at, id, kind: 'deadline' });
        }
      }
      if ((j & (DRAIN_EVERY - 1)) === 0) {
        drain();
        if (Date.now() > setup.deadline) {
          timedOut = true;
          break;
        }
        if (refusal !== undefined) break;
      }
    }
    exchangeDone();
    // Keep only the earliest parent event per property.
    const earliest = new Map<number, BfsEvent>();
    for (const e of parentEvents) if (!earliest.has(e.property) || e.key < earliest.get(e.property)!.key) earliest.set(e.property, e);
    parentEvents = [...earliest.values()];
    return finishLevel(transitions, timedOut);
  };

  const trim = (parent: number): BfsReply => {
    const limit = (parent + 1) * CHOICES;
    let states = levelEnd;
    for (let i = 0; i < next.length; i++) if (next.data[i]! < limit) states++;
    let transitions = 0;
    for (let id = levelStart; id < levelEnd; id++) {
      if (ranks[positionOf(sorted, levelKeys[id - levelStart]!)]! <= parent) transitions += perParent[id - levelStart]!;
    }
    return { type: 'trim', states, transitions };
  };

  /** Everything stored, for workers to take over from the level being found on (decision 0044). */
  const handOver = (): HandOverReply => {
    const n = store.size;
    const keys = new Uint8Array(n * packedWidth);
    const hashes = new Uint32Array(n);
    const parents = new Int32Array(n);
    const key = new Uint8Array(width);
    for (let id = 0; id < n; id++) {
      store.read(id, key);
      const packed = store.packedKey(key);
      keys.set(packed.subarray(0, packedWidth), id * packedWidth);
      hashes[id] = store.hashPacked(packed) >>> 0;
      parents[id] = store.parentOf(id);
    }
    const initials = [...initialIndex.entries()];
    return {
      type: 'handOver',
      keys,
      hashes,
      parents,
      frontier: levelEnd,
      orders: next.data.slice(0, next.length),
      initialIds: Int32Array.from(initials.map(([id]) => id)),
      initialIndices: Int32Array.from(initials.map(([, i]) => i)),
    };
  };

  /** Takes this worker's share of a hand-over: stores it and stands where the handing search stood. */
  const load = (cmd: Extract<BfsCommand, { type: 'load' }>): LevelReply => {
    startLevel();
    const packed = new Uint8Array(packedWidth);
    for (let i = 0; i < cmd.hashes.length; i++) {
      packed.set(cmd.keys.subarray(i * packedWidth, (i + 1) * packedWidth));
      if (store.insertPacked(packed, cmd.hashes[i]! | 0, cmd.parents[i]!) !== i) throw new Error(`hand-over: state ${i} not stored in order`);
    }
    cmd.initialIds.forEach((id, i) => initialIndex.set(id, cmd.initialIndices[i]!));
    levelEnd = cmd.frontier;
    next = new Floats();
    for (const order of cmd.orders) next.push(order);
    return finishLevel(0, false);
  };

  const handle = (cmd: BfsCommand): BfsReply => {
    switch (cmd.type) {
      case 'initial':
        return initial();
      case 'expand':
        return expand(cmd);
      case 'trim':
        return trim(cmd.parent);
      case 'state': {
        const key = new Uint8Array(width);
        store.read(cmd.id, key);
        return { type: 'state', key, parent: store.parentOf(cmd.id), initialIndex: initialIndex.get(cmd.id) ?? -1 };
      }
      case 'handOver':
        return handOver();
      case 'load':
        return load(cmd);
      case 'stats':
        return { type: 'stats', states: store.size, allocatedBytes: store.allocatedBytes, startCpu: setup.startCpu ?? 0, cpu: threadCpuSeconds() };
    }
  };

  return handle;
}
