import { isCollection, isMap, visit, type Document } from 'yaml';

/**
 * The keys that are themselves lists or maps (`? [a, b]` or `{a: 1}: x`), as `[start, end]`
 * offsets, in document order. No design key is a collection, and turning one into plain data
 * would stringify it (the `yaml` library warns on stderr and the error lands at the map, not the
 * key), so the parser refuses them at the key.
 */
export function collectionKeys(document: Document.Parsed): [number, number][] {
  const found: [number, number][] = [];
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return;
      for (const pair of map.items) {
        const key = pair.key;
        if (isCollection(key)) found.push([key.range?.[0] ?? 0, key.range?.[1] ?? 0]);
      }
    },
  });
  return found;
}
