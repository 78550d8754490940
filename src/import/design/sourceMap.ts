/**
 * Where each part of an imported design came from: document paths (`cluster.nodes.0.priority`)
 * mapped to the config file, line and column that set them.
 */
import type { SourceLocation } from '../../core/errors.js';
import type { DocPath } from '../../design/designKind.js';
import type { Located } from '../located.js';

/** Path keys are the path's segments joined by dots. */
export type SourceMap = Map<string, SourceLocation>;

/** The key of a document path. */
export function pathKey(path: DocPath): string {
  return path.join('.');
}

/** Records `value`'s location at `path` and returns the bare value. */
export function record<T>(sources: SourceMap, path: DocPath, value: Located<T>): T {
  sources.set(pathKey(path), value.at);
  return value.value;
}

/** The location of `path` or of its nearest recorded ancestor. */
export function sourceOf(sources: ReadonlyMap<string, SourceLocation>, path: DocPath): SourceLocation | undefined {
  for (let n = path.length; n >= 0; n--) {
    const at = sources.get(pathKey(path.slice(0, n)));
    if (at) return at;
  }
  return undefined;
}
