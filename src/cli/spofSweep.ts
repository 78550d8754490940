/**
 * Loads a design and runs its spof sweep (or one shard of it) as a shard result. Shared by
 * `faultline spof` and its worker threads, which load the design themselves.
 */
import { spofShard } from '../api/spof.js';
import type { loadDesign } from '../design/loadDesign.js';
import type { SweepProgress, SweepShard } from '../explore/sweepTypes.js';
import type { SpofShardResult } from '../report/spofShard.js';

/** What one sweep (or shard of one) runs with. */
export interface SpofSweepSettings {
  readonly k: number;
  readonly timeoutSeconds?: number;
  readonly shard?: SweepShard;
  readonly onProgress?: (progress: SweepProgress) => void;
}

/** Loads `file` and sweeps its share of fault sets (no shard: the whole sweep, as share 1/1). */
export function spofSweep(file: string, settings: SpofSweepSettings, load: typeof loadDesign): SpofShardResult {
  return spofShard(load(file), settings);
}
