/**
 * The gallery's screenshot of an HTML report: opens a report page in headless Chromium, steps
 * into its first trace with the → key as a reader would, and saves the window as a PNG.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openChromium } from './openChromium.js';

/** Saves a screenshot of the HTML report `page`, `steps` steps into its first trace. */
export async function screenshotReport(page: string, png: string, steps = 1): Promise<void> {
  const browser = await openChromium();
  try {
    const tab = await browser.context.newPage();
    await tab.goto(pathToFileURL(resolve(page)).href);
    for (let i = 0; i < steps; i++) await tab.keyboard.press('ArrowRight');
    await tab.screenshot({ path: png });
  } finally {
    await browser.close();
  }
}
