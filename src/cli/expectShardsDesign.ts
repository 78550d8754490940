import { FaultlineError } from '../core/errors.js';
import { designDigest } from '../design/designDigest.js';
import type { LoadedDesign } from '../design/loadDesign.js';

/**
 * Checks that `design` (loaded again for a merge) is the design the shards ran (its
 * {@link designDigest} is `sha256`): a merge that replays traces on it must read that one.
 * FL131 otherwise.
 */
export function expectShardsDesign(design: LoadedDesign, sha256: string, ran: string): void {
  if (designDigest(design) === sha256) return;
  throw new FaultlineError({
    code: 'FL131',
    message: `${design.file} is not the design the shards ${ran} (it, or a config file it reads, changed since)`,
    hint: 'run faultline merge where the shards ran (same checkout, same working folder): the merge replays the traces on the design',
  });
}
