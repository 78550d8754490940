import { designInfo } from '../api/designInfo.js';
import { siteInfo } from '../cli/siteReport.js';
import { resolveCheckSettings } from '../cli/checkSettings.js';
import { check } from '../explore/check.js';
import { loadDesignOrSite } from '../import/loadDesignOrSite.js';
import type { SomeReport } from '../report/formats.js';

/**
 * The report `faultline check <file>` makes with no flags (the design's own budget and
 * depth, fewest faults searched), run on one thread so it is the same on every machine.
 * Load warnings are left out: the gallery shows reports, not the loader's remarks.
 */
export function galleryReport(file: string): SomeReport {
  const design = loadDesignOrSite(() => {})(file);
  const settings = resolveCheckSettings({ format: 'text' }, design.options);
  const result = check(design.model, design.properties, settings.engine);
  return { kind: 'run', command: 'check', design: { ...designInfo(design), ...siteInfo(design) }, result, limits: settings.limits };
}
