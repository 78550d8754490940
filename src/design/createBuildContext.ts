import { FaultlineError, type Diagnostic } from '../core/errors.js';
import type { BuildContext } from './designKind.js';
import { locateNode } from './locateNode.js';
import type { ParsedYaml } from './parseYaml.js';

/**
 * The context a kind builds with: `locate` points at a path (the key for a collection under a
 * key, the value otherwise; the nearest existing ancestor for a missing path), `fail`
 * throws a FaultlineError there, and `warn` adds a located warning to `warnings`.
 */
export function createBuildContext(parsed: ParsedYaml, warnings: Diagnostic[] = []): BuildContext {
  return {
    file: parsed.file,
    locate: (path) => locateNode(parsed, path),
    warn(path, code, message, hint) {
      warnings.push({ code, message, location: locateNode(parsed, path), ...(hint !== undefined ? { hint } : {}) });
    },
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
