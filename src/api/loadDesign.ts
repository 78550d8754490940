import { stringify } from 'yaml';
import { FaultlineError, type Diagnostic } from '../core/errors.js';
import { parseDesign as parseText, type LoadedDesign } from '../design/loadDesign.js';
import type { ImportDiagnostic } from '../import/importLog.js';
import { loadDesignOrSite } from '../import/loadDesignOrSite.js';
import type { Design } from './design.js';

/** Options of {@link loadDesign}. */
export interface LoadOptions {
  /** Each located warning (a design's, or a site manifest's about config directives it does not model). */
  readonly onWarning?: (warning: ImportDiagnostic) => void;
  /** For a site manifest: its warnings are errors (the CLI's `--strict`). */
  readonly strict?: boolean;
}

/** Designs read from a file, which worker threads can load again (see `checkOnThreads`). */
const fromFiles = new WeakSet<LoadedDesign>();

/** Whether `design` was loaded from its file by {@link loadDesign} (so `design.file` loads it again). */
export function loadedFromFile(design: LoadedDesign): boolean {
  return fromFiles.has(design);
}

/** Where a design comes from: a file, YAML or JSON text, or a design built in code. */
export type DesignSource =
  | { readonly path: string }
  | { readonly text: string; readonly file?: string }
  | { readonly design: Design; readonly file?: string };

/** A design that loaded, or every diagnostic (code, message, file:line:column, hint) that stopped it. */
export type DesignOutcome =
  | { readonly ok: true; readonly design: LoadedDesign }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Loads a design file (YAML or JSON), or a site manifest (a `hosts:` map of config files,
 * imported as `faultline check site.yaml` does). Throws a `FaultlineError` whose
 * `diagnostics` say what is wrong and where; see {@link tryLoadDesign} for diagnostics as a value.
 */
export function loadDesign(path: string, options: LoadOptions = {}): LoadedDesign {
  const design = loadDesignOrSite(options.onWarning ?? (() => {}), () => options.strict === true)(path);
  fromFiles.add(design);
  return design;
}

/** Loads a design from YAML or JSON text; `file` names it in diagnostics and reproduce lines. */
export function parseDesign(text: string, file = 'design.yaml'): LoadedDesign {
  return parseText(text, file);
}

/**
 * Loads a design built in code. It goes through the same schema and semantic checks as a
 * file; diagnostics point into its YAML rendering (see {@link designText}).
 */
export function designFrom(design: Design, file = `${design.name}.yaml`): LoadedDesign {
  return parseText(designText(design), file);
}

/** The YAML text of a design built in code, as a design file would hold it. */
export function designText(design: Design): string {
  return stringify(design, { lineWidth: 0 });
}

/** Loads a design from any source; never throws on bad input: the diagnostics come back as data. */
export function tryLoadDesign(source: DesignSource): DesignOutcome {
  try {
    if ('path' in source) return { ok: true, design: loadDesign(source.path) };
    if ('text' in source) return { ok: true, design: parseText(source.text, source.file ?? 'design.yaml') };
    return { ok: true, design: designFrom(source.design, source.file) };
  } catch (error) {
    if (error instanceof FaultlineError) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  }
}
