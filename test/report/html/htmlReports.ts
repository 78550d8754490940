/** Reports of shipped designs, as the HTML tests render them. */
import { readFileSync } from 'node:fs';
import { designInfo } from '../../../src/api/designInfo.js';
import { check } from '../../../src/api/runs.js';
import { spof } from '../../../src/api/spof.js';
import { loadDesign, parseDesign, type LoadedDesign } from '../../../src/design/loadDesign.js';
import type { DesignInfo, RunReport } from '../../../src/report/report.js';
import type { SpofReport } from '../../../src/report/spofReport.js';

/** The design as reports carry it: with its kind, document and fault scope. */
export function reportDesign(design: LoadedDesign): DesignInfo {
  return designInfo(design);
}

/** The `check` report of a loaded design. */
export function checkReport(design: LoadedDesign): RunReport<unknown> {
  const { run, ...result } = check(design);
  return { kind: 'run', command: 'check', design: reportDesign(design), result, limits: run.limits };
}

/** The `check` report of a shipped design. */
export function shippedCheck(name: string): RunReport<unknown> {
  return checkReport(loadDesign(`models/designs/${name}.yaml`));
}

/** The spof report of a shipped design. */
export function shippedSpof(name: string): SpofReport {
  const design = loadDesign(`models/designs/${name}.yaml`);
  return spof(design);
}

/** A name and description a browser would run as script if they were not escaped. */
export const HOSTILE = `<script>window.__pwned = 1</script>"quoted" & 'single' <img src=x onerror="window.__pwned = 2">`;

/** l5-access-mii with {@link HOSTILE} as its name and description, as design text. */
export function hostileDesignText(): string {
  return readFileSync('models/designs/l5-access-mii.pitfall.yaml', 'utf8')
    .replace(/^name: .*$/m, `name: ${JSON.stringify(HOSTILE)}`)
    .replace(/^description: .*$/m, `description: ${JSON.stringify(`described as ${HOSTILE}`)}`);
}

/** {@link hostileDesignText}, loaded. */
export function hostileDesign(): LoadedDesign {
  return parseDesign(hostileDesignText(), 'models/designs/<script>"l5".yaml');
}
