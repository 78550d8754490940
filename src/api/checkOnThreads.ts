/**
 * `check` on several threads: the parallel search of decision 0030 on `workers` threads
 * (default: every core). Without `workers`, a run first explores up to {@link PROBE_STATES}
 * states on this thread and only starts workers when the space is larger — small designs
 * finish before workers would have started. Both engines give the same counts, verdicts and
 * traces. This is what `faultline check` runs.
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

/** States a default run explores on one thread before it considers workers. */
export const PROBE_STATES = 200_000;

/** Options of {@link checkOnThreads}: `check`'s, and how many threads. */
export interface ThreadedCheckOptions extends CheckOptions {
  /** Worker threads (default: every core, once the space outgrows one thread). */
  readonly workers?: number;
}

/**
 * {@link check} on worker threads. Workers load the design again from its file, so a design
 * that `loadDesign` did not read from a file (text, or built in code) runs on this thread;
 * so does a run with hash compaction.
 */
export async function checkOnThreads(design: LoadedDesign, options: ThreadedCheckOptions = {}): Promise<DesignResult> {
  const { workers, ...rest } = options;
  const resolved = checkOptionsFor(design, rest);
  const threads = Math.min(workers ?? defaultWorkers(), MAX_WORKERS);
  const parallel = threads > 1 && resolved.storage !== 'hash-compaction' && loadedFromFile(design);
  if (!parallel) return check(design, resolved);
  if (workers === undefined) {
    const cap = resolved.maxStates ?? Infinity;
    if (cap <= PROBE_STATES) return check(design, resolved);
    const probe = check(design, { ...resolved, maxStates: PROBE_STATES });
    if (probe.status === 'error' || probe.stats.states < PROBE_STATES) return { ...probe, run: { ...probe.run, limits: limitsOf(resolved) } };
  }
  const found = await parallelCheck(design.model, design.properties, resolved, designSource(design.file), threads);
  const result = addFewestFaults(design.model, resolved, found);
  return { ...result, run: { command: 'check', design: designInfo(design), limits: limitsOf(resolved) } };
}
