/**
 * The CLI's dependencies, loaded when a command needs them: `--help` and `--version` never
 * load the engine, the design kinds or the importers (they answer in the time Node starts).
 */
import type { CliDeps } from './deps.js';

/** The library's design loader (designs and site manifests) and the kinds, imported on demand. */
export async function engineDeps(packageRoot: string): Promise<CliDeps> {
  const [{ designKinds }, { formatWarning }, { loadDesign }] = await Promise.all([
    import('../design/registry.js'),
    import('../import/importLog.js'),
    import('../api/loadDesign.js'),
  ]);
  const onWarning = (w: Parameters<typeof formatWarning>[0]) => void process.stderr.write(`${formatWarning(w)}\n`);
  return { loadDesign: (file) => loadDesign(file, { onWarning }), loadStrict: (file) => loadDesign(file, { onWarning, strict: true }), designKinds, packageRoot };
}

/**
 * What `faultline list` needs: the design kinds and the plain loader — no engine and no
 * importers, and a shipped design's warnings stay out of the listing.
 */
export async function listDeps(packageRoot: string): Promise<CliDeps> {
  const [{ designKinds }, { loadDesign }] = await Promise.all([import('../design/registry.js'), import('../design/loadDesign.js')]);
  return { loadDesign: (file) => loadDesign(file), designKinds, packageRoot };
}

/** The dependencies the command `argv` asks for: none for help, the kinds for `list`, else the engine. */
export async function depsFor(argv: readonly string[], packageRoot: string): Promise<CliDeps> {
  if (asksForHelpOnly(argv)) return helpDeps(packageRoot);
  return argv[0] === 'list' ? listDeps(packageRoot) : engineDeps(packageRoot);
}

function notLoaded(): never {
  throw new Error('the engine is not loaded for --help');
}

/** Dependencies for a run that only prints help: none of them is ever called. */
export function helpDeps(packageRoot: string): CliDeps {
  return { loadDesign: notLoaded, designKinds: [], packageRoot };
}

/** Whether `argv` only asks for help (no command runs). */
export function asksForHelpOnly(argv: readonly string[]): boolean {
  return argv.length === 0 || argv[0] === 'help' || argv.some((a) => a === '--help' || a === '-h');
}
