/**
 * CPU time of the calling thread, for the parallel search's own accounting (decision 0044):
 * `process.cpuUsage()` adds up every thread of the process, and Node 20 has no per-thread
 * figure, so on Linux this reads the scheduler's nanosecond run time of the thread
 * (`/proc/thread-self/schedstat`, first field). Elsewhere, or when the file cannot be read: NaN.
 */
import { readFileSync } from 'node:fs';

let readable = process.platform === 'linux';

/** Seconds this thread has run on a CPU since it started, or NaN where that cannot be known. */
export function threadCpuSeconds(): number {
  if (!readable) return NaN;
  try {
    const text = readFileSync('/proc/thread-self/schedstat', 'latin1');
    return Number(text.slice(0, text.indexOf(' '))) / 1e9;
  } catch {
    readable = false;
    return NaN;
  }
}
