/**
 * Splits shell text into simple commands, each a list of words with positions: quotes are
 * removed, comments, here-document bodies and command substitutions are skipped, and `;`,
 * `&&`, `||`, `|`, `&` and line ends separate commands. A reading, not an interpreter:
 * nothing is expanded or executed.
 */
import type { Located } from '../located.js';

/** One simple command as written. */
export interface ShellCommand {
  readonly words: readonly Located<string>[];
}

/** The simple commands of `text`, in order. */
export function splitShell(text: string, file: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  const lines = text.split('\n');
  let words: Located<string>[] = [];
  let heredoc: string | null = null;
  const flush = (): void => {
    if (words.length > 0) commands.push({ words });
    words = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (heredoc !== null) {
      if (line.replace(/^\t+/, '').trim() === heredoc) heredoc = null;
      continue;
    }
    let i = 0;
    let continued = false;
    while (i < line.length) {
      const c = line[i]!;
      if (c === ' ' || c === '\t' || c === '\r') {
        i++;
      } else if (c === '#') {
        break;
      } else if (c === '\\' && i === line.length - 1) {
        continued = true;
        i++;
      } else if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
        flush();
        i++;
      } else if (c === '<' && line[i + 1] === '<' && line[i + 2] !== '<') {
        const match = /^<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/.exec(line.slice(i));
        if (match) {
          heredoc = match[2]!;
          i += match[0].length;
        } else i += 2;
      } else {
        const start = i;
        let word = '';
        while (i < line.length && !' \t\r;&|()'.includes(line[i]!)) {
          const ch = line[i]!;
          if (ch === '"' || ch === "'") {
            const end = line.indexOf(ch, i + 1);
            word += line.slice(i + 1, end < 0 ? line.length : end);
            i = end < 0 ? line.length : end + 1;
          } else if (ch === '$' && line[i + 1] === '(') {
            i = skipBalanced(line, i + 1);
            word += '$(...)';
          } else if (ch === '`') {
            const end = line.indexOf('`', i + 1);
            i = end < 0 ? line.length : end + 1;
            word += '`...`';
          } else if (ch === '\\' && i + 1 < line.length) {
            word += line[i + 1];
            i += 2;
          } else {
            word += ch;
            i++;
          }
        }
        words.push({ value: word, at: { file, line: index + 1, column: start + 1 } });
      }
    }
    if (!continued) flush();
  }
  flush();
  return commands;
}

function skipBalanced(line: string, open: number): number {
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    if (line[i] === '(') depth++;
    else if (line[i] === ')' && --depth === 0) return i + 1;
  }
  return line.length;
}
