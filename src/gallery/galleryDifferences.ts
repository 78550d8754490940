import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files the gallery owns in `folder`: `index.md`, `index.html` and everything under a
 * design's folder (`<name>.pitfall/`). Anything else there (a screenshot, a README) is left
 * alone by `npm run reports` and by the staleness test.
 */
export function ownedGalleryFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const owned: string[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      if (entry.endsWith('.pitfall')) for (const file of readdirSync(path).sort()) owned.push(`${entry}/${file}`);
    } else if (entry === 'index.md' || entry === 'index.html') {
      owned.push(entry);
    }
  }
  return owned;
}

/** A gallery file that is not what `npm run reports` would write now. */
export interface GalleryDifference {
  readonly file: string;
  readonly what: 'missing' | 'changed' | 'not generated any more';
}

/** The files in `folder` that differ from `expected` (path relative to the folder → content). */
export function galleryDifferences(folder: string, expected: ReadonlyMap<string, string>): GalleryDifference[] {
  const differences: GalleryDifference[] = [];
  for (const [file, text] of expected) {
    const path = join(folder, file);
    if (!existsSync(path)) differences.push({ file, what: 'missing' });
    else if (readFileSync(path, 'utf8') !== text) differences.push({ file, what: 'changed' });
  }
  for (const file of ownedGalleryFiles(folder)) if (!expected.has(file)) differences.push({ file, what: 'not generated any more' });
  return differences;
}
