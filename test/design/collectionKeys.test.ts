import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { collectionKeys } from '../../src/design/collectionKeys.js';

describe('collectionKeys', () => {
  it('finds the list and map keys of every map, in document order, and no plain key', () => {
    const text = 'a: 1\n? [x, y]\n: 2\nb:\n  {k: v}: 3\n  c: 4\n';
    const found = collectionKeys(parseDocument(text));
    expect(found.map(([s, e]) => text.slice(s, e).trim())).toEqual(['[x, y]', '{k: v}']);
  });

  it('finds nothing in a document of plain keys', () => {
    expect(collectionKeys(parseDocument('a: [1, 2]\nb: {c: 3}\n'))).toEqual([]);
  });
});
