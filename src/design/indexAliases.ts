import { isAlias, visit, type Document, type Node } from 'yaml';

/**
 * Resolves every alias of `document` once, in one pass, and pins the answer on the alias, so
 * that `toJS` and {@link heaviestAlias} stop searching the document for each alias: the `yaml`
 * library scans all anchored nodes per alias (quadratic: 40,000 anchors took 27 s to load).
 * The rule is the library's own — an alias names the last node with that anchor before it, in
 * the order `visit` walks the document — so the data is the same.
 */
export function indexAliases(document: Document.Parsed): void {
  const anchors = new Map<string, Node>();
  visit(document, {
    Node(_key, node) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        Object.defineProperty(node, 'resolve', { value: () => target, configurable: true });
      } else if (typeof node.anchor === 'string') anchors.set(node.anchor, node);
    },
  });
}
