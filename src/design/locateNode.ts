import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { SourceLocation } from '../core/errors.js';
import type { DocPath } from './designKind.js';
import { locationAt, type ParsedYaml } from './parseYaml.js';

/** Where to point: at the key naming the node, at the node itself, or `auto` (see below). */
export type PointAt = 'key' | 'value' | 'auto';

interface Step {
  readonly node: Node | null;
  readonly pair: Pair | null;
}

/**
 * The source location of `path` in a parsed document, or of its nearest existing ancestor.
 * `auto` points at the key when the node is a map entry holding a collection (`vrrp:`,
 * `routers:`) or nothing (`name:`), and at the value otherwise (a scalar, a list item).
 */
export function locateNode(parsed: ParsedYaml, path: DocPath, at: PointAt = 'auto'): SourceLocation {
  let step: Step = { node: parsed.document.contents as Node | null, pair: null };
  for (const segment of path) {
    const child = childOf(parsed, step.node, segment);
    if (!child) break;
    step = child;
  }
  const keyNode = step.pair && isScalar(step.pair.key) ? step.pair.key : null;
  const valueNode = step.node;
  const empty = valueNode === null || (isScalar(valueNode) && valueNode.value === null);
  const wantKey = at === 'key' || (at === 'auto' && (empty || isCollection(valueNode)));
  const chosen = wantKey && keyNode ? keyNode : (valueNode ?? keyNode);
  const offset = chosen?.range?.[0] ?? 0;
  return locationAt(parsed, offset);
}

function childOf(parsed: ParsedYaml, node: Node | null, segment: string | number): Step | null {
  const resolved = node && isAlias(node) ? (node.resolve(parsed.document) as Node | undefined) ?? null : node;
  if (isMap(resolved)) {
    for (const item of resolved.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)) {
        return { node: (item.value as Node | null) ?? null, pair: item };
      }
    }
    return null;
  }
  if (isSeq(resolved) && typeof segment === 'number') {
    const item = resolved.items[segment] as Node | undefined;
    return item ? { node: item, pair: null } : null;
  }
  return null;
}
