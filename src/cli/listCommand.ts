import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { FaultlineError } from '../core/errors.js';
import { ExitCode } from '../core/result.js';
import { descriptionsOf } from '../design/propertyTable.js';
import type { CliContext } from './context.js';

const DESCRIPTION = `Lists the design kinds faultline understands (the top-level section a design file uses),
with the properties each kind can check and the faults it can inject, then the example designs
shipped in models/designs/.`;

function table(entries: Readonly<Record<string, string>>, indent: string): string[] {
  const width = Math.max(0, ...Object.keys(entries).map((k) => k.length));
  return Object.entries(entries).map(([name, text]) => `${indent}${name.padEnd(width)}  ${text}`);
}

function designLines(ctx: CliContext): string[] {
  const dir = join(ctx.deps.packageRoot, 'models', 'designs');
  if (!existsSync(dir)) return ['  (none)'];
  const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  const shown = relative(process.cwd(), dir) || '.';
  return files.map((f) => {
    const file = join(dir, f);
    try {
      const design = ctx.deps.loadDesign(file);
      return `  ${join(shown, f)}\n      ${design.description ?? design.name}`;
    } catch (error) {
      const code = error instanceof FaultlineError ? error.diagnostics[0]?.code ?? 'FL900' : 'FL900';
      return `  ${join(shown, f)}\n      (does not load: ${code})`;
    }
  });
}

/** Runs `faultline list` and returns its exit code. */
export function runList(ctx: CliContext): number {
  const lines = ['Design kinds (top-level section of a design file):'];
  for (const kind of ctx.deps.designKinds) {
    lines.push('', `  ${kind.section}: ${kind.description}`, '    properties (under check:):');
    lines.push(...table(descriptionsOf(kind.properties), '      '));
    lines.push('    faults (under faults.kinds:):', ...table(kind.faultKinds, '      '));
  }
  lines.push('', 'Shipped designs:', ...designLines(ctx));
  ctx.io.out(`${lines.join('\n')}\n`);
  return ExitCode.ok;
}

/** Adds `list` to the program. */
export function registerList(program: Command, ctx: CliContext): void {
  program
    .command('list')
    .summary('list design kinds, their properties and faults, and the shipped designs')
    .description(DESCRIPTION.replace(/\s*\n\s*/g, " "))
    .addHelpText('after', '\nExample:\n  $ faultline list\n')
    .action(() => ctx.setExitCode(runList(ctx)));
}
