import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FaultlineError } from '../core/errors.js';

/** A SHA-256 of a design file's text, so a merge can tell that every shard ran one design. */
export function designDigest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Checks that `file` still holds the text the shards ran (its SHA-256 is `sha256`): a merge
 * that replays traces on the design must read that text. FL131 otherwise.
 */
export function expectShardsDesign(file: string, sha256: string, ran: string): void {
  let digest: string | undefined;
  try {
    digest = designDigest(file);
  } catch {
    digest = undefined;
  }
  if (digest === sha256) return;
  throw new FaultlineError({
    code: 'FL131',
    message: digest === undefined ? `cannot read ${file}, the design the shards ${ran}` : `${file} is not the text the shards ${ran} (it changed since)`,
    hint: 'run faultline merge where the shards ran (same checkout, same working folder): the merge replays the traces on the design',
  });
}
