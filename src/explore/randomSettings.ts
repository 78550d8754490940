import type { Progress, SimulateOptions } from './options.js';

/** {@link SimulateOptions} resolved once, at the edge: nothing downstream sees `undefined`. */
export interface RandomSettings {
  readonly seed: number;
  readonly runs: number;
  readonly maxSteps: number;
  /** Infinity when unbounded. */
  readonly maxFaults: number;
  /** Infinity when there is no timeout. */
  readonly timeoutMs: number;
  readonly shrink: boolean;
  readonly onProgress: (progress: Progress) => void;
}

/** Default number of walks. */
export const DEFAULT_RUNS = 1000;
/** Default steps per walk at most. */
export const DEFAULT_MAX_STEPS = 100;

/** A fresh seed for a run that was given none (printed with the run, so it reruns). */
export function drawSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

/** Resolves options, drawing a seed when none is given. Throws RangeError on bad values. */
export function resolveRandomSettings(options: SimulateOptions): RandomSettings {
  const seed = options.seed ?? drawSeed();
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const runs = options.runs ?? DEFAULT_RUNS;
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const maxFaults = options.maxFaults ?? Infinity;
  wholeNumber('runs', runs);
  wholeNumber('maxSteps', maxSteps);
  if (maxFaults !== Infinity) wholeNumber('maxFaults', maxFaults);
  const timeout = options.timeoutSeconds;
  if (timeout !== undefined && !(timeout > 0)) {
    throw new RangeError(`timeoutSeconds must be positive, got ${timeout}`);
  }
  return {
    seed: seed | 0,
    runs,
    maxSteps,
    maxFaults,
    timeoutMs: timeout === undefined ? Infinity : timeout * 1000,
    shrink: options.shrink ?? true,
    onProgress: options.onProgress ?? (() => {}),
  };
}

function wholeNumber(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number, got ${value}`);
  }
}
