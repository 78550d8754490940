import { isMap, isScalar, visit, type Document } from 'yaml';

/**
 * The keys that repeat a key earlier in the same map, as `[start, end]` offsets of the repeat,
 * in document order. The `yaml` library's own `uniqueKeys` check compares each key with every
 * earlier one (quadratic: a map of 80,000 keys took minutes); this one keeps a set per map.
 * Same rule as the library's: scalar keys are equal when their values are; the merge key `<<`
 * may repeat.
 */
export function duplicateKeys(document: Document.Parsed): [number, number][] {
  const repeats: [number, number][] = [];
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || key.value === '<<') continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(id)) repeats.push([key.range?.[0] ?? 0, key.range?.[1] ?? 0]);
        else seen.add(id);
      }
    },
  });
  return repeats;
}
