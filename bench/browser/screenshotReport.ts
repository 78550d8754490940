/**
 * The gallery's screenshot of an HTML report: `npm run screenshot` renders the check report of
 * one shipped pitfall (a topology whose switch fails), opens it in headless Chromium, steps to
 * the fault with the → key as a reader would, and saves the window as a PNG.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from '../../src/api/runs.js';
import { loadDesign } from '../../src/design/loadDesign.js';
import { renderHtml } from '../../src/report/html/renderHtml.js';
import { openChromium } from './openChromium.js';

/** Saves a screenshot of the HTML report of `designFile`'s check run, `steps` steps into its first trace. */
export async function screenshotReport(designFile: string, png: string, steps = 1): Promise<void> {
  const design = loadDesign(designFile);
  const { run, ...result } = check(design);
  const html = renderHtml([{ kind: 'run', command: 'check', design: { ...run.design, kind: design.kind.section, document: design.document, faults: design.faultScope }, result, limits: run.limits }]);
  const dir = mkdtempSync(join(tmpdir(), 'faultline-screenshot-'));
  const page = join(dir, 'report.html');
  writeFileSync(page, html);
  const browser = await openChromium();
  try {
    const tab = await browser.context.newPage();
    await tab.goto(pathToFileURL(page).href);
    for (let i = 0; i < steps; i++) await tab.keyboard.press('ArrowRight');
    await tab.screenshot({ path: png });
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
