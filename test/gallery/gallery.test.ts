/** The reports/ gallery: what `npm run reports` writes, and the test that keeps the committed one fresh. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { galleryDifferences } from '../../src/gallery/galleryDifferences.js';
import { galleryFile, renderGallery } from '../../src/gallery/renderGallery.js';
import { GALLERY_FOLDER, pitfallDesigns, writeGallery } from '../../src/gallery/writeGallery.js';
import type { SomeReport } from '../../src/report/formats.js';
import { reportFormatNames } from '../../src/report/formats.js';
import { toyStats, toyViolation } from '../fixtures/toyResults.js';

const toyReport = (file: string): SomeReport => ({ kind: 'run', command: 'check', design: { file, name: 'toy' }, result: toyViolation(), limits: {} });

describe('the reports gallery', () => {
  it('writes every design in every registered format, and an index linking each file', () => {
    const files = renderGallery(['models/designs/a.pitfall.yaml', 'models/designs/b.pitfall.yaml'], reportFormatNames, toyReport);
    for (const design of ['a.pitfall', 'b.pitfall']) for (const format of reportFormatNames) expect(files.has(galleryFile(`${design}.yaml`, format))).toBe(true);
    const index = files.get('index.md')!;
    for (const file of files.keys()) if (file !== 'index.md' && file !== 'index.html') expect(index).toContain(`(${file})`);
    expect(index).toContain('fails: single-master (2 of 3 hold)');
  });

  it('leaves run times out, so a slower machine changes nothing', () => {
    const slow = (file: string): SomeReport => ({ ...toyReport(file), result: { ...toyViolation(), stats: { ...toyStats, seconds: 99, statesPerSecond: 1 } } } as SomeReport);
    const fast = renderGallery(['a.pitfall.yaml'], reportFormatNames, toyReport);
    expect(renderGallery(['a.pitfall.yaml'], reportFormatNames, slow)).toEqual(fast);
  });

  it('names the files that are missing, changed or no longer generated', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fl-gallery-'));
    mkdirSync(join(folder, 'old.pitfall'));
    writeFileSync(join(folder, 'old.pitfall', 'check.txt'), 'old');
    writeFileSync(join(folder, 'index.md'), 'stale');
    writeFileSync(join(folder, 'screenshot.png'), 'not the gallery’s');
    const expected = new Map([['index.md', 'fresh'], ['a.pitfall/check.txt', 'a']]);
    expect(galleryDifferences(folder, expected)).toEqual([
      { file: 'index.md', what: 'changed' },
      { file: 'a.pitfall/check.txt', what: 'missing' },
      { file: 'old.pitfall/check.txt', what: 'not generated any more' },
    ]);
  });

  it('is fresh: regenerating it from the shipped pitfall designs changes nothing (else run `npm run reports`)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fl-gallery-'));
    const files = writeGallery(folder, pitfallDesigns());
    expect(readFileSync(join(folder, 'index.md'), 'utf8')).toBe(files.get('index.md'));
    const stale = galleryDifferences(GALLERY_FOLDER, files).map((d) => `${GALLERY_FOLDER}/${d.file} (${d.what})`);
    expect(stale, `the committed ${GALLERY_FOLDER}/ is stale; run \`npm run reports\` and commit it. Differing files:\n  ${stale.join('\n  ')}`).toEqual([]);
  }, 600_000);
});
