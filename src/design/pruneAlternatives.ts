import type { ErrorObject } from 'ajv';

/**
 * Collapses the noise of `oneOf`/`anyOf`. ajv reports the failed alternative plus every error
 * of every branch. When exactly one branch has the right type for the value, that branch's
 * errors are the real ones and the rest go; otherwise only the one alternative error stays
 * (the humaniser words it as "expected X or Y, got Z").
 */
export function pruneAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const alternatives = errors
    .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length || a.instancePath.length - b.instancePath.length);
  for (const alternative of alternatives) {
    if (dropped.has(alternative)) continue;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of errors) {
      const branch = branchOf(alternative, error);
      if (branch === undefined) continue;
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const fitting = [...branches.values()].filter(
      (list) => !list.some((e) => e.keyword === 'type' && e.instancePath === alternative.instancePath),
    );
    const branchCount = ((alternative.schema as unknown[] | undefined) ?? []).length;
    const failingOnType = branches.size - fitting.length;
    const onlyFit = fitting.length === 1 && failingOnType === branchCount - 1 ? fitting[0] : undefined;
    for (const [, list] of branches) {
      if (list !== onlyFit) list.forEach((e) => dropped.add(e));
    }
    if (onlyFit) dropped.add(alternative);
  }
  return errors.filter((e) => !dropped.has(e));
}

/** The branch index of `error` inside `alternative`, or undefined when it is not inside. */
function branchOf(alternative: ErrorObject, error: ErrorObject): string | undefined {
  if (error === alternative) return undefined;
  const prefix = `${alternative.schemaPath}/`;
  if (!error.schemaPath.startsWith(prefix)) return undefined;
  const at = alternative.instancePath;
  if (error.instancePath !== at && !error.instancePath.startsWith(`${at}/`)) return undefined;
  return error.schemaPath.slice(prefix.length).split('/')[0];
}
