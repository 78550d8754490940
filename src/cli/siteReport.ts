import type { SourceLocation } from '../core/errors.js';
import type { CheckResult } from '../core/result.js';
import type { LoadedDesign } from '../design/loadDesign.js';
import type { LoadedSite } from '../import/loadSite.js';
import { siteSourcesText } from '../import/siteSourcesText.js';

function importedOf(design: LoadedDesign): LoadedSite['imported'] | undefined {
  return 'imported' in design ? (design as LoadedSite).imported : undefined;
}

/** For a design imported from configs: `sources`, document path → config location (JSON reports). */
export function siteInfo(design: LoadedDesign): { sources?: Readonly<Record<string, SourceLocation>> } {
  const imported = importedOf(design);
  return imported ? { sources: Object.fromEntries(imported.sources) } : {};
}

/** For a design imported from configs: the config lines behind the violations (text reports). */
export function siteTrailer(design: LoadedDesign, result: CheckResult<unknown>): string {
  const imported = importedOf(design);
  return imported ? siteSourcesText(imported, result) : '';
}
