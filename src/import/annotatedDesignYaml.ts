/**
 * The imported design as a YAML design file people can edit: each value set by a config line
 * carries that line as a trailing comment (`priority: 150 # nfs1/keepalived.conf:9`).
 */
import { relative } from 'node:path';
import { Document, isNode, isScalar } from 'yaml';
import type { ImportedDesign } from './design/importedDesign.js';

/** The YAML text; paths in comments are relative to `base`. */
export function annotatedDesignYaml(design: ImportedDesign, base: string, header: string): string {
  const doc = new Document(design.document);
  for (const [key, at] of design.sources) {
    const path = key.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = doc.getIn(path, true);
    const where = `${relative(base, at.file) || at.file}:${at.line}`;
    if (isScalar(node)) node.comment = ` ${where}`;
    else if (isNode(node) && path.length > 0 && typeof path[path.length - 1] === 'number') node.commentBefore = ` ${where}`;
  }
  doc.commentBefore = header;
  return doc.toString({ lineWidth: 0 });
}
