/**
 * Which config line set each named element of an imported design: for every `...name` entry of
 * the source map, the element's name (read from the document) and the location of its block.
 */
import type { SourceLocation } from '../../core/errors.js';
import type { ImportedDesign } from './importedDesign.js';

/** Element name → where it was configured (the block that defines it). */
export function elementSources(design: ImportedDesign): Map<string, SourceLocation> {
  const out = new Map<string, SourceLocation>();
  for (const [key, at] of design.sources) {
    if (!key.endsWith('.name')) continue;
    const path = key.split('.');
    let value: unknown = design.document;
    for (const segment of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    const owner = design.sources.get(path.slice(0, -1).join('.')) ?? at;
    if (typeof value === 'string' && !out.has(value)) out.set(value, owner);
  }
  return out;
}
