/**
 * The logical lines of an ifupdown interfaces(5) file: `#` starts a comment line (not an
 * end-of-line comment), a trailing `\` continues a line.
 */
import type { Located } from '../located.js';

type Word = Located<string>;

/** The logical lines of the file: words with their positions, continuations joined, comments dropped. */
export function interfacesLines(text: string, file: string): Word[][] {
  const lines: Word[][] = [];
  let current: Word[] = [];
  text.split('\n').forEach((raw, index) => {
    const continued = current.length > 0;
    if (!continued && /^\s*#/.test(raw)) return;
    const body = raw.replace(/\r$/, '');
    const cont = /\\\s*$/.test(body);
    const words = [...body.replace(/\\\s*$/, '').matchAll(/\S+/g)].map((m) => ({ value: m[0], at: { file, line: index + 1, column: (m.index ?? 0) + 1 } }));
    current.push(...words);
    if (!cont) {
      if (current.length > 0) lines.push(current);
      current = [];
    }
  });
  if (current.length > 0) lines.push(current);
  return lines;
}
