/**
 * The CLI's dependencies, loaded when a command needs them: `--help` and `--version` never
 * load the engine, the design kinds or the importers (they answer in the time Node starts).
 */
import type { CliDeps } from './deps.js';

/** The real engine, design loader and kinds, imported on demand. */
export async function engineDeps(packageRoot: string): Promise<CliDeps> {
  const [{ designKinds }, { check }, { simulate }, { formatWarning }, { loadDesignOrSite }] = await Promise.all([
    import('../design/registry.js'),
    import('../explore/check.js'),
    import('../explore/simulate.js'),
    import('../import/importLog.js'),
    import('../import/loadDesignOrSite.js'),
  ]);
  const printWarning = (w: Parameters<typeof formatWarning>[0]) => void process.stderr.write(`${formatWarning(w)}\n`);
  return { loadDesign: loadDesignOrSite(printWarning), loadStrict: loadDesignOrSite(printWarning, () => true), check, simulate, designKinds, packageRoot };
}

function notLoaded(): never {
  throw new Error('the engine is not loaded for --help');
}

/** Dependencies for a run that only prints help: none of them is ever called. */
export function helpDeps(packageRoot: string): CliDeps {
  return { loadDesign: notLoaded, check: notLoaded, simulate: notLoaded, designKinds: [], packageRoot };
}

/** Whether `argv` only asks for help (no command runs). */
export function asksForHelpOnly(argv: readonly string[]): boolean {
  return argv.length === 0 || argv[0] === 'help' || argv.some((a) => a === '--help' || a === '-h');
}
