/**
 * The 2-worker row of the bench (issue 13): the exhaustive search of one reference model on
 * one thread and on 2 worker threads, back to back in this process, with wall time, process
 * CPU time and the counts against the reference table.
 */
import { check } from '../src/explore/check.js';
import { parallelCheck } from '../src/explore/parallel/parallelCheck.js';
import type { BenchModelName } from '../models/bench/index.js';
import { benchModel, benchSource } from './benchSource.js';
import { referenceRow } from './reference.js';

/** The JSON line printed for the parallel row. */
export interface ParallelLine {
  readonly bench: 'parallel-check';
  readonly model: BenchModelName;
  readonly n: number;
  readonly workers: number;
  readonly states: number;
  readonly transitions: number;
  readonly oneSeconds: number;
  readonly workersSeconds: number;
  /** One thread's wall time over the workers' wall time (≥ 1.7 is the target on 2 idle cores). */
  readonly speedup: number;
  /** Process CPU seconds (all threads) of each run: shows what a loaded machine hides. */
  readonly oneCpuSeconds: number;
  readonly workersCpuSeconds: number;
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

/** Explores `name`-`n` on one thread, then on `workers` threads. */
export async function measureParallel(name: BenchModelName, n: number, workers = 2): Promise<ParallelLine> {
  const { model, properties } = benchModel(name, n);
  const one = await timed(() => check(model, properties, {}));
  const many = await timed(() => parallelCheck(model, properties, {}, benchSource(name, n), workers));
  const ref = referenceRow(name, n);
  const fits = (r: typeof one.value): boolean =>
    r.status === 'pass' && ref !== undefined && r.stats.states === ref.states && r.stats.transitions === ref.transitions && r.stats.depth === ref.depth;
  const stats = many.value.status === 'error' ? undefined : many.value.stats;
  return {
    bench: 'parallel-check',
    model: name,
    n,
    workers,
    states: stats?.states ?? 0,
    transitions: stats?.transitions ?? 0,
    oneSeconds: round(one.seconds, 3),
    workersSeconds: round(many.seconds, 3),
    speedup: round(one.seconds / many.seconds, 2),
    oneCpuSeconds: round(one.cpu, 2),
    workersCpuSeconds: round(many.cpu, 2),
    countsMatch: fits(one.value) && fits(many.value),
  };
}
