/**
 * `npm run screenshot`: the gallery's screenshot of an HTML report.
 *
 *   node dist/bench/browser/screenshotMain.js [design.yaml] [out.png]
 */
import { chromiumMissing } from './openChromium.js';
import { screenshotReport } from './screenshotReport.js';

const [designFile = 'models/designs/l5-access-mii.pitfall.yaml', png = 'reports/screenshot.png'] = process.argv.slice(2);
const missing = chromiumMissing();
if (missing !== undefined) {
  process.stderr.write(`screenshot: ${missing}\n`);
  process.exit(1);
}
await screenshotReport(designFile, png);
process.stdout.write(`wrote ${png}\n`);
