/**
 * fast-check arbitraries of mutated design files, for fuzzing the loader and the engine:
 * the shipped designs with their text mutated (characters and lines inserted, deleted,
 * repeated, brackets and anchors thrown in) or their parsed values mutated (a value replaced
 * by another of any JSON type, a key dropped, a list item repeated) and written back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { packageRoot } from '../../src/core/packageRoot.js';

const DIR = join(packageRoot(import.meta.url), 'models', 'designs', '/');

/** The shipped designs: file name and text. */
export const shippedDesigns: readonly { readonly file: string; readonly text: string }[] = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((file) => ({ file, text: readFileSync(`${DIR}${file}`, 'utf8') }));

/** Fragments that tend to break YAML parsers and design loaders. */
const FRAGMENTS = ['[', ']', '{', '}', ':', ': ', '- ', ',', '&a ', '*a', '<<: *a', '\t', '"', "'", '#', '|', '>', '?', ' ', '\n', '0', '-1', '1e309', '255', '65536', 'null', '~', 'true', '!!str ', '%YAML 1.2\n', '---\n', '...\n', 'é', '\u0000', '\uFEFF'];

const fragment = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 }));

type TextEdit = (text: string) => string;

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.tuple(fc.nat(), fragment).map(([at, s]): TextEdit => (t) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1))),
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([at, n]): TextEdit => (t) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + t.slice(i + n);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 6 })).map(([line, times]): TextEdit => (t) => {
    const lines = t.split('\n');
    const i = line % lines.length;
    return [...lines.slice(0, i + 1), ...Array(times).fill(lines[i]), ...lines.slice(i + 1)].join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): TextEdit => (t) => {
    const lines = t.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
    return lines.join('\n');
  }),
  fc.nat().map((at): TextEdit => (t) => t.slice(0, at % (t.length + 1))),
  fc.tuple(fc.nat(), fc.constantFrom('[', '{a: ', '- '), fc.integer({ min: 50, max: 3000 })).map(
    ([at, open, depth]): TextEdit => (t) => t.slice(0, at % (t.length + 1)) + open.repeat(depth) + t.slice(at % (t.length + 1)),
  ),
);

/** A path step chooser and a replacement, applied to parsed data. */
type ValueEdit = (data: unknown) => unknown;

const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(0, -1, 1, 4096, 4095, 61440, 65535, 1e9, 0.5, '', 'x', 'Switch1', 'Switch1:p1', 'eth0', '00:00:00:00:00:00', [], {}, null),
);

const valueEdit: fc.Arbitrary<ValueEdit> = fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.constantFrom('replace', 'delete', 'repeat'), anyValue).map(
  ([choices, op, value]): ValueEdit =>
    (data) => {
      const root = structuredClone(data);
      let node: unknown = root;
      for (let d = 0; d < choices.length; d++) {
        if (node === null || typeof node !== 'object') break;
        const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[(choices[d] as number) % keys.length] as string | number;
        const container = node as Record<string | number, unknown>;
        const last = d === choices.length - 1 || container[key] === null || typeof container[key] !== 'object';
        if (!last) {
          node = container[key];
          continue;
        }
        if (op === 'replace') container[key] = value;
        else if (op === 'delete') {
          if (Array.isArray(container)) container.splice(key as number, 1);
          else delete container[key];
        } else if (Array.isArray(container)) container.splice(key as number, 0, structuredClone(container[key]));
        else container[key] = value;
        break;
      }
      return root;
    },
);

function mutateValues(text: string, edits: readonly ValueEdit[]): string {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return text;
  }
  for (const edit of edits) data = edit(data);
  return stringify(data);
}

/** A mutated shipped design: its origin, and the text to load. */
export interface MutatedDesign {
  readonly origin: string;
  readonly text: string;
}

/** Shipped designs with one to four text edits, or one to three value edits. */
export const mutatedDesign: fc.Arbitrary<MutatedDesign> = fc
  .tuple(fc.nat(shippedDesigns.length - 1), fc.boolean(), fc.array(textEdit, { minLength: 1, maxLength: 4 }), fc.array(valueEdit, { minLength: 1, maxLength: 3 }))
  .map(([index, byText, texts, values]) => {
    const { file, text } = shippedDesigns[index]!;
    const mutated = byText ? texts.reduce((t, edit) => edit(t), text) : mutateValues(text, values);
    return { origin: file, text: mutated };
  });
