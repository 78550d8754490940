/**
 * One thread's part of a level of the parallel search (decision 0045): it claims ranks of the
 * level being expanded a chunk at a time, expands each parent, stores every successor in the
 * shared visited set with its order key, checks the properties on the states it stored first,
 * and notes where another thread stored a state first with a larger order key (an *update*:
 * the level's settling keeps the smallest). The same code runs on the coordinator's thread
 * alone before workers join, and on every thread after.
 */
import type { EngineModel } from '../../core/model.js';
import type { Property } from '../../core/property.js';
import { KeyPacker } from '../keyPacker.js';
import type { SweepShard } from '../sweepTypes.js';
import { TransitionSystem } from '../system.js';
import { REFUSED } from '../visitedStore.js';
import { Ctl, ID_BLOCK_SHIFT, Stop, wakeAll } from './sharedMemory.js';
import type { SharedStore } from './sharedStore.js';
import { threadCpuSeconds } from './threadCpu.js';
import { CHOICES, type LevelEvent, type LevelShare, type LevelTask } from './sharedProtocol.js';
import { deadlockFree as deadlockFreeProperty } from '../deadlockFree.js';

/** Ranks a thread claims at a time. */
const CHUNK = 64;

/** What a thread of the search is built with beside the model. */
export interface ExpanderSetup {
  readonly maxFaults: number;
  readonly checkDeadlocks: boolean;
  /** The share of first faults explored (decision 0048); undefined: every run. */
  readonly shard: SweepShard | undefined;
}

/** A thread's expander: built once per thread, attached to the shared store when the thread joins. */
export interface LevelExpander {
  /** Properties in the order the coordinator numbers them (the deadlock property last, when checked). */
  readonly properties: readonly Property<unknown>[];
  readonly system: TransitionSystem<unknown>;
  readonly packer: KeyPacker;
  attach(store: SharedStore): void;
  /** Stores the initial states (the coordinator, alone, at level 0). Their order keys are their indices. */
  initial(task: LevelTask): LevelShare;
  /**
   * This thread's part of expanding a level; returns once every thread of the level is done.
   * `report` receives the share as soon as this thread's part is (before it waits for the others).
   */
  expand(task: LevelTask, report?: (share: LevelShare) => void): LevelShare;
}

/** Builds the expander of one thread over `model` and `given`. Throws what the model throws. */
export function levelExpander(model: EngineModel<unknown>, given: readonly Property<unknown>[], setup: ExpanderSetup): LevelExpander {
  const deadlocks = setup.checkDeadlocks || model.reportDeadlocks === true;
  const deadlockFree = deadlockFreeProperty<unknown>();
  const properties: Property<unknown>[] = deadlocks ? [...given, deadlockFree] : [...given];
  const system = new TransitionSystem<unknown>(model, properties, setup.maxFaults, setup.shard);
  const packer = new KeyPacker(system.keyBits ?? new Uint8Array(system.keyWidth).fill(8));
  const index = new Map<unknown, number>(properties.map((p, i) => [p, i]));
  const alwaysIdx = properties.flatMap((p, i) => (p.kind === 'always' && p !== deadlockFree ? [i] : []));
  const sometimesIdx = properties.flatMap((p, i) => (p.kind === 'sometimes' ? [i] : []));
  const deadlockIdx = deadlocks ? properties.length - 1 : -1;
  const words = packer.words;
  const packed = new Int32Array(words);
  let store: SharedStore | undefined;

  // The level's running figures, reset by `begin`.
  let decided: readonly boolean[] = [];
  let hits: number[][] = [];
  let events: LevelEvent[] = [];
  let updates = new Float64Array(1024);
  let updateCount = 0;
  let refused = false;
  let parentTransitions = 0;
  let parentRank = 0;
  let levelStart = 0;
  let me = 0;

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
  const noteUpdate = (id: number, order: number): void => {
    if (updateCount + 2 > updates.length) {
      const grown = new Float64Array(updates.length * 2);
      grown.set(updates);
      updates = grown;
    }
    updates[updateCount++] = id;
    updates[updateCount++] = order;
  };
  /** Stores one successor (or an initial state) with its order key `rank · CHOICES + choice`. */
  const admit = (key: Uint8Array, rank: number, choice: number, state: unknown): void => {
    const s = store!;
    if (packer.pack(key, packed) !== 0) throw packer.wideKey(key);
    const r = s.insert(packed, s.hash(packed), rank, choice);
    if (r >= 0) onNew(r, key, state);
    else if (r === REFUSED) refused = true;
    else {
      const id = -1 - r;
      const at = id - levelStart;
      // Stored at this level by another thread, from a later parent: ours is the first discoverer.
      // (A parent is one thread's, and a thread takes its parents in increasing rank, so a state
      // this thread stored first needs nothing, and the ranks alone decide.)
      if (at >= 0 && s.owners[id >>> ID_BLOCK_SHIFT]! !== me && s.ranks[at]! - 1 > rank) noteUpdate(id, rank * CHOICES + choice);
    }
  };
  const visit = (key: Uint8Array, choice: number, state: unknown): void => {
    parentTransitions++;
    if (choice >= CHOICES - 1) throw new Error(`a state has more than ${CHOICES - 2} successors`);
    admit(key, parentRank, choice, state);
  };

  let cpuAt = 0;
  let wallAt = 0;
  const begin = (task: LevelTask): void => {
    decided = task.decided;
    hits = properties.map(() => []);
    events = [];
    updateCount = 0;
    refused = false;
    levelStart = task.levelStart;
    store!.levelStart = task.levelStart;
    store!.levelSize = task.levelSize;
    me = store!.me;
    store!.stored = 0;
    cpuAt = threadCpuSeconds();
    wallAt = performance.now();
  };
  const share = (transitions: number): LevelShare => {
    const wall = (performance.now() - wallAt) / 1000;
    return {
      transitions,
      stored: store!.stored,
      hits,
      events,
      updates: updates.slice(0, updateCount),
      refused,
      timing: { cpu: threadCpuSeconds() - cpuAt, busy: wall, wait: 0, stored: store!.stored, updates: updateCount / 2 },
    };
  };

  return {
    properties,
    system,
    packer,
    attach(s: SharedStore): void {
      store = s;
    },
    initial(task: LevelTask): LevelShare {
      begin(task);
      system.initial().forEach(({ key, state }, i) => admit(key, 0, i, state));
      store!.closeBlock();
      return share(0);
    },
    expand(task: LevelTask, report?: (share: LevelShare) => void): LevelShare {
      begin(task);
      const s = store!;
      const ctl = s.ctl;
      const key = new Uint8Array(system.keyWidth);
      const size = task.levelSize;
      let transitions = 0;
      let failure: unknown;
      try {
        claiming: for (;;) {
          const start = Atomics.add(ctl, Ctl.NextRank, CHUNK);
          if (start >= size) break;
          const end = Math.min(size, start + CHUNK);
          for (let r = start; r < end; r++) {
            if (s.resizeAsked()) s.joinResize();
            if (Atomics.load(ctl, Ctl.Stop) !== Stop.None) break claiming;
            // The arrays are read through the store: a resize (inside an insert, too) replaces them.
            const id = s.frontier[r]!;
            packer.unpack(s.arena, id * words, key);
            parentRank = r;
            parentTransitions = 0;
            system.expand(key, visit);
            s.fanOut[r] = parentTransitions;
            transitions += parentTransitions;
            const at = r * CHOICES + CHOICES - 1;
            if (deadlockIdx >= 0 && !decided[deadlockIdx] && system.lastEnabled === 0) events.push({ property: deadlockIdx, key: at, id, kind: 'deadlock' });
            if (system.withins.length > 0 && system.lastNonFault === 0) {
              for (const p of system.pendingWithin(key)) {
                const i = index.get(p)!;
                if (!decided[i]) events.push({ property: i, key: at, id, kind: 'deadline' });
              }
            }
          }
          if (Date.now() > task.deadline) {
            Atomics.compareExchange(ctl, Ctl.Stop, Stop.None, Stop.Timeout);
            wakeAll(ctl);
            break;
          }
        }
      } catch (e) {
        failure = e;
        Atomics.store(ctl, Ctl.Stop, Stop.Failed);
        wakeAll(ctl);
      }
      // Only the earliest parent event per property matters.
      const earliest = new Map<number, LevelEvent>();
      for (const e of events) if (!earliest.has(e.property) || e.key < earliest.get(e.property)!.key) earliest.set(e.property, e);
      events = [...earliest.values()];
      const result: LevelShare = failure === undefined ? share(transitions) : { ...share(transitions), failure: failure instanceof Error ? failure.message : String(failure) };
      report?.(result);
      const waitFrom = performance.now();
      s.finish(task.finishedAt);
      return { ...result, timing: { ...result.timing, wait: (performance.now() - waitFrom) / 1000 } };
    },
  };
}
