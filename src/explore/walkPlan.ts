/**
 * The walks of a random run, numbered: walk `o` of a run with seed `s` is always the same
 * three numbers (initial-state choice, step PRNG seed, fault rate), whatever machine, thread
 * or shard runs it. So a run split by walk number — one process, W worker threads or n shards
 * on n machines — walks exactly the walks of the unsplit run
 * (docs/decisions/0037-simulate-shards.md).
 */
import { fmix32 } from './hashBytes.js';

/** Fault rates (per thousand steps) a walk draws from; -1 picks among all successors alike. */
export const FAULT_RATES = [-1, 0, 10, 30, 100, 300] as const;

/** One walk's numbers, as {@link WalkRunner.run} takes them. */
export interface WalkNumbers {
  readonly initial: number;
  readonly seed: number;
  readonly faultPermille: number;
}

/** The numbers of walk `ordinal` (0-based) of the run seeded `seed`. */
export function walkNumbers(seed: number, ordinal: number): WalkNumbers {
  const low = ordinal >>> 0;
  const high = Math.floor(ordinal / 0x1_0000_0000) | 0;
  const h = fmix32(fmix32(seed ^ 0x5bd1e995) ^ fmix32(low + 0x9e3779b9) ^ Math.imul(high, 0x27d4eb2f));
  return {
    initial: fmix32(h ^ 0x1b873593) & 0x7fffffff,
    seed: fmix32(h ^ 0xcc9e2d51) | 0,
    faultPermille: FAULT_RATES[fmix32(h ^ 0xe6546b64) % FAULT_RATES.length] as number,
  };
}
