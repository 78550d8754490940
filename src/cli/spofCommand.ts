import { Option, type Command } from 'commander';
import { spof } from '../api/spof.js';
import { ExitCode } from '../core/result.js';
import type { SweepProgress } from '../explore/sweepTypes.js';
import { renderSpofJson } from '../report/spofJson.js';
import { renderSpofText } from '../report/spofText.js';
import { coloured, plain, wantsColour } from '../report/style.js';
import { formatCount } from '../report/textStats.js';
import type { CliContext } from './context.js';
import { integerAtLeast, positiveNumber } from './parseNumber.js';

const DESCRIPTION = `Fails every set of up to k elements of a topology design (default 1: every single
failure), exhaustively, converges the network after each and prints the table of fault sets
that break a property, with evidence (which endpoints no longer reach which), the shortest
trace of each (a path for faultline replay) and a summary line. Elements with the same effect
(a link, its ports, the NIC at its end) are one class, elements proved to change nothing are
skipped, and only minimal fault sets are listed. Exits 1 when something breaks, 0 otherwise.`;

interface RawSpofOptions {
  readonly k: number;
  readonly format: 'text' | 'json';
  readonly timeout?: number;
  readonly requireComplete?: boolean;
}

/** Runs `faultline spof` and returns its exit code. */
export function runSpof(file: string, raw: RawSpofOptions, ctx: CliContext): number {
  const design = ctx.deps.loadDesign(file);
  let drawn = false;
  const report = spof(design, {
    k: raw.k,
    ...(raw.timeout === undefined ? {} : { timeoutSeconds: raw.timeout }),
    ...(ctx.io.stderrIsTTY
      ? {
          onProgress: (p: SweepProgress) => {
            drawn = true;
            ctx.io.err(`\r\x1b[2K${formatCount(p.done)} / ${formatCount(p.total)} class sets  ${p.seconds.toFixed(1)} s`);
          },
        }
      : {}),
  });
  if (drawn) ctx.io.err('\r\x1b[2K');
  const style = raw.format === 'text' && wantsColour(ctx.io.stdoutIsTTY, ctx.io.env) ? coloured : plain;
  ctx.io.out(raw.format === 'json' ? renderSpofJson(report) : renderSpofText(report, style));
  if (report.rows.length > 0 || report.baseline.length > 0) return ExitCode.violation;
  if (!report.complete) {
    ctx.io.err(`warning: incomplete: the sweep stopped at --timeout ${raw.timeout}; pass --require-complete to exit 4 instead of 0\n`);
    return raw.requireComplete ? ExitCode.incomplete : ExitCode.ok;
  }
  return ExitCode.ok;
}

/** Adds `spof` to the program. */
export function registerSpof(program: Command, ctx: CliContext): void {
  program
    .command('spof')
    .summary('every fault set up to size k of a topology design, and what it breaks')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, ' '))
    .argument('<design>', 'design file (YAML or JSON) with a topology section')
    .option('--k <n>', 'largest fault-set size', integerAtLeast(1), 1)
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('--timeout <seconds>', 'stop the sweep after this many seconds', positiveNumber)
    .option('--require-complete', 'exit 4 when --timeout stops the sweep before it covered everything')
    .addHelpText('after', '\nExample:\n  $ faultline spof models/designs/l5-access-mii.pitfall.yaml\n')
    .action((design: string, options: RawSpofOptions) => ctx.setExitCode(runSpof(design, options, ctx)));
}
