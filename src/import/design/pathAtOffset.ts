/**
 * The document path of the deepest YAML node covering a character offset: how a diagnostic
 * on a generated design is traced back to the config line (through the source map).
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { DocPath } from '../../design/designKind.js';
import type { ParsedYaml } from '../../design/parseYaml.js';

/** The path at `line`:`column` (1-based) of the parsed text. */
export function pathAtLocation(parsed: ParsedYaml, line: number, column: number): DocPath {
  const starts = parsed.lineCounter.lineStarts;
  const offset = (starts[line - 1] ?? 0) + column - 1;
  let best: DocPath = [];
  const visit = (node: unknown, path: DocPath): void => {
    const range = (node as Node | null)?.range;
    if (range && (offset < range[0] || offset > range[1])) return;
    best = path;
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        const key = String(item.key.value);
        const keyRange = item.key.range;
        if (keyRange && offset >= keyRange[0] && offset <= keyRange[1]) {
          best = [...path, key];
          return;
        }
        visit(item.value, [...path, key]);
        if (best.length > path.length) return;
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, k) => {
        if (best.length <= path.length) visit(item, [...path, k]);
      });
    }
  };
  visit(parsed.document.contents, []);
  return best;
}
