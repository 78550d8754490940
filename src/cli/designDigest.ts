import { createHash } from 'node:crypto';
import { FaultlineError } from '../core/errors.js';
import type { LoadedDesign } from '../design/loadDesign.js';

/**
 * A SHA-256 of the design as loaded — its normalised document, which for a site manifest is
 * the design its config files describe — so a merge can tell that every shard ran one design
 * and that the design it replays on is that one. Edits that change nothing the check reads
 * (comments, layout) keep it; an edit to the design or to a config file a manifest reads does not.
 */
export function designDigest(design: LoadedDesign): string {
  return createHash('sha256').update(JSON.stringify(design.document)).digest('hex');
}

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
