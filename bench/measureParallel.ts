/**
 * The 2-worker rows of the bench (issue 13): the exhaustive search of a reference model on one
 * thread and on 2 worker threads, back to back in this process, with wall time, process CPU
 * time, each worker's thread CPU, busy and waiting time (decision 0044), the counts against
 * the reference table, and the states per second against SPIN's (measured in the same run where
 * spin is installed — as many runs as faultline's, between them, the fastest kept — else
 * BASELINES.md's).
 */
import { check } from '../src/explore/check.js';
import { parallelCheck } from '../src/explore/parallel/parallelCheck.js';
import type { ParallelProfile } from '../src/explore/parallel/parallelProfile.js';
import type { BenchModelName } from '../models/bench/index.js';
import { benchModel, benchSource } from './benchSource.js';
import { referenceRow } from './reference.js';
import { spinSampler, type SpinSource } from './spin/spinBfs.js';

/** The models and sizes of the 2-worker rows: every reference family; with `--quick` the smallest row whose levels grow wide enough for workers to join. */
export const PARALLEL_ROWS: Readonly<Record<'quick' | 'default', readonly (readonly [BenchModelName, number])[]>> = {
  // vrrp-7 in --quick too: vrrp-6's widest level (13,677) stays below the join threshold, so its 2-thread run never used a second thread.
  quick: [['vrrp', 7]],
  default: [
    ['vrrp', 7],
    ['stp-ring', 5],
    ['philosophers', 16],
  ],
};

/** The JSON line printed for a parallel row. */
export interface ParallelLine {
  readonly bench: 'parallel-check';
  readonly model: BenchModelName;
  readonly n: number;
  readonly workers: number;
  /** Runs of each side; the figures are the fastest run's. */
  readonly repeats: number;
  readonly states: number;
  readonly transitions: number;
  readonly oneSeconds: number;
  readonly workersSeconds: number;
  /** One thread's wall time over the workers' wall time (≥ 1.7 is the target on 2 idle cores). */
  readonly speedup: number;
  /** Process CPU seconds (all threads, the JIT's too) of each run: shows what a loaded machine hides. */
  readonly oneCpuSeconds: number;
  readonly workersCpuSeconds: number;
  /** Workers' process CPU over one thread's: about 2 / speed-up on 2 idle cores when the workers are balanced. */
  readonly cpuRatio: number;
  /** Per thread (the coordinator's first): thread CPU seconds in all and before it was ready, wall seconds busy and waiting at level barriers. */
  readonly workerCpuSeconds: readonly number[];
  readonly workerStartCpuSeconds: readonly number[];
  readonly workerBusySeconds: readonly number[];
  readonly workerWaitSeconds: readonly number[];
  /** States explored on the coordinator's thread alone before workers joined (decision 0045); null: they never did. */
  readonly joinedAtStates: number | null;
  /** Share of the levels' wall time lost to uneven levels (0: even). */
  readonly imbalance: number;
  readonly levels: number;
  /** Per thread (the coordinator's first), the share of the states it stored first once workers joined. */
  readonly workerStoredShare: readonly number[];
  /** States a thread reached with a smaller order key after another stored them (settled between levels). */
  readonly updates: number;
  readonly oneBytesPerState: number;
  readonly workersBytesPerState: number;
  /** SPIN's single-core BFS states per second (bench/spin/spinBfs.ts says from where), and the 2-worker run's over it (issue 13: ≥ 3). */
  readonly spinStatesPerSecond: number | null;
  readonly vsSpin: number | null;
  readonly spinSource: SpinSource | null;
  /** Of how many SPIN runs, alternated with faultline's, `spinStatesPerSecond` is the fastest (1: the table's figure). */
  readonly spinRuns: number | null;
  /** Both runs passed with the reference counts and depth. */
  readonly countsMatch: boolean;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; seconds: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
}

/** How many times each row runs one thread and the workers, alternately; the fastest run of each is kept. */
export const PARALLEL_REPEATS = 5;

/** The run of least wall time. */
function fastest<R extends { seconds: number }>(runs: readonly R[]): R {
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

/**
 * Explores `name`-`n` on one thread, then on `workers` threads, {@link PARALLEL_REPEATS} times
 * alternately, and keeps the fastest run of each (wall time on this machine varies by a
 * quarter from one run to the next; the fastest is the least disturbed, and both sides get it).
 */
export async function measureParallel(name: BenchModelName, n: number, workers = 2, repeats = PARALLEL_REPEATS): Promise<ParallelLine> {
  const { model, properties } = benchModel(name, n);
  const ones: Awaited<ReturnType<typeof timed<ReturnType<typeof check>>>>[] = [];
  const manys: (Awaited<ReturnType<typeof timed<Awaited<ReturnType<typeof parallelCheck>>>>> & { profile: ParallelProfile | undefined })[] = [];
  const spinRuns = spinSampler(name, n);
  try {
    for (let i = 0; i < repeats; i++) {
      spinRuns.sample();
      ones.push(await timed(() => check(model, properties, {})));
      let profile: ParallelProfile | undefined;
      const run = await timed(() => parallelCheck(model, properties, {}, benchSource(name, n), workers, { onProfile: (p) => (profile = p) }));
      manys.push({ ...run, profile });
    }
  } finally {
    spinRuns.close();
  }
  const one = fastest(ones);
  const many = fastest(manys);
  const profile = many.profile;
  const ref = referenceRow(name, n);
  const fits = (r: typeof one.value): boolean =>
    r.status === 'pass' && ref !== undefined && r.stats.states === ref.states && r.stats.transitions === ref.transitions && r.stats.depth === ref.depth;
  const stats = many.value.status === 'error' ? undefined : many.value.stats;
  const oneStats = one.value.status === 'error' ? undefined : one.value.stats;
  const per = (pick: (w: ParallelProfile['workers'][number]) => number): number[] => (profile?.workers ?? []).map((w) => round(pick(w), 3));
  const spin = spinRuns.result();
  const spinRate = spin ? (stats?.states ?? 0) / spin.seconds : null;
  const stored = (profile?.workers ?? []).reduce((s, w) => s + w.stored, 0);
  return {
    bench: 'parallel-check',
    model: name,
    n,
    workers,
    repeats,
    states: stats?.states ?? 0,
    transitions: stats?.transitions ?? 0,
    oneSeconds: round(one.seconds, 3),
    workersSeconds: round(many.seconds, 3),
    speedup: round(one.seconds / many.seconds, 2),
    oneCpuSeconds: round(one.cpu, 3),
    workersCpuSeconds: round(many.cpu, 3),
    cpuRatio: round(many.cpu / one.cpu, 2),
    workerCpuSeconds: per((w) => w.cpu),
    workerStartCpuSeconds: per((w) => w.startCpu),
    workerBusySeconds: per((w) => w.busy),
    workerWaitSeconds: per((w) => w.wait),
    joinedAtStates: profile?.joined?.states ?? null,
    imbalance: round(profile?.imbalance ?? 0, 3),
    levels: profile?.levels ?? 0,
    workerStoredShare: per((w) => (stored > 0 ? w.stored / stored : 0)),
    updates: (profile?.workers ?? []).reduce((s, w) => s + w.updates, 0),
    oneBytesPerState: round(oneStats?.bytesPerState ?? 0, 1),
    workersBytesPerState: round(stats?.bytesPerState ?? 0, 1),
    spinStatesPerSecond: spinRate === null ? null : Math.round(spinRate),
    vsSpin: spinRate === null || stats === undefined ? null : round(stats.states / many.seconds / spinRate, 2),
    spinSource: spin?.source ?? null,
    spinRuns: spin?.runs ?? null,
    countsMatch: fits(one.value) && fits(many.value),
  };
}
