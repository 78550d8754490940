import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FaultlineError } from '../core/errors.js';
import { reportFormatNames, reportFormats } from '../report/formats.js';
import type { OutputSettings } from './emitReport.js';

function fail(code: 'FL105' | 'FL106', message: string, hint: string): never {
  throw new FaultlineError({ code, message, hint });
}

/** The formats whose one document holds several designs' reports. */
function severalDesignFormats(): string[] {
  return reportFormatNames.filter((name) => !('singleDesign' in reportFormats[name] && reportFormats[name].singleDesign));
}

/**
 * Checks where the report will go before any exploring, so a long run never ends in an
 * unwritable `--out`: its folder must exist and be writable, it must not be a folder nor one
 * of the design files (FL105), and a one-design format must get one design (FL106).
 */
export function checkOutput(output: OutputSettings, designFiles: readonly string[]): void {
  const spec = reportFormats[output.format];
  if ('singleDesign' in spec && spec.singleDesign && designFiles.length > 1) {
    fail('FL106', `--format ${output.format} holds the report of one design, and ${designFiles.length} were given`, `run once per design, or choose one of ${severalDesignFormats().join(', ')} for several`);
  }
  const out = output.out;
  if (out === undefined) return;
  if (designFiles.some((file) => resolve(file) === resolve(out))) {
    fail('FL105', `--out ${out} is a design file of this run; the report would overwrite it`, 'write the report to another file, e.g. --out report.json');
  }
  const folder = dirname(resolve(out));
  const stats = statSync(folder, { throwIfNoEntry: false });
  if (stats === undefined || !stats.isDirectory()) {
    fail('FL105', `cannot write the report to ${out}: the folder ${dirname(out)} does not exist`, `create it first (mkdir -p ${dirname(out)}) or choose another --out`);
  }
  if (statSync(resolve(out), { throwIfNoEntry: false })?.isDirectory()) {
    fail('FL105', `cannot write the report to ${out}: it is a folder`, 'give a file name, e.g. --out results/report.json');
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    fail('FL105', `cannot write the report to ${out}: the folder ${dirname(out)} is not writable`, 'choose a folder you can write to');
  }
}
