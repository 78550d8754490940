import { totalmem } from 'node:os';
import type { StorageMode } from '../core/result.js';
import type { CheckOptions, Progress } from './options.js';
import type { SweepShard } from './sweepTypes.js';

/** Check options resolved once, at the edge: nothing downstream tests for `undefined`. */
export interface CheckSettings {
  readonly maxStates: number;
  readonly maxDepth: number;
  readonly maxFaults: number;
  readonly timeoutMs: number;
  readonly maxMemoryBytes: number;
  readonly storage: StorageMode;
  readonly checkDeadlocks: boolean;
  readonly stopAtFirstViolation: boolean;
  readonly fewestFaults: boolean;
  /** The share of first faults explored (decision 0048); undefined: every run. */
  readonly shard: SweepShard | undefined;
  /** `performance.now()` when the run's clock started (the timeout counts from there). */
  readonly startedAt: number;
  readonly onProgress: ((progress: Progress) => void) | undefined;
}

/** Default memory ceiling: 70 % of the machine's memory. */
export function defaultMaxMemoryBytes(): number {
  return Math.floor(totalmem() * 0.7);
}

/** Fills in defaults and validates ranges (RangeError on nonsense, which callers map to FL101). */
export function resolveCheckOptions(options: CheckOptions): CheckSettings {
  const positive = (name: string, v: number | undefined, fallback: number): number => {
    if (v === undefined) return fallback;
    if (!(v >= 0)) throw new RangeError(`${name} must be a number ≥ 0, got ${v}`);
    return v;
  };
  const maxFaults = positive('maxFaults', options.maxFaults, Infinity);
  if (Number.isFinite(maxFaults) && (!Number.isInteger(maxFaults) || maxFaults > 250)) {
    throw new RangeError(`maxFaults must be an integer in 0..250, got ${maxFaults}`);
  }
  return {
    maxStates: positive('maxStates', options.maxStates, Infinity),
    maxDepth: positive('maxDepth', options.maxDepth, Infinity),
    maxFaults,
    timeoutMs: positive('timeoutSeconds', options.timeoutSeconds, Infinity) * 1000,
    maxMemoryBytes:
      options.maxMemoryMiB === undefined
        ? defaultMaxMemoryBytes()
        : positive('maxMemoryMiB', options.maxMemoryMiB, 0) * 2 ** 20,
    storage: options.storage ?? 'exact',
    checkDeadlocks: options.checkDeadlocks ?? false,
    stopAtFirstViolation: options.stopAtFirstViolation ?? false,
    fewestFaults: options.fewestFaults ?? true,
    shard: shardOf(options.shard),
    startedAt: options.startedAt ?? performance.now(),
    onProgress: options.onProgress,
  };
}

/** A valid share (1/1 is the whole run), or undefined (RangeError on a share that names none). */
function shardOf(shard: CheckOptions['shard']): SweepShard | undefined {
  if (shard === undefined) return undefined;
  const { index, count } = shard;
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`shard must be { index, count } with whole numbers 0 ≤ index < count, got { index: ${index}, count: ${count} }`);
  }
  return { index, count };
}
