/**
 * The tokenizer shared by brace-structured configuration files (keepalived.conf, drbd.conf):
 * words, double-quoted strings, `{`, `}`, `;` and line ends, each with its file:line:column.
 * Comments run from a comment character outside quotes to the end of the line; a backslash
 * at the very end of a line joins the next line (keepalived 2.x).
 */
import type { SourceLocation } from '../../core/errors.js';
import type { ImportLog } from '../importLog.js';

/** One token. `string` is a quoted word with its quotes removed. */
export interface ConfToken {
  readonly kind: 'word' | 'string' | 'open' | 'close' | 'semi' | 'eol';
  readonly text: string;
  readonly at: SourceLocation;
}

/** How a format spells its syntax. */
export interface ConfSyntax {
  /** Characters that start a comment outside quotes (`#!` for keepalived, `#` for DRBD). */
  readonly comments: string;
  /** Whether `;` ends a statement (DRBD). */
  readonly semicolons: boolean;
}

const SPACE = /[ \t\r\f\v]/;

/** One logical line: its text and, per character, where it was written. */
interface LogicalLine {
  readonly text: string;
  readonly at: readonly SourceLocation[];
  readonly end: SourceLocation;
}

/** Physical lines joined where a line ends in a backslash (the backslash and line end dropped). */
function logicalLines(text: string, file: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let chars = '';
  let at: SourceLocation[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const joined = /\\[ \t]*$/.test(line);
    const body = joined ? line.replace(/\\[ \t]*$/, '') : line;
    for (let c = 0; c < body.length; c++) {
      chars += body[c];
      at.push({ file, line: index + 1, column: c + 1 });
    }
    if (!joined || index === lines.length - 1) {
      out.push({ text: chars, at, end: { file, line: index + 1, column: line.length + 1 } });
      chars = '';
      at = [];
    }
  });
  return out;
}

/** Splits `text` into tokens; an unterminated quote is FL404 and ends the line. */
export function tokenizeConf(text: string, file: string, syntax: ConfSyntax, log: ImportLog): ConfToken[] {
  const tokens: ConfToken[] = [];
  for (const logical of logicalLines(text, file)) {
    const line = logical.text;
    const at = (column: number): SourceLocation => logical.at[column] ?? logical.end;
    let i = 0;
    while (i < line.length) {
      const c = line[i]!;
      if (SPACE.test(c)) {
        i++;
      } else if (syntax.comments.includes(c)) {
        break;
      } else if (c === '{' || c === '}' || (c === ';' && syntax.semicolons)) {
        tokens.push({ kind: c === '{' ? 'open' : c === '}' ? 'close' : 'semi', text: c, at: at(i) });
        i++;
      } else if (c === '"') {
        const end = closingQuote(line, i + 1);
        if (end < 0) {
          log.error(at(i), 'FL404', 'unterminated quoted string', 'close the string with " on the same line');
          tokens.push({ kind: 'string', text: line.slice(i + 1), at: at(i) });
          i = line.length;
        } else {
          tokens.push({ kind: 'string', text: line.slice(i + 1, end).replace(/\\(["\\])/g, '$1').replace(/\s+/g, (m) => (m.includes('\t') || m.length > 1 ? ' ' : m)), at: at(i) });
          i = end + 1;
        }
      } else {
        const start = i;
        while (i < line.length && !SPACE.test(line[i]!) && !'{}"'.includes(line[i]!) && !(syntax.semicolons && line[i] === ';') && !syntax.comments.includes(line[i]!)) i++;
        tokens.push({ kind: 'word', text: line.slice(start, i), at: at(start) });
      }
    }
    tokens.push({ kind: 'eol', text: '', at: logical.end });
  }
  return tokens;
}

function closingQuote(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '"') return i;
  }
  return -1;
}
