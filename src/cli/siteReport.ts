import type { CheckResult } from '../core/result.js';
import type { LoadedDesign } from '../design/loadDesign.js';
import type { LoadedSite } from '../import/loadSite.js';
import { siteSourcesText } from '../import/siteSourcesText.js';

/** For a design imported from configs: the config lines behind the violations (text reports). */
export function siteTrailer(design: LoadedDesign, result: CheckResult<unknown>): string {
  const imported = 'imported' in design ? (design as LoadedSite).imported : undefined;
  return imported ? siteSourcesText(imported, result) : '';
}
