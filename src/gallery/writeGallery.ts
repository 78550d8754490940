import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ownedGalleryFiles } from './galleryDifferences.js';
import { renderGallery } from './renderGallery.js';

/** Where the gallery lives and what it is made from, relative to the repository root. */
export const GALLERY_FOLDER = 'reports';
export const GALLERY_DESIGNS = 'models/designs';

/** The shipped pitfall designs, sorted: `models/designs/*.pitfall.yaml`. */
export function pitfallDesigns(folder: string = GALLERY_DESIGNS): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.pitfall.yaml'))
    .sort()
    .map((f) => `${folder}/${f}`);
}

/**
 * Regenerates the gallery in `folder` (`npm run reports`): writes every file
 * {@link renderGallery} makes and removes the gallery files it no longer makes (a design
 * renamed, a format dropped); files the gallery does not own stay.
 */
export function writeGallery(folder: string = GALLERY_FOLDER, designs: readonly string[] = pitfallDesigns()): Map<string, string> {
  const files = renderGallery(designs);
  for (const file of ownedGalleryFiles(folder)) if (!files.has(file)) rmSync(join(folder, file));
  for (const [file, text] of files) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  for (const entry of readdirSync(folder)) {
    if (entry.endsWith('.pitfall') && readdirSync(join(folder, entry)).length === 0) rmSync(join(folder, entry), { recursive: true });
  }
  return files;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const files = writeGallery(process.argv[2]);
  process.stderr.write(`wrote ${files.size} files to ${process.argv[2] ?? GALLERY_FOLDER}/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
