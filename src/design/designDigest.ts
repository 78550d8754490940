import { createHash } from 'node:crypto';
import type { LoadedDesign } from './loadDesign.js';

/**
 * A SHA-256 of the design as loaded — its normalised document, which for a site manifest is
 * the design its config files describe — so a merge can tell that every shard ran one design
 * and that the design it replays on is that one. Edits that change nothing the check reads
 * (comments, layout) keep it; an edit to the design or to a config file a manifest reads does not.
 */
export function designDigest(design: Pick<LoadedDesign, 'document'>): string {
  return createHash('sha256').update(JSON.stringify(design.document)).digest('hex');
}
