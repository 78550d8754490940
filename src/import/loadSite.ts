/**
 * Loads a site manifest as a design: imports the configs, writes the design as YAML and loads
 * it like a design file. Any diagnostic the design kinds report on the generated document is
 * moved to the config line that set the value (through the source map), keeping its code.
 * Warnings go to `onWarning`; with `strict` they fail the load.
 */
import { stringify } from 'yaml';
import { FaultlineError, type Diagnostic, type SourceLocation } from '../core/errors.js';
import type { DocPath } from '../design/designKind.js';
import { parseDesign, type LoadedDesign } from '../design/loadDesign.js';
import { parseYaml } from '../design/parseYaml.js';
import { designKinds } from '../design/registry.js';
import type { ImportedDesign } from './design/importedDesign.js';
import { pathAtLocation } from './design/pathAtOffset.js';
import { sourceOf } from './design/sourceMap.js';
import { ImportLog, type ImportDiagnostic } from './importLog.js';
import { importSite } from './importSite.js';

/** A design loaded from a site manifest, with where its parts came from. */
export interface LoadedSite extends LoadedDesign {
  readonly imported: ImportedDesign;
  readonly yaml: string;
  readonly warnings: readonly ImportDiagnostic[];
}

/** Options of a site load. */
export interface SiteOptions {
  /** Warnings fail the load (`--strict`, or `strict: true` in the manifest). */
  readonly strict?: boolean;
  readonly onWarning?: (warning: ImportDiagnostic) => void;
}

/** Loads the manifest at `file`. */
export function loadSite(file: string, options: SiteOptions = {}): LoadedSite {
  const log = new ImportLog();
  const { manifest, design } = importSite(file, log);
  log.throwIfFailed(options.strict === true || manifest.strict);
  for (const w of log.warnings()) options.onWarning?.(w);
  return loadImported(design, file, log.warnings());
}

/** Loads an imported design like a design file, its diagnostics moved to the config lines. */
export function loadImported(design: ImportedDesign, file: string, warnings: readonly ImportDiagnostic[] = []): LoadedSite {
  const yaml = designYaml(design);
  try {
    // Parts of the design are located at the config lines that set them, not in the generated YAML.
    const locate = (path: DocPath): SourceLocation => sourceOf(design.sources, path) ?? { file, line: 1, column: 1 };
    return { ...parseDesign(yaml, file, designKinds), locate, imported: design, yaml, warnings };
  } catch (error) {
    if (error instanceof FaultlineError) throw new FaultlineError(error.diagnostics.map((d) => relocate(d, yaml, file, design)));
    throw error;
  }
}

/** The design document as YAML text. */
export function designYaml(design: ImportedDesign): string {
  return stringify(design.document, { lineWidth: 0 });
}

function relocate(d: Diagnostic, yaml: string, file: string, design: ImportedDesign): Diagnostic {
  if (!d.location || d.location.file !== file) return d;
  const path = pathAtLocation(parseYaml(yaml, file), d.location.line, d.location.column);
  const at: SourceLocation = sourceOf(design.sources, path) ?? { file, line: 1, column: 1 };
  return { ...d, location: at, message: `${d.message} (in the design imported from the configs, at ${path.join('.') || 'its top'})` };
}
