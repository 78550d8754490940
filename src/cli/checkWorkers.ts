/**
 * Which engine `faultline check` runs: one thread, or the parallel search of decision 0030
 * on `--workers N` threads (default: every core). Without `--workers`, a run first explores up
 * to {@link PROBE_STATES} states on this thread and only starts workers when the space is
 * larger — small designs finish before workers would have started. Both engines give the same
 * counts, verdicts and traces.
 */
import type { CheckResult } from '../core/result.js';
import type { LoadedDesign } from '../design/loadDesign.js';
import { addFewestFaults } from '../explore/check.js';
import type { CheckOptions } from '../explore/options.js';
import { MAX_WORKERS, parallelCheck } from '../explore/parallel/parallelCheck.js';
import { defaultWorkers } from '../explore/parallel/runWorkers.js';
import type { CliDeps } from './deps.js';
import { designSource } from './designSource.js';

/** States a default run explores on one thread before it considers workers. */
export const PROBE_STATES = 200_000;

/** Runs the exhaustive search of `design` on the engine `workers` asks for. */
export async function checkWithWorkers(
  design: LoadedDesign,
  options: CheckOptions,
  workers: number | undefined,
  deps: CliDeps,
): Promise<CheckResult<unknown>> {
  const threads = Math.min(workers ?? defaultWorkers(), MAX_WORKERS);
  const parallel = threads > 1 && options.storage !== 'hash-compaction';
  if (!parallel) return deps.check(design.model, design.properties, options);
  if (workers === undefined) {
    const cap = options.maxStates ?? Infinity;
    if (cap <= PROBE_STATES) return deps.check(design.model, design.properties, options);
    const probe = deps.check(design.model, design.properties, { ...options, maxStates: PROBE_STATES });
    if (probe.status === 'error' || probe.stats.states < PROBE_STATES) return probe;
  }
  const result = await parallelCheck(design.model, design.properties, options, designSource(design.file), threads);
  return addFewestFaults(design.model, options, result);
}
