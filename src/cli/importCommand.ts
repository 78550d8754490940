import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { ExitCode } from '../core/result.js';
import { annotatedDesignYaml } from '../import/annotatedDesignYaml.js';
import { formatWarning, ImportLog } from '../import/importLog.js';
import { importSite } from '../import/importSite.js';
import { loadImported } from '../import/loadSite.js';
import type { CliContext } from './context.js';

const DESCRIPTION = `Reads the configuration files a site manifest names (keepalived.conf with the notify and
check scripts it runs, DRBD .res and drbd.conf, resolv.conf) and writes the faultline design
they describe, each value commented with the config line that set it. Nothing read is
executed. A directive faultline does not model is a warning at its line; --strict makes it an
error. \`faultline check MANIFEST\` checks the same design directly.`;

/** Options of `faultline import`. */
export interface RawImportOptions {
  readonly out?: string;
  readonly strict?: boolean;
}

/** Runs `faultline import` and returns its exit code. */
export function runImport(file: string, raw: RawImportOptions, ctx: CliContext): number {
  const strict = raw.strict === true;
  const log = new ImportLog();
  const { manifest, design } = importSite(file, log);
  log.throwIfFailed(strict || manifest.strict);
  for (const w of log.warnings()) ctx.io.err(`${formatWarning(w)}\n`);
  // Loading validates the design against its kind, with errors at the config lines.
  loadImported(design, file);
  const base = raw.out ? dirname(resolve(raw.out)) : process.cwd();
  const text = annotatedDesignYaml(design, base, ` Imported by faultline from ${file}; each comment names the config line that set the value.`);
  if (raw.out) {
    writeFileSync(raw.out, text);
    ctx.io.err(`wrote the design to ${raw.out}\n`);
  } else ctx.io.out(text);
  return ExitCode.ok;
}

/** Adds `import` to the program. */
export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .summary('write the design a site manifest\'s config files describe')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, ' '))
    .argument('<manifest>', 'site manifest (YAML): hosts and their config files')
    .option('--out <file>', 'write the design to this file instead of stdout')
    .option('--strict', 'treat warnings about unmodelled directives as errors')
    .addHelpText('after', '\nExample:\n  $ faultline import site.yaml --out design.yaml\n')
    .action((manifest: string, options: RawImportOptions) => ctx.setExitCode(runImport(manifest, options, ctx)));
}
