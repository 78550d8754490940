/**
 * `check` on several threads (decisions 0030, 0045): the same exhaustive breadth-first search,
 * level by level, with one visited set in shared memory that every thread inserts into
 * directly. This thread is one of them: it explores alone until the space is wide enough,
 * then workers join; between levels it settles the level (smallest order keys, parent links,
 * rank order) and decides properties in one-thread order, so counts, depth, verdicts and
 * traces equal one thread's.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { EngineModel } from '../../core/model.js';
import type { Property } from '../../core/property.js';
import type { CheckResult, LimitName, RunStats } from '../../core/result.js';
import { replayPath } from '../../core/successors.js';
import { check } from '../check.js';
import { resolveCheckOptions, type CheckSettings } from '../checkSettings.js';
import type { CheckOptions } from '../options.js';
import { pathOf } from '../pathOf.js';
import { searchResult } from '../searchResult.js';
import type { VisitedStore } from '../visitedStore.js';
import { levelExpander, type LevelExpander } from './levelExpander.js';
import type { ModelSource } from './modelSource.js';
import { parallelProfile, type ParallelProfile } from './parallelProfile.js';
import { workerScript } from './runWorkers.js';
import { allocateShared, Ctl, Stop } from './sharedMemory.js';
import { CHOICES, type LevelEvent, type LevelShare, type LevelTask, type LevelTiming, type SharedWorkerInput, type WorkerCommand } from './sharedProtocol.js';
import { SharedStore } from './sharedStore.js';
import { ThreadLost, throwIfLost, watchThreads } from './threadWatch.js';
import { clearOrders, earliestEvents, SettleScratch, settleLevel, statesBefore, transitionsThrough, type SettledLevel } from './settleLevel.js';

/** At most this many threads. */
export const MAX_WORKERS = 16;

/**
 * Workers join before the first level of at least this many states (decision 0045): a space
 * whose levels stay smaller ends before a worker would have paid for its start (loading the
 * model, compiling the search in its own isolate).
 */
export const HAND_OVER_FRONTIER = 20_000;

/** Workers are started (in the background) at the first level this many times smaller than the one they join at. */
const START_AHEAD = 16;

/** How {@link parallelCheck} runs, beside `check`'s options. */
export interface ParallelOptions {
  /** Receives where each thread's time went (decisions 0044, 0045). */
  readonly onProfile?: (profile: ParallelProfile) => void;
  /**
   * Workers join (and the coordinator's thread explores alone until then) before the first
   * level of at least this many states (default {@link HAND_OVER_FRONTIER}; 0: from the initial states on).
   */
  readonly handOverFrontier?: number;
}

class WorkerFailed extends Error {}

/** A started worker: its port (shares in, tables out), and when it is ready (its start-up CPU seconds). */
interface WorkerHandle {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly ready: Promise<number>;
}

/**
 * Explores like {@link check} on `workers` threads (this one and `workers − 1` workers, each
 * building the model from `source`, which must build the same model and properties as given
 * here). Hash compaction runs on one thread (its omission bound is per store).
 */
export async function parallelCheck<S>(
  model: EngineModel<S>,
  given: readonly Property<S>[],
  options: CheckOptions,
  source: ModelSource,
  workers: number,
  parallel: ParallelOptions = {},
): Promise<CheckResult<S>> {
  let settings: CheckSettings;
  try {
    settings = resolveCheckOptions(options);
  } catch (e) {
    return { status: 'error', model: model.name, error: { code: 'FL101', message: (e as Error).message } };
  }
  if (settings.storage !== 'exact' || workers <= 1) return check(model, given, options);
  const running: Worker[] = [];
  try {
    return await coordinate(model, given, settings, source, Math.min(workers, MAX_WORKERS), parallel, running);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof ThreadLost) {
      return { status: 'error', model: model.name, error: { code: 'FL304', message, hint: 're-run with --workers 1: one thread reports what the model does there' } };
    }
    return {
      status: 'error',
      model: model.name,
      error: { code: 'FL302', message: `the model ${model.name} threw: ${message}`, hint: 'a model must be total on its reachable states; re-run with --workers 1 to see where' },
    };
  } finally {
    await Promise.all(running.map((w) => w.terminate()));
  }
}

/** Starts the workers 1 … threads − 1 in the background, and the watcher that notices one ending unannounced (threadWatch.ts). */
function startPool(source: ModelSource, threads: number, settings: CheckSettings, ctl: SharedArrayBuffer): { handles: WorkerHandle[]; watcher: Worker } {
  const script = workerScript(import.meta.url, './sharedWorker.js');
  const watch = watchThreads(ctl, threads - 1);
  const handles = Array.from({ length: threads - 1 }, (_, i) => {
    const { port1, port2 } = new MessageChannel();
    const watchPort = watch.ports[i]!;
    const data: SharedWorkerInput & { source: ModelSource; port: MessagePort; watch: MessagePort } = { source, me: i + 1, maxFaults: settings.maxFaults, checkDeadlocks: settings.checkDeadlocks, shard: settings.shard, port: port2, watch: watchPort };
    const worker = new Worker(script, { workerData: data, transferList: [port2, watchPort] });
    const ready = new Promise<number>((resolve, reject) => {
      worker.once('message', (m: { type: string; startCpu?: number; message?: string }) => (m.type === 'ready' ? resolve(m.startCpu ?? NaN) : reject(new WorkerFailed(m.message ?? 'a worker failed to start'))));
      // Kept for the worker's life: an error it throws later (its thread then ends, and the watcher says so) must not go unhandled here.
      worker.on('error', reject);
      worker.once('exit', (code) => reject(new WorkerFailed(`a worker exited with code ${code} before it was ready`)));
    });
    // A pool started for a level that never came is terminated unawaited: its failure is no one's to report.
    ready.catch(() => undefined);
    return { worker, port: port1, ready };
  });
  return { handles, watcher: watch.watcher };
}

/** Waits for a worker's share of the level (posted before it counted itself finished). */
function shareFrom(port: MessagePort, ctl: Int32Array): LevelShare {
  for (;;) {
    const m = receiveMessageOnPort(port);
    if (m !== undefined) return m.message as LevelShare;
    throwIfLost(ctl);
    Atomics.wait(ctl, Ctl.Wake, Atomics.load(ctl, Ctl.Wake), 1);
  }
}

async function coordinate<S>(
  model: EngineModel<S>,
  given: readonly Property<S>[],
  settings: CheckSettings,
  source: ModelSource,
  threads: number,
  parallel: ParallelOptions,
  running: Worker[],
): Promise<CheckResult<S>> {
  const pool: WorkerHandle[] = [];
  const started = settings.startedAt;
  const expander: LevelExpander = levelExpander(model as EngineModel<unknown>, given as readonly Property<unknown>[], settings);
  const properties = expander.properties as Property<S>[];
  const system = expander.system;
  const words = expander.packer.words;
  const joinedPorts: MessagePort[] = [];
  const limits = { maxStates: settings.maxStates, maxBytes: settings.maxMemoryBytes };
  const store = new SharedStore(allocateShared(words), { me: 0, ports: joinedPorts }, limits);
  expander.attach(store);
  const ctl = store.ctl;
  store.setLimits(1);
  Atomics.store(ctl, Ctl.Threads, 1);
  const deadline = Number.isFinite(settings.timeoutMs) ? Date.now() + Math.max(0, settings.timeoutMs - (performance.now() - started)) : Infinity;
  const kinds: LevelEvent['kind'][] = properties.map((p) => (p.kind === 'sometimes' ? 'witness' : p.kind === 'within' ? 'deadline' : 'invariant'));
  const scratch = new SettleScratch();

  const findings = new Map<number, LevelEvent>();
  let violations = 0;
  const done = (): boolean => (properties.length > 0 && findings.size === properties.length) || (settings.stopAtFirstViolation && violations > 0);
  const decide = (e: LevelEvent): void => {
    if (findings.has(e.property)) return;
    findings.set(e.property, e);
    if (e.kind !== 'witness') violations++;
  };
  const decided = (): boolean[] => properties.map((_, i) => findings.has(i));
  const failed = (shares: readonly LevelShare[]): void => {
    const f = shares.find((s) => s.failure !== undefined);
    if (f) throw new WorkerFailed(f.failure);
  };

  // Level 0: the initial states, on this thread.
  store.levelStart = 0;
  const first = expander.initial({ levelSize: 0, levelStart: 0, decided: decided(), deadline, finishedAt: 0 });
  failed([first]);
  let level: SettledLevel = settleLevel(store, [first], 1, true, scratch);
  const initialIndexOfId = new Map<number, number>();
  for (let i = 0; i < level.size; i++) {
    const id = store.frontier[i]!;
    initialIndexOfId.set(id, store.orderAt(id));
  }
  for (const e of earliestEvents(store, [first], decided(), kinds)) decide(e);
  clearOrders(store, level);
  let limit: LimitName | undefined = first.refused ? refusalOf(ctl) : undefined;
  let states = level.size;
  let transitions = 0;
  let depth = 0;
  let throughLevel = states;
  let levelSize = states;
  let widest = states;
  let nextProgress = started + 1000;
  const joinAt = parallel.handOverFrontier ?? HAND_OVER_FRONTIER;
  let joined: { levels: number; states: number; frontier: number } | undefined;
  const startCpu: number[] = [];
  const timings: LevelTiming[][] = [];
  let settleMs = 0;

  for (let t = 0; limit === undefined && !done() && levelSize > 0; t++) {
    depth = t;
    throughLevel = states;
    if (t >= settings.maxDepth) {
      limit = 'max-depth';
      break;
    }
    if (performance.now() - started > settings.timeoutMs) {
      limit = 'timeout';
      break;
    }
    if (pool.length === 0 && threads > 1 && levelSize >= joinAt / START_AHEAD) {
      const started = startPool(source, threads, settings, store.buffers.ctl);
      pool.push(...started.handles);
      running.push(started.watcher, ...started.handles.map((h) => h.worker));
    }
    if (joined === undefined && pool.length > 0 && levelSize >= joinAt) {
      startCpu.push(...(await Promise.all(pool.map((h) => h.ready))));
      for (const h of pool) {
        const join: WorkerCommand = { type: 'join', buffers: store.buffers, limits };
        h.worker.postMessage(join);
        joinedPorts.push(h.port);
      }
      joined = { levels: t, states, frontier: levelSize };
    }
    const taking = 1 + joinedPorts.length;
    const levelStart = Atomics.load(ctl, Ctl.NextId);
    store.levelStart = levelStart;
    Atomics.store(ctl, Ctl.NextRank, 0);
    Atomics.store(ctl, Ctl.Threads, taking);
    store.setLimits(taking);
    const task: LevelTask = { levelSize, levelStart, decided: decided(), deadline, finishedAt: Atomics.load(ctl, Ctl.Finished) + taking };
    for (const h of pool.slice(0, joinedPorts.length)) h.worker.postMessage({ type: 'expand', ...task } satisfies WorkerCommand);
    const own = expander.expand(task);
    const shares = [own, ...joinedPorts.map((port) => shareFrom(port, ctl))];
    failed(shares);
    if (taking > 1) timings.push(shares.map((s) => s.timing));
    const previous = levelSize;
    const settleFrom = performance.now();
    level = settleLevel(store, shares, previous, false, scratch);
    if (taking > 1) settleMs += performance.now() - settleFrom;
    widest = Math.max(widest, level.size);
    const found = level.size;
    const levelTransitions = shares.reduce((n, s) => n + s.transitions, 0);
    const stop = Atomics.load(ctl, Ctl.Stop);
    const events = earliestEvents(store, shares, decided(), kinds);
    if (stop !== Stop.None) {
      limit = stop === Stop.Timeout ? 'timeout' : refusalOf(ctl);
      transitions += levelTransitions;
      states += found;
      for (const e of events) decide(e);
      break;
    }
    // Where a one-thread search would stop inside this level, if it does.
    let stopAt = Infinity;
    const parentOf = (e: LevelEvent): number => Math.floor(e.key / CHOICES);
    if (settings.stopAtFirstViolation) {
      for (const e of events) if (e.kind !== 'witness') stopAt = Math.min(stopAt, parentOf(e));
    }
    if (properties.length > 0 && findings.size + events.length === properties.length && events.length > 0) {
      stopAt = Math.min(stopAt, Math.max(...events.map(parentOf)));
    }
    for (const e of events) if (parentOf(e) <= stopAt) decide(e);
    if (stopAt !== Infinity) {
      states += statesBefore(store, level, (stopAt + 1) * CHOICES);
      transitions += transitionsThrough(store, stopAt);
      break;
    }
    clearOrders(store, level);
    states += found;
    transitions += levelTransitions;
    levelSize = found;
    const now = performance.now();
    if (settings.onProgress && now >= nextProgress) {
      nextProgress = now + 1000;
      const seconds = (now - started) / 1000;
      settings.onProgress({ states, transitions, depth: t + 1, seconds, statesPerSecond: states / seconds, queued: found });
    }
  }

  parallel.onProfile?.(parallelProfile(timings, startCpu, joined, settleMs / 1000));
  const seconds = (performance.now() - started) / 1000;
  // In use: every claimed id's key and parent link, the table, and the level arrays at the widest level.
  const ids = Math.min(Atomics.load(ctl, Ctl.NextId), store.capacity);
  const allocated = ids * (words * 4 + 4) + store.table.byteLength + widest * (4 + 4 + 4 + 4);
  const stats: RunStats = {
    states,
    transitions,
    // The deepest stored state, as one thread counts it: a run stopped inside level t has found states at t + 1.
    depth: states > throughLevel ? depth + 1 : depth,
    seconds,
    statesPerSecond: seconds > 0 ? states / seconds : states,
    bytesPerState: states > 0 ? allocated / states : 0,
    storage: 'exact',
    maxFaults: settings.maxFaults,
    ...(settings.shard === undefined ? {} : { share: settings.shard }),
  };
  const reader: Pick<VisitedStore, 'parentOf' | 'choiceOf' | 'read'> = {
    parentOf: (id) => store.parents[id]!,
    choiceOf: () => -1,
    read: (id, dst) => expander.packer.unpack(store.arena, id * words, dst),
  };
  return searchResult(
    model.name,
    properties,
    (_, i) => findings.get(i),
    (id) => replayPath(model, pathOf(system, reader as VisitedStore, initialIndexOfId, id)),
    stats,
    { limit, complete: limit === undefined && !done(), depth, maxFaults: settings.maxFaults },
  );
}

/** The limit a refused state stands for. */
function refusalOf(ctl: Int32Array): LimitName {
  return Atomics.load(ctl, Ctl.Stop) === Stop.MaxMemory ? 'max-memory' : 'max-states';
}
