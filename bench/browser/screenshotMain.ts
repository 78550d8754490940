/**
 * `npm run screenshot`: the gallery's screenshot, `reports/screenshot.png`, of the gallery's
 * HTML report of l5-access-mii (run `npm run reports` first), one step in: the failed switch.
 *
 *   node dist/bench/browser/screenshotMain.js [report.html] [out.png]
 */
import { existsSync } from 'node:fs';
import { chromiumMissing } from './openChromium.js';
import { screenshotReport } from './screenshotReport.js';

const [page = 'reports/l5-access-mii.pitfall/check.html', png = 'reports/screenshot.png'] = process.argv.slice(2);
const missing = chromiumMissing() ?? (existsSync(page) ? undefined : `${page} not found (npm run reports writes it)`);
if (missing !== undefined) {
  process.stderr.write(`screenshot: ${missing}\n`);
  process.exit(1);
}
await screenshotReport(page, png);
process.stdout.write(`wrote ${png}\n`);
