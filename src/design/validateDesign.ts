import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../core/errors.js';
import type { DesignKind } from './designKind.js';
import { composeDesignSchema, isKindBranchError } from './designSchema.js';
import { designAjv } from './designSchemaCompiler.js';
import { closestMatch } from './didYouMean.js';
import { pointerToPath } from './docPath.js';
import { humaniseSchemaError, type SchemaIssue } from './humaniseSchemaError.js';
import { locateNode } from './locateNode.js';
import { precompiledValidator } from './precompiledValidator.js';
import type { ParsedYaml } from './parseYaml.js';
import { pruneAlternatives } from './pruneAlternatives.js';

const compiled = new WeakMap<readonly DesignKind[], ValidateFunction>();

/**
 * The compiled validator of the design schema composed from `kinds` (cached per list): the
 * one generated at build time when it was generated from this schema, else compiled now.
 */
export function designValidator(kinds: readonly DesignKind[]): ValidateFunction {
  let validate = compiled.get(kinds);
  if (!validate) {
    const schema = composeDesignSchema(kinds);
    validate = precompiledValidator(schema) ?? designAjv().compile(schema);
    compiled.set(kinds, validate);
  }
  return validate;
}

/**
 * Validates parsed design data against the composed schema. Returns one diagnostic per
 * distinct problem, most useful first (unknown and missing keys, then wrong types, then
 * wrong values, then the rest), each pointing at the offending key or value. The check that
 * exactly one kind section is present is left to `identifyKind`, which says it better.
 */
export function validateDesign(parsed: ParsedYaml, kinds: readonly DesignKind[]): Diagnostic[] {
  const validate = designValidator(kinds);
  if (validate(parsed.data)) return [];
  const errors = pruneAlternatives((validate.errors ?? []).filter((e) => !isNoise(e)));
  const issues = dropExplainedMissingKeys(errors.map((e) => humaniseSchemaError(e, pointerToPath(e.instancePath, parsed.data))));
  const seen = new Set<string>();
  const located: { diagnostic: Diagnostic; rank: number }[] = [];
  for (const issue of issues) {
    const location = locateNode(parsed, issue.path, issue.at);
    const diagnostic: Diagnostic = {
      code: issue.code,
      message: issue.message,
      location,
      ...(issue.hint !== undefined ? { hint: issue.hint } : {}),
    };
    const key = `${issue.code}|${issue.message}|${location.line}:${location.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    located.push({ diagnostic, rank: issue.rank });
  }
  located.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.diagnostic.location?.line ?? 0) - (b.diagnostic.location?.line ?? 0) ||
      (a.diagnostic.location?.column ?? 0) - (b.diagnostic.location?.column ?? 0),
  );
  return located.map((entry) => entry.diagnostic);
}

/** The top-level "exactly one section" rule and `if` wrappers only repeat other errors. */
function isNoise(error: ErrorObject): boolean {
  if (error.keyword === 'if' || isKindBranchError(error.schemaPath)) return true;
  return error.instancePath === '' && (error.schemaPath === '#/oneOf' || error.schemaPath.startsWith('#/oneOf/'));
}

/** `missing key "priority"` says nothing new next to `unknown key "priorty"` (did you mean "priority"?). */
function dropExplainedMissingKeys(issues: SchemaIssue[]): SchemaIssue[] {
  const unknownKeys = issues.filter((i) => i.code === 'FL210');
  return issues.filter((issue) => {
    if (issue.code !== 'FL211') return true;
    const missing = issue.missingKey;
    if (missing === undefined) return true;
    return !unknownKeys.some(
      (u) =>
        u.path.length === issue.path.length + 1 &&
        issue.path.every((segment, i) => u.path[i] === segment) &&
        closestMatch(String(u.path[u.path.length - 1]), [missing]) !== undefined,
    );
  });
}
