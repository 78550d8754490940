import type { BuildContext, DocPath } from '../designKind.js';

/**
 * A context for a kind's builder run on a part of a larger document: every path it names is
 * put under `prefix` (the `topology:` builder run on `site.topology` points at
 * `site.topology...`).
 */
export function relocatedContext(ctx: BuildContext, prefix: DocPath): BuildContext {
  const at = (path: DocPath): DocPath => [...prefix, ...path];
  return {
    file: ctx.file,
    locate: (path) => ctx.locate(at(path)),
    fail: (path, code, message, hint) => ctx.fail(at(path), code, message, hint),
    warn: (path, code, message, hint) => ctx.warn(at(path), code, message, hint),
  };
}
