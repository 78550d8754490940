/**
 * Where a parallel search's time went, thread by thread (decisions 0044, 0045): what the bench
 * prints beside the speed-up, since wall-clock speed-up cannot be read on a loaded machine but
 * each thread's CPU, its waits at level barriers and the levels' imbalance can.
 */
import type { LevelTiming } from './sharedProtocol.js';

/** One thread's totals over the levels it took part in, and what a worker spent before it was ready. */
export interface WorkerProfile extends LevelTiming {
  /** Thread CPU seconds before the worker was ready (module loading, model building); 0 for the coordinator's thread. */
  readonly startCpu: number;
}

/** A run's profile. */
export interface ParallelProfile {
  /** The coordinator's thread first, then each worker. */
  readonly workers: readonly WorkerProfile[];
  /** Levels expanded with workers. */
  readonly levels: number;
  /**
   * Wall time lost to uneven levels: Σ over levels of (the busiest thread's busy time − the
   * mean busy time), over Σ of the busiest's. 0 when every level splits evenly.
   */
  readonly imbalance: number;
  /**
   * Levels and states the coordinator's thread explored alone before workers joined, and the
   * size of the level they joined at; undefined: they never did.
   */
  readonly joined: { readonly levels: number; readonly states: number; readonly frontier: number } | undefined;
  /** Wall seconds the coordinator's thread settled levels alone (the others waiting), once workers had joined. */
  readonly settleSeconds: number;
}

/** Adds up per-level timings (`levels[t][thread]`) and each worker's start-up CPU (`startCpu[worker − 1]`). */
export function parallelProfile(levels: readonly (readonly LevelTiming[])[], startCpu: readonly number[], joined?: ParallelProfile['joined'], settleSeconds = 0): ParallelProfile {
  let lost = 0;
  let slowest = 0;
  for (const level of levels) {
    const busiest = Math.max(...level.map((t) => t.busy));
    lost += busiest - level.reduce((n, t) => n + t.busy, 0) / level.length;
    slowest += busiest;
  }
  const threads = levels.length === 0 ? 0 : levels[0]!.length;
  const workers = Array.from({ length: threads }, (_, w) => {
    const sum = (pick: (t: LevelTiming) => number): number => levels.reduce((n, level) => n + pick(level[w]!), 0);
    const start = w === 0 ? 0 : (startCpu[w - 1] ?? NaN);
    return { startCpu: start, cpu: start + sum((t) => t.cpu), busy: sum((t) => t.busy), wait: sum((t) => t.wait), stored: sum((t) => t.stored), updates: sum((t) => t.updates) };
  });
  return { workers, levels: levels.length, imbalance: slowest > 0 ? lost / slowest : 0, joined, settleSeconds };
}
