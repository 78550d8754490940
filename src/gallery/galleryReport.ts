import { loadDesign } from '../api/loadDesign.js';
import { check, runReport } from '../api/runs.js';
import { resolveCheckSettings } from '../cli/checkSettings.js';
import type { SomeReport } from '../report/formats.js';

/**
 * The report `faultline check <file>` makes with no flags (the design's own budget and
 * depth, fewest faults searched), run on one thread so it is the same on every machine.
 * Load warnings are left out: the gallery shows reports, not the loader's remarks.
 */
export function galleryReport(file: string): SomeReport {
  const design = loadDesign(file);
  const settings = resolveCheckSettings({ format: 'text' }, design.options);
  return runReport(check(design, settings.engine));
}
