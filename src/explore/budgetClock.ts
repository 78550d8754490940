import { getHeapStatistics } from 'node:v8';
import type { LimitName } from '../core/result.js';

/** How often, in milliseconds, the clock and the heap are read at most. */
const READ_EVERY_MS = 10;
/**
 * The most units between two reads. A fast exhaustive search ticks ~6 M times a second, so a
 * cap of 4,096 read the heap every 0.7 ms and spent 4–10% of the run there (decision 0043).
 */
const MAX_STRIDE = 1 << 16;

/**
 * The time and memory limits of a run, read by elapsed time rather than by a fixed count of
 * states: `tick()` is called once per unit of work (an expanded state, a walk step) and reads
 * the clock only every `stride` calls, a stride it adapts so that reads happen about every
 * {@link READ_EVERY_MS} ms whatever one unit costs — a cheap state and a 50-switch topology
 * state alike stop within a small margin of `--timeout`. The memory limit counts the whole
 * process (V8 heap and buffers outside it), not only the visited-state store.
 */
export class BudgetClock {
  private stride = 1;
  private count = 0;
  private lastRead: number;
  /** The limit that has run out, once one has. */
  exceeded: LimitName | undefined;

  constructor(
    private readonly started: number,
    private readonly timeoutMs: number,
    private readonly maxMemoryBytes: number,
  ) {
    this.lastRead = started;
  }

  /** Counts one unit of work; true once a limit has run out. */
  tick(): boolean {
    if (++this.count < this.stride) return this.exceeded !== undefined;
    this.count = 0;
    return this.read();
  }

  /** Reads the clock and the heap now; true once a limit has run out. */
  read(): boolean {
    const now = performance.now();
    const since = now - this.lastRead;
    this.lastRead = now;
    this.stride = since <= 0 ? Math.min(this.stride * 2, MAX_STRIDE) : Math.max(1, Math.min(MAX_STRIDE, Math.floor((this.stride * READ_EVERY_MS) / since)));
    if (this.exceeded !== undefined) return true;
    if (now - this.started > this.timeoutMs) this.exceeded = 'timeout';
    else if (Number.isFinite(this.maxMemoryBytes) && processBytes() > this.maxMemoryBytes) this.exceeded = 'max-memory';
    return this.exceeded !== undefined;
  }
}

/**
 * Bytes the process holds in the V8 heap and in buffers outside it (typed arrays): the
 * `heapUsed + external` of `process.memoryUsage()`, read without its resident-set system call.
 */
export function processBytes(): number {
  const heap = getHeapStatistics();
  return heap.used_heap_size + heap.external_memory;
}
