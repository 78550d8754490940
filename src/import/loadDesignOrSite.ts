/**
 * The design loader the CLI uses: a site manifest (a `hosts:` map of config files) is
 * imported with {@link loadSite}; anything else is a design file for {@link loadDesign}.
 */
import { readFileSync } from 'node:fs';
import { loadDesign, type LoadedDesign } from '../design/loadDesign.js';
import { parseYaml } from '../design/parseYaml.js';
import { designKinds } from '../design/registry.js';
import type { ImportDiagnostic } from './importLog.js';
import { isSiteManifest } from './manifest/readManifest.js';
import { loadSite } from './loadSite.js';

/** Whether `file` reads as a site manifest (unreadable or unparsable files are not). */
export function isSiteManifestFile(file: string): boolean {
  try {
    // parseYaml, not the library's parse: linear on big maps and alias-heavy files, and silent.
    return isSiteManifest(parseYaml(readFileSync(file, 'utf8'), file).data, designKinds.map((k) => k.section));
  } catch {
    return false;
  }
}

/** A `loadDesign` that also loads site manifests, reporting import and design warnings to `onWarning`. */
export function loadDesignOrSite(onWarning: (w: ImportDiagnostic) => void, strict = (): boolean => false): typeof loadDesign {
  return (file, kinds = designKinds): LoadedDesign => {
    if (isSiteManifestFile(file)) return loadSite(file, { onWarning, strict: strict() });
    const design = loadDesign(file, kinds);
    for (const w of design.warnings ?? []) if (w.location) onWarning({ ...w, severity: 'warning', location: w.location });
    return design;
  };
}
