import { LineCounter, parseDocument, type Document } from 'yaml';
import { FaultlineError, type Diagnostic, type SourceLocation } from '../core/errors.js';
import { collectionKeys } from './collectionKeys.js';
import { duplicateKeys } from './duplicateKeys.js';
import { heaviestAlias } from './heaviestAlias.js';
import { indexAliases } from './indexAliases.js';
import { deepestPoint, findTooDeep, MAX_NESTING } from './nestingDepth.js';

/** A parsed YAML (or JSON) document that still knows where every node came from. */
export interface ParsedYaml {
  readonly file: string;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** The document as plain JavaScript data. */
  readonly data: unknown;
}

/** The 1-based source location of a character offset. */
export function locationAt(parsed: Pick<ParsedYaml, 'file' | 'lineCounter'>, offset: number): SourceLocation {
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { file: parsed.file, line, column: col };
}

/**
 * Parses YAML text (JSON is YAML, so both work) keeping node positions. Anchors, aliases and
 * merge keys (`<<: *defaults`) work. Syntax errors and
 * duplicate keys throw one FaultlineError (FL202) with a diagnostic per problem.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  const deep = findTooDeep(text);
  if (deep !== undefined) throw tooDeepError(text, file, deep.offset);
  const lineCounter = new LineCounter();
  // Duplicate keys are found by duplicateKeys (linear), not the library's uniqueKeys (quadratic).
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, merge: true });
  const parsed = { file, document, lineCounter };
  const problems = [
    ...document.errors.map((error) => ({ duplicate: error.code === 'DUPLICATE_KEY', collection: false, pos: error.pos, message: error.message })),
    ...duplicateKeys(document).map((pos) => ({ duplicate: true, collection: false, pos, message: '' })),
    ...collectionKeys(document).map((pos) => ({ duplicate: false, collection: true, pos, message: '' })),
  ].sort((a, b) => a.pos[0] - b.pos[0]);
  if (problems.length > 0) {
    const at = locator(text, file);
    const diagnostics: Diagnostic[] = problems.map((error) => {
      const duplicate = error.duplicate;
      if (error.collection) {
        return {
          code: 'FL202',
          message: `the key ${firstLine(text.slice(error.pos[0], error.pos[1]).trim())} is a list or map: a key is a plain word or number`,
          location: at(error.pos[0]),
          hint: 'write the key as a plain word (name:), or quote it if it really contains brackets',
        };
      }
      return {
        code: 'FL202',
        message: duplicate
          ? `duplicate key "${keyText(text, error.pos)}": a key may appear only once in a map`
          : `YAML syntax error: ${firstLine(error.message)}`,
        location: at(error.pos[0]),
        hint: duplicate
          ? 'remove or rename one of them (other YAML tools would silently keep only the last)'
          : 'check the indentation (spaces, not tabs), the colons after keys and matching quotes or brackets',
      };
    });
    throw new FaultlineError(diagnostics);
  }
  indexAliases(document);
  try {
    return { ...parsed, data: document.toJS({ maxAliasCount: 1000 }) as unknown };
  } catch (error) {
    // An alias bomb: name the alias that multiplies the most, at its line.
    const heavy = heaviestAlias(document);
    throw new FaultlineError({
      code: 'FL202',
      message: heavy
        ? `YAML error: the aliases expand to too many nodes (a resource exhaustion attack?): *${heavy.name} here stands for ${heavy.nodes.toLocaleString('en-US')} nodes`
        : `YAML error: ${firstLine((error as Error).message)}`,
      location: heavy ? offsetLocation(text, file, heavy.offset) : { file, line: 1, column: 1 },
      hint: 'check the anchors (&name) and aliases (*name) in the file: an alias of a list of aliases multiplies',
    });
  }
}

/** FL207 at `offset`, or at the deepest point of the text. */
export function tooDeepError(text: string, file: string, offset: number = deepestPoint(text).offset): FaultlineError {
  return new FaultlineError({
    code: 'FL207',
    message: `the document nests too deep here (at most ${MAX_NESTING} levels)`,
    location: offsetLocation(text, file, offset),
    hint: 'a design nests a few levels deep; look for unclosed quotes or repeated [ and { here',
  });
}

/**
 * The location of an offset counted in the text itself: after a syntax error the lexer stops
 * feeding the LineCounter, so its positions past the error can name the wrong line.
 */
function offsetLocation(text: string, file: string, offset: number): SourceLocation {
  return locator(text, file)(offset);
}

/**
 * Locates offsets of `text` by binary search over its line starts (computed once), so that
 * thousands of diagnostics in a big file cost no more than one pass over it.
 */
function locator(text: string, file: string): (offset: number) => SourceLocation {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { file, line: lo + 1, column: at - starts[lo]! + 1 };
  };
}

function keyText(text: string, pos: readonly [number, number]): string {
  const rest = text.slice(pos[0]).split('\n')[0] ?? '';
  return (rest.split(':')[0] ?? '').trim().replace(/^["']|["']$/g, '');
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
