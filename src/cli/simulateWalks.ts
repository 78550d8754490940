/**
 * Walks one share of a random run (the whole run as share 1/1) on this thread or on worker
 * threads: worker w of W walks the finer share (i + n·w)/(n·W), and their outcomes merge into
 * share i's (docs/decisions/0029, 0037).
 */
import type { LoadedDesign } from '../design/loadDesign.js';
import type { Progress, SimulateOptions } from '../explore/options.js';
import { runWorkers, workerScript } from '../explore/parallel/runWorkers.js';
import { subShard } from '../explore/shardSpec.js';
import { simulateShare } from '../explore/simulate.js';
import type { SweepShard } from '../explore/sweepTypes.js';
import { mergeWalkShares, type WalkShareOutcome } from '../explore/walkShare.js';
import type { SimulateWorkerInput } from './simulateWorker.js';

/** The engine options of every thread: a seed is fixed, so all walk the same run. */
export type SharedWalkOptions = Omit<SimulateOptions, 'onProgress' | 'walked' | 'startedAt'> & { readonly seed: number };

/** Walks `share` of the run on `workers` threads (1: this one, with progress). */
export async function walkShares(
  file: string,
  design: LoadedDesign,
  options: SharedWalkOptions,
  share: SweepShard,
  workers: number,
  startedAt: number,
  onProgress: (progress: Progress) => void,
): Promise<WalkShareOutcome> {
  if (workers <= 1) return simulateShare(design.model, design.properties, { ...options, startedAt, onProgress }, share);
  // A worker's clock starts when it does: it gets the time left of --timeout.
  const left = options.timeoutSeconds === undefined ? {} : { timeoutSeconds: Math.max(0.001, options.timeoutSeconds - (performance.now() - startedAt) / 1000) };
  const inputs: SimulateWorkerInput[] = Array.from({ length: workers }, (_, w) => ({ file, options: { ...options, ...left }, share: subShard(share, w, workers) }));
  return mergeWalkShares(await runWorkers<SimulateWorkerInput, WalkShareOutcome>(workerScript(import.meta.url, './simulateWorker.js'), inputs));
}
