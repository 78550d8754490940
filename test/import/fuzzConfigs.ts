/**
 * Mutated configuration files for the fuzz tests: a corpus file with a few edits — a
 * character of the format's syntax inserted, a range deleted, a line duplicated or moved, the
 * text cut short, or a word of the corpus dropped in. Run counts come from FUZZ_RUNS (the
 * CI budget by default; `npm run fuzz:import` runs 10,000 per format).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

/** Runs per format: FUZZ_RUNS, else the CI budget. */
export const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 150);

/** The seed: FUZZ_SEED, else a fixed one for the CI budget (a test run is repeatable) and a fresh one for long runs. */
export const FUZZ_SEED: number | undefined = process.env['FUZZ_SEED'] !== undefined ? Number(process.env['FUZZ_SEED']) : process.env['FUZZ_RUNS'] === undefined ? 20261203 : undefined;

const SYNTAX = ['{', '}', '"', ';', '#', '!', '\\', '\n', ':', '-', '[', ']', ' ', '\t', '@', '=', '&&', '|', '<<EOF\n', '$(', '`', "'", '*', '..', '/', '0', '-1', '999999999999', '\u00e9', '\r'];

type Edit = { kind: 'insert' | 'delete' | 'dupline' | 'moveline' | 'truncate' | 'word'; at: number; len: number; pick: number };

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'dupline', 'moveline', 'truncate', 'word'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 40 }),
  pick: fc.nat(),
});

function apply(text: string, e: Edit, words: readonly string[]): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  const lines = text.split('\n');
  const line = lines.length === 0 ? 0 : e.at % lines.length;
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + SYNTAX[e.pick % SYNTAX.length]! + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.len);
    case 'dupline':
      return [...lines.slice(0, line + 1), lines[line] ?? '', ...lines.slice(line + 1)].join('\n');
    case 'moveline': {
      const [moved] = lines.splice(line, 1);
      lines.splice(e.pick % (lines.length + 1), 0, moved ?? '');
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, at);
    case 'word':
      return text.slice(0, at) + ` ${words[e.pick % words.length] ?? ''} ` + text.slice(at);
  }
}

/** Mutants of the corpus files (paths relative to test/fixtures/configs). */
export function mutants(files: readonly string[]): fc.Arbitrary<{ file: string; text: string }> {
  const root = new URL('../fixtures/configs/', import.meta.url).pathname;
  const texts = files.map((f) => ({ file: f, text: readFileSync(`${root}${f}`, 'utf8') }));
  const words = [...new Set(texts.flatMap((t) => t.text.split(/\s+/)).filter((w) => w.length > 0))];
  return fc.record({ source: fc.constantFrom(...texts), edits: fc.array(edit, { minLength: 1, maxLength: 6 }) }).map(({ source, edits }) => ({
    file: source.file,
    text: edits.reduce((t, e) => apply(t, e, words), source.text),
  }));
}
