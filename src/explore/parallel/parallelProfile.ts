/**
 * Where a parallel search's time went, worker by worker (decision 0044): what the bench prints
 * beside the speed-up, since wall-clock speed-up cannot be read on a loaded machine but each
 * thread's CPU, its waits at level barriers and the levels' imbalance can.
 */
import type { LevelTiming } from './bfsProtocol.js';

/** One worker's totals over a run: its levels' timings summed, and what it spent before it was ready. */
export interface WorkerProfile extends LevelTiming {
  /** Thread CPU seconds before the worker was ready (module loading, model building). */
  readonly startCpu: number;
}

/** A run's profile. */
export interface ParallelProfile {
  readonly workers: readonly WorkerProfile[];
  /** Levels expanded on the workers. */
  readonly levels: number;
  /**
   * Wall time lost to uneven levels: Σ over levels of (the busiest worker's busy time − the
   * mean busy time), over Σ of the busiest's. 0 when every level splits evenly.
   */
  readonly imbalance: number;
  /**
   * Levels and states this thread explored before handing over, and the size of the level it
   * handed over to expand; undefined: it never did (no workers ran).
   */
  readonly handedOver: { readonly levels: number; readonly states: number; readonly frontier: number } | undefined;
}

/** Adds up per-level timings (`levels[t][w]`) and each worker's start-up and total CPU. */
export function parallelProfile(
  levels: readonly (readonly LevelTiming[])[],
  cpu: readonly { startCpu: number; cpu: number }[],
  handedOver?: ParallelProfile['handedOver'],
): ParallelProfile {
  let lost = 0;
  let slowest = 0;
  for (const level of levels) {
    const busiest = Math.max(...level.map((t) => t.busy));
    lost += busiest - level.reduce((n, t) => n + t.busy, 0) / level.length;
    slowest += busiest;
  }
  const workers = cpu.map(({ startCpu, cpu: total }, w) => {
    const sum = (pick: (t: LevelTiming) => number): number => levels.reduce((n, level) => n + pick(level[w]!), 0);
    return { startCpu, cpu: total, busy: sum((t) => t.busy), wait: sum((t) => t.wait), sent: sum((t) => t.sent), received: sum((t) => t.received), cacheHits: sum((t) => t.cacheHits) };
  });
  return { workers, levels: levels.length, imbalance: slowest > 0 ? lost / slowest : 0, handedOver };
}
