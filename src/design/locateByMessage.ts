import { isScalar, visit } from 'yaml';
import type { SourceLocation } from '../core/errors.js';
import { locateNode } from './locateNode.js';
import { locationAt, type ParsedYaml } from './parseYaml.js';

/**
 * Where a model's complaint about a design points: the last scalar of the document, in file
 * order, whose text is a word of the message (a name, a port, a MAC address) — for a
 * duplicate, the second occurrence; else the design's section. Used for mistakes a model
 * finds while compiling a design that its kind did not check itself.
 */
export function locateByMessage(parsed: ParsedYaml, section: string, message: string): SourceLocation {
  const words = new Set(message.split(/[\s,;()"'`]+/).map((w) => w.replace(/[.:]$/, '')).filter((w) => w.length > 0));
  let offset: number | undefined;
  visit(parsed.document, {
    Scalar(_key, node) {
      if (isScalar(node) && node.range && words.has(String(node.value))) {
        if (offset === undefined || node.range[0] > offset) offset = node.range[0];
      }
    },
  });
  return offset === undefined ? locateNode(parsed, [section], 'key') : locationAt(parsed, offset);
}
