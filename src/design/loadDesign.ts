import { readFileSync } from 'node:fs';
import { FaultlineError, type Diagnostic, type SourceLocation } from '../core/errors.js';
import type { Model } from '../core/model.js';
import type { Property } from '../core/property.js';
import { createBuildContext } from './createBuildContext.js';
import type { DesignDocument, DesignKind, DesignRunOptions, DesignSweep, DocPath, FaultScope } from './designKind.js';
import { identifyKind } from './identifyKind.js';
import type { DesignPicture } from './picture/designPicture.js';
import { locateByMessage } from './locateByMessage.js';
import { locateNode } from './locateNode.js';
import { normaliseCheck } from './normaliseCheck.js';
import { parseYaml, tooDeepError } from './parseYaml.js';
import { designKinds } from './registry.js';
import { validateDesign } from './validateDesign.js';

/** A design file, checked and built. */
export interface LoadedDesign {
  readonly file: string;
  readonly name: string;
  readonly description?: string;
  readonly kind: DesignKind;
  /** The document with `check:` normalised into property requests. */
  readonly document: DesignDocument;
  readonly model: Model<unknown>;
  readonly properties: readonly Property<unknown>[];
  /** The kind's run options, with `faults.budget` as `maxFaults` when the design gives it. */
  readonly options: DesignRunOptions;
  /** The fault-set sweep, for kinds that have one (see `spof`). */
  readonly sweep?: () => DesignSweep<unknown>;
  /** The fault kinds explored and left out. */
  readonly faultScope: FaultScope;
  /** Located warnings: the design loads, but something in it deserves a look (absent: none). */
  readonly warnings?: readonly Diagnostic[];
  /** The picture of the design, for kinds that draw one (see `--format html`). */
  readonly picture?: () => DesignPicture;
  /** Where a part of the document is in the file (its nearest existing ancestor if absent). */
  readonly locate: (path: DocPath) => SourceLocation;
}

/** Reads and loads a design file. Unreadable files give FL201; see {@link parseDesign}. */
export function loadDesign(file: string, kinds: readonly DesignKind[] = designKinds): LoadedDesign {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code;
    throw new FaultlineError({
      code: 'FL201',
      message: `cannot read design file ${file}${reason === 'ENOENT' ? ': no such file' : reason ? ` (${reason})` : ''}`,
      location: { file, line: 1, column: 1 },
      hint: reason === 'EISDIR' ? 'give the path of a .yaml or .json file, not a directory' : 'check the path and its permissions',
    });
  }
  return parseDesign(text, file, kinds);
}

/**
 * Loads a design from text (YAML or JSON): parse (FL202), check the document shape (FL203),
 * validate against the composed schema (FL204, FL210–FL216), identify the kind (FL205,
 * FL206), normalise `check:` (FL220–FL222), then let the kind build the model. Every problem
 * is a FaultlineError; the schema and kind problems are reported together.
 */
export function parseDesign(text: string, file: string, kinds: readonly DesignKind[] = designKinds): LoadedDesign {
  try {
    return parseChecked(text, file, kinds);
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    // The nesting check let through something a parser or validator still recursed too deep on.
    throw tooDeepError(text, file);
  }
}

function parseChecked(text: string, file: string, kinds: readonly DesignKind[]): LoadedDesign {
  const parsed = parseYaml(text, file);
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new FaultlineError({
      code: 'FL203',
      message: `a design must be a map of keys, got ${data === null || data === undefined ? 'an empty document' : Array.isArray(data) ? 'a list' : 'a single value'}`,
      location: { file, line: 1, column: 1 },
      hint: 'start the design with "faultline: 1" and "name: ...", then its section',
    });
  }
  const diagnostics: Diagnostic[] = validateDesign(parsed, kinds);
  const verdict = identifyKind(parsed, kinds);
  if ('diagnostic' in verdict) {
    if (verdict.diagnostic) diagnostics.push(verdict.diagnostic);
    throw new FaultlineError(diagnostics);
  }
  if (diagnostics.length > 0) throw new FaultlineError(diagnostics);

  const kind = verdict.kind;
  const check = normaliseCheck(parsed, kind);
  if (check.diagnostics.length > 0) throw new FaultlineError(check.diagnostics);
  const raw = data as Record<string, unknown>;
  const { check: _raw, ...rest } = raw;
  const document = { ...rest, ...(check.requests ? { check: check.requests } : {}) } as DesignDocument;

  const warnings: Diagnostic[] = [];
  const built = buildWith(kind, document, parsed, warnings);
  const budget = document.faults?.budget;
  return {
    file,
    name: document.name,
    ...(document.description !== undefined ? { description: document.description } : {}),
    kind,
    document,
    model: built.model,
    properties: built.properties,
    options: budget !== undefined ? { ...built.options, maxFaults: budget } : built.options,
    ...(built.sweep === undefined ? {} : { sweep: built.sweep }),
    ...(built.picture === undefined ? {} : { picture: built.picture }),
    faultScope: built.faultScope ?? defaultFaultScope(kind, document),
    ...(warnings.length > 0 ? { warnings } : {}),
    locate: (path) => locateNode(parsed, path),
  };
}

/** Kinds that do not say: `faults.kinds` when given, else every kind the section offers. */
function defaultFaultScope(kind: DesignKind, document: DesignDocument): FaultScope {
  const all = Object.keys(kind.faultKinds);
  const explored = document.faults?.kinds ?? all;
  return { explored, omitted: all.filter((k) => !explored.includes(k)) };
}

/**
 * A model that rejects the design while compiling it (FL3xx: a port in two LAGs, two bridges
 * with one MAC) found a mistake in the design, not a bug: FL224 (exit 2), located at the
 * element the message names. Other codes pass through.
 */
function asDesignError(error: FaultlineError, section: string, parsed: Parameters<typeof createBuildContext>[0]): FaultlineError {
  if (!error.diagnostics.some((d) => d.code.startsWith('FL3'))) return error;
  return new FaultlineError(
    error.diagnostics.map((d) =>
      d.code.startsWith('FL3')
        ? {
            code: 'FL224',
            message: `the design is inconsistent: ${d.message}`,
            location: d.location ?? locateByMessage(parsed, section, d.message),
            hint: d.hint ?? `fix the ${section} section so each element is defined once and used consistently`,
          }
        : d,
    ),
  );
}

function buildWith(kind: DesignKind, document: DesignDocument, parsed: Parameters<typeof createBuildContext>[0], warnings: Diagnostic[]) {
  try {
    const built = kind.build(document, createBuildContext(parsed, warnings));
    // Models that compile the design lazily (on the first state, or the first property
    // evaluated) reject it here rather than in the middle of a run.
    for (const state of built.model.initialStates()) for (const property of built.properties) property.holds(state);
    return built;
  } catch (error) {
    if (error instanceof FaultlineError) throw asDesignError(error, kind.section, parsed);
    const wrapped = new FaultlineError({
      code: 'FL901',
      message: `the ${kind.section} design kind failed while building ${parsed.file}: ${(error as Error).message}`,
      hint: 'this is a bug in faultline; please report it with the design file',
    });
    wrapped.cause = error;
    throw wrapped;
  }
}
