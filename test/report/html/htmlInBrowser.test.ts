import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, openChromium } from '../../../bench/browser/openChromium.js';
import { buildOnce, faultline } from '../../cli/runFaultline.js';
import { HOSTILE, hostileDesignText } from './htmlReports.js';

const missing = chromiumMissing();
if (missing !== undefined && process.env['CI'] === 'true') throw new Error(`the browser tests need Chromium in CI: ${missing}`);
if (missing !== undefined) console.warn(`skipping the HTML report browser tests: ${missing}`);

describe.skipIf(missing !== undefined)('the HTML report in a real browser', () => {
  let browser: Awaited<ReturnType<typeof openChromium>>;
  let page: Page;
  let spofFile: string;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    // The pages as a person makes them: the built CLI, two designs in one check run, and a spof sweep.
    buildOnce();
    const dir = mkdtempSync(join(tmpdir(), 'faultline-html-'));
    const hostile = join(dir, 'hostile.yaml');
    writeFileSync(hostile, hostileDesignText());
    const file = join(dir, 'report.html');
    const check = faultline('check', 'models/designs/r6-advert-mismatch.pitfall.yaml', hostile, '--format', 'html', '--out', file);
    expect(check.stderr).toContain(`wrote the html report to ${file}`);
    expect(check.code).toBe(1);
    spofFile = join(dir, 'spof.html');
    expect(faultline('spof', 'models/designs/l1-failure-points.pitfall.yaml', '--format', 'html', '--out', spofFile).code).toBe(1);
    browser = await openChromium();
    page = await browser.context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  const vrrp = () => page.locator('section.trace').first();
  const l5 = () => page.locator('section.trace').last();

  it('opens without errors and asks the network for nothing', () => {
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
  });

  it('steps through a trace with the arrow keys: the action, what changed, and the master marked on the picture', async () => {
    await expect.poll(() => vrrp().locator('.position').textContent()).toBe('initial state (0 of 31)');
    for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight');
    expect(await vrrp().locator('.position').textContent()).toBe('step 14 (14 of 31)');
    expect(await vrrp().locator('.step:not([hidden]) .action').textContent()).toBe('downTimer(gw-a)');
    expect(await vrrp().locator('.step:not([hidden]) .changes').textContent()).toContain('gw-a.state');
    expect(await vrrp().locator('[data-el="n:gw-a"]').getAttribute('class')).toContain('m-master');
    expect(await vrrp().locator('[data-badge="n:gw-a"]').textContent()).toBe('MASTER');
    await page.keyboard.press('ArrowLeft');
    expect(await vrrp().locator('.step:not([hidden]) .action').textContent()).toBe('tick');
    expect(await vrrp().locator('[data-el="n:gw-a"]').getAttribute('class')).not.toContain('m-master');
  });

  it('steps with the buttons, and the keys then drive the trace last used: a failed switch marked in the SVG', async () => {
    await l5().locator('button.next').click();
    expect(await l5().locator('.step:not([hidden]) .action').textContent()).toBe('switch Switch1 down [fault]');
    expect(await l5().locator('svg [data-el="n:Switch1"]').getAttribute('class')).toContain('m-failed');
    expect(await l5().locator('svg [data-badge="n:Switch1"]').textContent()).toBe('down');
    // Server1 is cut off from two peers: one mark, one word.
    expect(await l5().locator('svg [data-badge="n:Server1"]').textContent()).toBe('unreachable');
    await page.keyboard.press('ArrowLeft');
    expect(await l5().locator('.position').textContent()).toBe('initial state (0 of 1)');
    expect(await l5().locator('svg [data-el="n:Switch1"]').getAttribute('class')).not.toContain('m-failed');
    expect(await vrrp().locator('.position').textContent()).toBe('step 13 (13 of 31)');
  });

  it('shows a design whose name holds <script> and quotes as text, and runs none of it', async () => {
    const heading = await page.locator('section.report').last().locator('h2').textContent();
    expect(heading).toContain(HOSTILE);
    expect(await page.locator('section.report').last().locator('p.describe').first().textContent()).toBe(`described as ${HOSTILE}`);
    expect(await page.title()).toContain(HOSTILE);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('script').count()).toBe(1);
  });

  it('marks a spof fault set on the picture when the reader chooses it, and only that set', async () => {
    const spof = await browser.context.newPage();
    await spof.goto(pathToFileURL(spofFile).href);
    const rows = spof.locator('tr.faultset');
    expect(await rows.count()).toBe(2);
    const switch1 = spof.locator('svg [data-el="n:Switch1"]');
    expect(await switch1.getAttribute('class')).not.toContain('m-failed');
    await rows.nth(0).locator('button.show').click();
    expect(await rows.nth(0).textContent()).toContain('switch Switch1 down');
    expect(await switch1.getAttribute('class')).toContain('m-failed');
    await rows.nth(1).locator('button.show').click();
    expect(await switch1.getAttribute('class')).not.toContain('m-failed');
    expect(await spof.locator('svg .m-failed').count()).toBe(1);
    // The link's class also holds the switch port and the NIC: any one of them has the same effect.
    expect(await rows.nth(1).textContent()).toContain('same effect');
    expect(await spof.locator('svg .port.m-alike').count()).toBe(2);
    await spof.close();
  });
});
