/**
 * `check` on several threads: the parallel search of decision 0045 on `workers` threads
 * (default: every core). This thread explores alone until a level is wide enough and workers
 * join it only then, so small designs finish before workers would have started. Both engines
 * give the same counts, verdicts and traces. This is what `faultline check` runs.
 */
import { addFewestFaults } from '../explore/check.js';
import type { CheckOptions } from '../explore/options.js';
import { MAX_WORKERS, parallelCheck } from '../explore/parallel/parallelCheck.js';
import { defaultWorkers } from '../explore/parallel/runWorkers.js';
import type { LoadedDesign } from '../design/loadDesign.js';
import { designSource } from './designSource.js';
import { loadedFromFile } from './loadDesign.js';
import { check, checkOptionsFor, limitsOf, type DesignResult } from './runs.js';
import { designInfo } from './designInfo.js';

/** Without `workers`, a run capped at this many states or fewer runs on {@link check} (as before decision 0044). */
export const ONE_THREAD_CAP = 200_000;

/** Options of {@link checkOnThreads}: `check`'s, and how many threads. */
export interface ThreadedCheckOptions extends CheckOptions {
  /** Worker threads (default: every core, once the space outgrows one thread). */
  readonly workers?: number;
  /** Workers join before the first level of this many states (default: `HAND_OVER_FRONTIER`, decision 0045). */
  readonly handOverFrontier?: number;
}

/**
 * {@link check} on worker threads. Workers load the design again from its file, so a design
 * that `loadDesign` did not read from a file (text, or built in code) runs on this thread;
 * so does a run with hash compaction.
 */
export async function checkOnThreads(design: LoadedDesign, options: ThreadedCheckOptions = {}): Promise<DesignResult> {
  const { workers, handOverFrontier, ...rest } = options;
  const resolved = checkOptionsFor(design, rest);
  const threads = Math.min(workers ?? defaultWorkers(), MAX_WORKERS);
  const parallel = threads > 1 && resolved.storage !== 'hash-compaction' && loadedFromFile(design);
  // Without --workers, a run capped at ONE_THREAD_CAP states or fewer keeps one thread's limit semantics.
  if (!parallel || (workers === undefined && (resolved.maxStates ?? Infinity) <= ONE_THREAD_CAP)) return check(design, resolved);
  const found = await parallelCheck(design.model, design.properties, resolved, designSource(design.file), threads, handOverFrontier === undefined ? {} : { handOverFrontier });
  const result = addFewestFaults(design.model, resolved, found);
  return { ...result, run: { command: 'check', design: designInfo(design), limits: limitsOf(resolved) } };
}
