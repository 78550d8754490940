import { LineCounter, parseDocument, type Document } from 'yaml';
import { FaultlineError, type Diagnostic, type SourceLocation } from '../core/errors.js';
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
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
  const parsed = { file, document, lineCounter };
  if (document.errors.length > 0) {
    const diagnostics: Diagnostic[] = document.errors.map((error) => {
      const duplicate = error.code === 'DUPLICATE_KEY';
      return {
        code: 'FL202',
        message: duplicate
          ? `duplicate key "${keyText(text, error.pos)}": a key may appear only once in a map`
          : `YAML syntax error: ${firstLine(error.message)}`,
        location: offsetLocation(text, file, error.pos[0]),
        hint: duplicate
          ? 'remove or rename one of them (other YAML tools would silently keep only the last)'
          : 'check the indentation (spaces, not tabs), the colons after keys and matching quotes or brackets',
      };
    });
    throw new FaultlineError(diagnostics);
  }
  try {
    return { ...parsed, data: document.toJS({ maxAliasCount: 1000 }) as unknown };
  } catch (error) {
    throw new FaultlineError({
      code: 'FL202',
      message: `YAML error: ${firstLine((error as Error).message)}`,
      location: { file, line: 1, column: 1 },
      hint: 'check the anchors (&name) and aliases (*name) in the file',
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
  const at = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { file, line, column: at - (before.lastIndexOf('\n') + 1) + 1 };
}

function keyText(text: string, pos: readonly [number, number]): string {
  const rest = text.slice(pos[0]).split('\n')[0] ?? '';
  return (rest.split(':')[0] ?? '').trim().replace(/^["']|["']$/g, '');
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
