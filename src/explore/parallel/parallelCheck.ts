/**
 * `check` on several worker threads (decision 0030): the same exhaustive breadth-first search,
 * with states partitioned by hash among workers and levels exchanged through MessagePorts,
 * giving the same distinct-state and transition counts, depth, verdicts and traces as one
 * thread. The coordinator (this thread) ranks each level, decides properties in one-thread
 * order and rebuilds traces; the workers do the expanding and storing.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { EngineModel } from '../../core/model.js';
import { always, type Property } from '../../core/property.js';
import type { CheckResult, LimitName, PropertyVerdict, RunStats } from '../../core/result.js';
import { replayPath } from '../../core/successors.js';
import { check } from '../check.js';
import { resolveCheckOptions, type CheckSettings } from '../checkSettings.js';
import type { CheckOptions } from '../options.js';
import { pathOf } from '../pathOf.js';
import { TransitionSystem } from '../system.js';
import type { VisitedStore } from '../visitedStore.js';
import { CHOICES, type BfsCommand, type BfsEvent, type BfsReply, type HandOverReply, type LevelReply, type LevelTiming, type StateReply, type StatsReply, type TrimReply } from './bfsProtocol.js';
import { levelRanks } from './levelRanks.js';
import { levelSearch, type LevelSearchSetup } from './levelSearch.js';
import { splitHandOver } from './splitHandOver.js';
import { parallelProfile, type ParallelProfile } from './parallelProfile.js';
import type { ModelSource } from './modelSource.js';
import { workerScript } from './runWorkers.js';

/** At most this many workers (parent links pack the worker into the id). */
export const MAX_WORKERS = 16;

/**
 * This thread explores alone until the level it is about to expand has this many states, then
 * hands over to workers (decision 0044): a space whose levels stay smaller (vrrp-6's widest
 * has 13,677) never starts them, since starting two workers and compiling their code costs
 * about what 100,000 states take on one thread.
 */
export const HAND_OVER_FRONTIER = 20_000;

/** How {@link parallelCheck} runs, beside `check`'s options. */
export interface ParallelOptions {
  /** Receives where the workers' time went (decision 0044). */
  readonly onProfile?: (profile: ParallelProfile) => void;
  /**
   * Workers take over (and only then start) before the first level of at least this many
   * states (default {@link HAND_OVER_FRONTIER}; 0: right after the initial states).
   */
  readonly handOverFrontier?: number;
}

interface Finding {
  readonly worker: number;
  readonly id: number;
  readonly kind: BfsEvent['kind'];
}

class WorkerFailed extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A search that answers commands: a worker thread, or this thread's own before the hand-over. */
interface SearchPeer {
  ask<R extends BfsReply>(command: BfsCommand, transfer?: ArrayBuffer[]): Promise<R>;
}

/** This thread's own search, as a peer (a model that throws fails the command, as in a worker). */
function localPeer(handle: (cmd: BfsCommand) => BfsReply): SearchPeer {
  return {
    ask<R extends BfsReply>(command: BfsCommand): Promise<R> {
      try {
        return Promise.resolve(handle(command) as R);
      } catch (e) {
        return Promise.reject(new WorkerFailed('FL302', e instanceof Error ? e.message : String(e)));
      }
    },
  };
}

/** A worker and the replies it owes, in order. */
class Peer implements SearchPeer {
  private readonly waiting: ((reply: BfsReply) => void)[] = [];
  readonly ready: Promise<void>;

  constructor(readonly worker: Worker) {
    this.ready = new Promise((resolve, reject) => {
      worker.once('message', (m: { type: string; message?: string; code?: string }) => {
        if (m.type === 'ready') resolve();
        else reject(new WorkerFailed(m.code ?? 'FL302', m.message ?? 'worker failed to start'));
        worker.on('message', (reply: BfsReply) => this.waiting.shift()?.(reply));
      });
      worker.once('error', reject);
    });
    // A pool started for a hand-over that never came is terminated unawaited: its failure is no one's to report.
    this.ready.catch(() => undefined);
  }

  ask<R extends BfsReply>(command: BfsCommand, transfer: ArrayBuffer[] = []): Promise<R> {
    return new Promise((resolve, reject) => {
      this.waiting.push((reply) => (reply.type === 'failed' ? reject(new WorkerFailed(reply.code, reply.message)) : resolve(reply as R)));
      this.worker.postMessage(command, transfer);
    });
  }
}

/**
 * Explores like {@link check} on `workers` threads, each building the model from `source`
 * (which must build the same model and properties as given here). This thread explores the
 * first levels itself, with the workers' own search, and hands its store over before the
 * first level of {@link ParallelOptions.handOverFrontier} states (decision 0044). Hash compaction runs on one thread (its omission
 * bound is per store).
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
  const w = Math.min(workers, MAX_WORKERS);
  const started = performance.now();
  const limits = (share: number): Omit<LevelSearchSetup, 'me' | 'workers' | 'signal' | 'ports'> => ({
    maxFaults: settings.maxFaults,
    checkDeadlocks: settings.checkDeadlocks,
    maxStates: Math.min(settings.maxStates, 2 ** 27 - 2),
    maxBytes: settings.maxMemoryBytes / share,
    deadline: Number.isFinite(settings.timeoutMs) ? Date.now() + settings.timeoutMs : Infinity,
  });
  let pool: Peer[] | undefined;
  const startWorkers = (): Peer[] => (pool ??= startPool(source, w, limits(w)));
  try {
    const own = levelSearch(model as EngineModel<unknown>, given as readonly Property<unknown>[], { me: 0, workers: 1, signal: new SharedArrayBuffer(4), ports: [undefined], ...limits(1) });
    const handOver = { at: parallel.handOverFrontier ?? HAND_OVER_FRONTIER, workers: w, start: startWorkers };
    return await coordinate(model, given, settings, localPeer(own), handOver, started, parallel.onProfile);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      status: 'error',
      model: model.name,
      error: { code: 'FL302', message: `the model ${model.name} threw: ${message}`, hint: 'a model must be total on its reachable states; re-run with --workers 1 to see where' },
    };
  } finally {
    if (pool) await Promise.all(pool.map((p) => p.worker.terminate()));
  }
}

/** Starts `w` workers, each with a port to every other. */
function startPool(source: ModelSource, w: number, limits: Omit<LevelSearchSetup, 'me' | 'workers' | 'signal' | 'ports'>): Peer[] {
  const signal = new SharedArrayBuffer(4 * w);
  const ports: (MessagePort | undefined)[][] = Array.from({ length: w }, () => Array.from({ length: w }, () => undefined));
  for (let a = 0; a < w; a++) {
    for (let b = a + 1; b < w; b++) {
      const { port1, port2 } = new MessageChannel();
      ports[a]![b] = port1;
      ports[b]![a] = port2;
    }
  }
  const script = workerScript(import.meta.url, './bfsWorker.js');
  return ports.map((mine, me) => {
    const data: LevelSearchSetup & { source: ModelSource } = { source, me, workers: w, signal, ports: mine, ...limits };
    return new Peer(new Worker(script, { workerData: data, transferList: mine.filter((p): p is MessagePort => p !== undefined) }));
  });
}

/** When and to whom the coordinator's own search hands over. */
interface HandOver {
  readonly at: number;
  readonly workers: number;
  readonly start: () => Peer[];
}

async function coordinate<S>(
  model: EngineModel<S>,
  given: readonly Property<S>[],
  settings: CheckSettings,
  own: SearchPeer,
  handOver: HandOver,
  started: number,
  onProfile: ((profile: ParallelProfile) => void) | undefined,
): Promise<CheckResult<S>> {
  let peers: readonly SearchPeer[] = [own];
  let handedOver: ParallelProfile['handedOver'];
  const deadlocks = settings.checkDeadlocks || model.reportDeadlocks === true;
  const deadlockFree = always<S>('deadlock-free', () => true, { description: 'every reachable state has a successor' });
  const properties: Property<S>[] = deadlocks ? [...given, deadlockFree] : [...given];
  const findings = new Map<number, Finding>();
  let violations = 0;
  const done = (): boolean => (properties.length > 0 && findings.size === properties.length) || (settings.stopAtFirstViolation && violations > 0);
  const decide = (e: BfsEvent, worker: number): void => {
    if (findings.has(e.property)) return;
    findings.set(e.property, { worker, id: e.id, kind: e.kind });
    if (e.kind !== 'witness') violations++;
  };
  /** The earliest new event per undecided property, with its worker, in one-thread order. */
  const earliest = (replies: readonly LevelReply[]): { event: BfsEvent; worker: number }[] => {
    const best = new Map<number, { event: BfsEvent; worker: number }>();
    replies.forEach((r, worker) => {
      for (const event of r.events) {
        if (findings.has(event.property)) continue;
        const seen = best.get(event.property);
        if (seen === undefined || event.key < seen.event.key) best.set(event.property, { event, worker });
      }
    });
    return [...best.values()].sort((a, b) => a.event.key - b.event.key);
  };

  let limit: LimitName | undefined;
  let replies = await Promise.all(peers.map((p) => p.ask<LevelReply>({ type: 'initial' })));
  for (const { event, worker } of earliest(replies)) decide(event, worker);
  let states = replies.reduce((n, r) => n + r.sorted.length, 0);
  let transitions = 0;
  let depth = 0;
  let throughLevel = states;
  let levelSize = states;
  let nextProgress = started + 1000;
  const timings: LevelTiming[][] = [];

  for (let t = 0; !done() && levelSize > 0; t++) {
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
    if (handedOver === undefined && handOver.workers > 1 && levelSize >= handOver.at) {
      const pool = handOver.start();
      await Promise.all(pool.map((p) => p.ready));
      const loads = splitHandOver(await own.ask<HandOverReply>({ type: 'handOver' }), handOver.workers);
      replies = await Promise.all(
        pool.map((p, i) => {
          const load = loads[i]!;
          return p.ask<LevelReply>(load, [load.keys, load.hashes, load.parents, load.orders].map((a) => a.buffer as ArrayBuffer));
        }),
      );
      peers = pool;
      handedOver = { levels: t, states, frontier: levelSize };
    }
    const ranks = levelRanks(replies.map((r) => r.sorted));
    const decided = properties.map((_, i) => findings.has(i));
    replies = await Promise.all(
      peers.map((p, i) => {
        const sorted = replies[i]!.sorted;
        const r = ranks[i]!;
        return p.ask<LevelReply>({ type: 'expand', sorted, ranks: r, decided }, [sorted.buffer as ArrayBuffer, r.buffer as ArrayBuffer]);
      }),
    );
    if (handedOver !== undefined) timings.push(replies.map((r) => r.timing));
    const found = replies.reduce((n, r) => n + r.sorted.length, 0);
    const refusal = replies.find((r) => r.refusal !== undefined)?.refusal;
    if (refusal !== undefined || replies.some((r) => r.timedOut)) {
      limit = refusal ?? 'timeout';
      transitions += replies.reduce((n, r) => n + r.transitions, 0);
      states += found;
      for (const { event, worker } of earliest(replies)) decide(event, worker);
      break;
    }
    // Where a one-thread search would stop inside this level, if it does.
    const events = earliest(replies);
    let stop = Infinity;
    const parentOf = (e: BfsEvent): number => Math.floor(e.key / CHOICES);
    if (settings.stopAtFirstViolation) {
      for (const { event } of events) if (event.kind !== 'witness') stop = Math.min(stop, parentOf(event));
    }
    if (properties.length > 0 && findings.size + events.length === properties.length && events.length > 0) {
      stop = Math.min(stop, Math.max(...events.map((e) => parentOf(e.event))));
    }
    for (const { event, worker } of events) if (parentOf(event) <= stop) decide(event, worker);
    if (stop !== Infinity) {
      const figures = await Promise.all(peers.map((p) => p.ask<TrimReply>({ type: 'trim', parent: stop })));
      states = figures.reduce((n, f) => n + f.states, 0);
      transitions += figures.reduce((n, f) => n + f.transitions, 0);
      break;
    }
    states += found;
    transitions += replies.reduce((n, r) => n + r.transitions, 0);
    levelSize = found;
    const now = performance.now();
    if (settings.onProgress && now >= nextProgress) {
      nextProgress = now + 1000;
      const seconds = (now - started) / 1000;
      settings.onProgress({ states, transitions, depth: t + 1, seconds, statesPerSecond: states / seconds, queued: found });
    }
  }

  const figures = await Promise.all(peers.map((p) => p.ask<StatsReply>({ type: 'stats' })));
  const allocated = figures.reduce((n, f) => n + f.allocatedBytes, 0);
  onProfile?.(parallelProfile(timings, handedOver === undefined ? [] : figures, handedOver));
  const seconds = (performance.now() - started) / 1000;
  const stats: RunStats = {
    states,
    transitions,
    // The deepest stored state, as one thread counts it: a run stopped inside level t has found states at t + 1.
    depth: states > throughLevel ? depth + 1 : depth,
    seconds,
    statesPerSecond: seconds > 0 ? states / seconds : states,
    bytesPerState: states > 0 ? allocated / figures.reduce((n, f) => n + f.states, 0) : 0,
    storage: 'exact',
    maxFaults: settings.maxFaults,
  };
  const system = new TransitionSystem(model, properties, settings.maxFaults);
  const complete = limit === undefined && !done();
  const verdicts: PropertyVerdict<S>[] = [];
  for (const [i, property] of properties.entries()) {
    const f = findings.get(i);
    if (f) {
      const trace = replayPath(model, await pathAcross(system, peers, f.worker, f.id));
      verdicts.push(f.kind === 'witness' ? { status: 'witnessed', property, trace } : { status: 'violated', property, kind: f.kind, trace });
    } else if (property.kind === 'sometimes') verdicts.push(complete ? { status: 'unwitnessed', property } : { status: 'undecided', property });
    else verdicts.push(complete ? { status: 'holds', property } : { status: 'undecided', property });
  }
  const base = { model: model.name, verdicts, stats };
  if (violations > 0) return limit === undefined ? { ...base, status: 'violation' } : { ...base, status: 'violation', limit };
  if (limit !== undefined) return { ...base, status: 'incomplete', limit };
  if (verdicts.some((v) => v.status === 'unwitnessed')) return { ...base, status: 'unwitnessed' };
  return { ...base, status: 'pass', bounds: { maxFaults: settings.maxFaults, maxDepth: depth, exhaustive: complete } };
}

/** The action-index path of a state held by a worker: its chain of first discoverers, replayed like `pathOf`. */
async function pathAcross<S>(system: TransitionSystem<S>, peers: readonly SearchPeer[], worker: number, id: number): Promise<number[]> {
  const chain: StateReply[] = [];
  for (let w = worker, at = id; ; ) {
    const s = await peers[w]!.ask<StateReply>({ type: 'state', id: at });
    chain.push(s);
    if (s.parent < 0) break;
    w = s.parent % peers.length;
    at = Math.floor(s.parent / peers.length);
  }
  chain.reverse();
  const store: Pick<VisitedStore, 'parentOf' | 'choiceOf' | 'read'> = {
    parentOf: (i) => i - 1,
    choiceOf: () => -1,
    read: (i, dst) => dst.set(chain[i]!.key),
  };
  return pathOf(system, store as VisitedStore, new Map([[0, chain[0]!.initialIndex]]), chain.length - 1);
}
