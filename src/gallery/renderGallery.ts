import { basename } from 'node:path';
import { reportFormatNames, reportFormats, type ReportFormat, type SomeReport } from '../report/formats.js';
import { plain } from '../report/style.js';
import { galleryIndexHtml, galleryIndexMarkdown, type GalleryEntry } from './galleryIndex.js';
import { galleryReport } from './galleryReport.js';

/** The gallery's file of one design in one format, relative to the gallery folder: `r6-advert-mismatch.pitfall/check.md`. */
export function galleryFile(design: string, format: ReportFormat): string {
  return `${basename(design).replace(/\.(ya?ml|json)$/, '')}/check${reportFormats[format].extension}`;
}

/**
 * Every file of the gallery, by its path relative to the gallery folder: for each design its
 * `check` report in every registered format (timings left out, so the files change only when
 * a verdict, a trace or a renderer does), and `index.md` (plus `index.html` once an `html`
 * format is registered) linking them. `formats` defaults to the whole registry, so a newly
 * registered format appears without touching the gallery.
 */
export function renderGallery(designs: readonly string[], formats: readonly ReportFormat[] = reportFormatNames, report: (file: string) => SomeReport = galleryReport): Map<string, string> {
  const files = new Map<string, string>();
  const entries: GalleryEntry[] = [];
  for (const design of designs) {
    const one = report(design);
    const links = formats.map((format) => ({ format, file: galleryFile(design, format) }));
    for (const { format, file } of links) files.set(file, reportFormats[format].render([one], { style: plain, timing: false }));
    entries.push({ report: one, links });
  }
  files.set('index.md', galleryIndexMarkdown(entries));
  if (formats.includes('html' as ReportFormat)) files.set('index.html', galleryIndexHtml(entries));
  return files;
}
