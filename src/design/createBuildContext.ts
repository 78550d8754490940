import { FaultlineError } from '../core/errors.js';
import type { BuildContext } from './designKind.js';
import { locateNode } from './locateNode.js';
import type { ParsedYaml } from './parseYaml.js';

/**
 * The context a kind builds with: `locate` points at a path (the key for a collection under a
 * key, the value otherwise; the nearest existing ancestor for a missing path), and `fail`
 * throws a FaultlineError there.
 */
export function createBuildContext(parsed: ParsedYaml): BuildContext {
  return {
    file: parsed.file,
    locate: (path) => locateNode(parsed, path),
    fail(path, code, message, hint) {
      throw new FaultlineError({
        code,
        message,
        location: locateNode(parsed, path),
        ...(hint !== undefined ? { hint } : {}),
      });
    },
  };
}
