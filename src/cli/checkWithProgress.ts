import { checkOnThreads } from '../api/checkOnThreads.js';
import type { DesignResult } from '../api/runs.js';
import type { LoadedDesign } from '../design/loadDesign.js';
import type { CheckOptions } from '../explore/options.js';
import type { CliIo } from './io.js';
import { statesProgress } from './progress.js';

/**
 * `checkOnThreads` as `faultline check` runs it (a whole run or a shard): the run's clock
 * started at `startedAt`, the progress line drawn on a terminal and stopped however it ends.
 */
export async function checkWithProgress(design: LoadedDesign, engine: Omit<CheckOptions, 'onProgress'>, workers: number | undefined, startedAt: number, io: CliIo): Promise<DesignResult> {
  const progress = statesProgress(io);
  try {
    return await checkOnThreads(design, { ...engine, startedAt, onProgress: progress.update, ...(workers === undefined ? {} : { workers }) });
  } finally {
    progress.done();
  }
}
