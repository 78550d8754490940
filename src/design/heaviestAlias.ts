import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';

/** An alias (`*name`) and how many nodes it stands for once expanded. */
export interface HeavyAlias {
  readonly name: string;
  /** The alias's offset in the text. */
  readonly offset: number;
  readonly nodes: number;
}

/**
 * The alias that expands to the most nodes (the first of equals), for locating an alias bomb
 * ("billion laughs") at the line that multiplies it rather than at the top of the file.
 * Sizes are memoised per node, so this walks each node once however large the expansion.
 */
export function heaviestAlias(document: Document.Parsed): HeavyAlias | undefined {
  const sizes = new Map<unknown, number>();
  const size = (node: unknown): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, 1); // an alias to a node being measured (a cycle) counts once
    let n = 1;
    if (isAlias(node)) n = size(node.resolve(document));
    else if (isMap(node) || isSeq(node)) for (const item of node.items) n += isPair(item) ? size(item.key) + size(item.value) : size(item);
    else if (!isScalar(node)) n = 1;
    sizes.set(node, n);
    return n;
  };
  let heaviest: HeavyAlias | undefined;
  visit(document, {
    Alias(_key, node) {
      const nodes = size(node);
      if (heaviest === undefined || nodes > heaviest.nodes) heaviest = { name: node.source, offset: (node as Node).range?.[0] ?? 0, nodes };
    },
  });
  return heaviest;
}
