import type { ErrorObject } from 'ajv';
import { EXPECTED_COMMENT } from './designSchema.js';
import type { ErrorCode } from '../core/errors.js';
import type { DocPath } from './designKind.js';
import { didYouMean } from './didYouMean.js';
import { formatPath } from './docPath.js';
import type { PointAt } from './locateNode.js';

/** A schema error in words, before it gets a source location. */
export interface SchemaIssue {
  readonly code: ErrorCode;
  readonly message: string;
  readonly hint?: string;
  /** Where to point. */
  readonly path: DocPath;
  readonly at: PointAt;
  /** Lower is more useful; issues are listed in rank order. */
  readonly rank: number;
  /** For a missing key (FL211): the key. */
  readonly missingKey?: string;
}

type Schema = Record<string, unknown>;

/** Turns one ajv error (compiled with `verbose: true`) at `path` into a human sentence. */
export function humaniseSchemaError(error: ErrorObject, path: DocPath): SchemaIssue {
  const where = formatPath(path);
  const inWhere = path.length === 0 ? 'at the top level' : `in ${where}`;
  const parent = (error.parentSchema ?? {}) as Schema;
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  const issue = (code: ErrorCode, rank: number, message: string, hint?: string, at: PointAt = 'auto', target: DocPath = path): SchemaIssue =>
    hint === undefined ? { code, rank, message, path: target, at } : { code, rank, message, hint, path: target, at };

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const known = Object.keys((parent['properties'] ?? {}) as Schema);
      const free = Object.keys((parent['patternProperties'] ?? {}) as Schema).includes('^x-');
      const suggestion = didYouMean(key, known);
      const hint = free && !suggestion.startsWith('did') ? `${suggestion}; keys starting with "x-" are free for your own use` : suggestion;
      return issue('FL210', 0, `unknown key "${key}" ${inWhere}`, hint, 'key', [...path, key]);
    }
    case 'required': {
      const key = String(params['missingProperty']);
      if (path.length === 0 && key === 'faultline') return missingVersion();
      const about = describeField(parent, key);
      return { ...issue('FL211', 0, `missing key "${key}" ${inWhere}`, `add "${key}:"${about}`, 'auto'), missingKey: key };
    }
    case 'type':
      return issue('FL212', 1, `${where}: expected ${article(String(params['type']))}, got ${describeValue(data)}`, fieldHint(parent));
    case 'const':
      if (path.length === 1 && path[0] === 'faultline') {
        return issue('FL204', 0, `unsupported design format version ${JSON.stringify(data)}`, 'this faultline reads "faultline: 1"');
      }
      return issue('FL213', 2, `${where} must be ${JSON.stringify(params['allowedValue'])}, got ${describeValue(data)}`);
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v));
      const hint = typeof data === 'string' ? didYouMean(data, (params['allowedValues'] as unknown[]).map(String)) : undefined;
      return issue('FL213', 2, `${where} must be one of ${allowed.join(', ')}; got ${describeValue(data)}`, hint);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return issue('FL214', 3, `${where} ${describeRange(parent)}, got ${describeValue(data)}`, fieldHint(parent));
    case 'multipleOf': {
      // In range but off the step (a bridge priority of 4100): say so, not "must be between".
      const step = params['multipleOf'];
      const below = typeof data === 'number' && typeof step === 'number' ? Math.floor(data / step) * step : undefined;
      const near = below === undefined ? '' : ` (the nearest are ${below} and ${below + (step as number)})`;
      return issue('FL214', 3, `${where} must be a multiple of ${String(step)}, got ${describeValue(data)}${near}`, fieldHint(parent));
    }
    case 'oneOf':
    case 'anyOf':
      if (params['passingSchemas']) {
        return issue('FL216', 1, `${where} matches more than one of its alternative forms`, fieldHint(parent));
      }
      return issue('FL216', 1, `${where}: expected ${expectedForm(parent)}, got ${describeValue(data)}`, fieldHint(parent));
    case 'minLength':
      if (params['limit'] === 1) return issue('FL215', 4, `${where} must not be empty`, fieldHint(parent));
      return issue('FL215', 4, `${where} must be at least ${String(params['limit'])} characters long`, fieldHint(parent));
    case 'maxLength':
      return issue('FL215', 4, `${where} must be at most ${String(params['limit'])} characters long`, fieldHint(parent));
    case 'minItems':
      return issue('FL215', 4, `${where} needs at least ${count(params['limit'], 'item')}`, fieldHint(parent));
    case 'maxItems':
      return issue('FL215', 4, `${where} allows at most ${count(params['limit'], 'item')}`, fieldHint(parent));
    case 'minProperties':
      return issue('FL215', 4, `${where} needs at least ${count(params['limit'], 'key')}`, fieldHint(parent));
    case 'maxProperties':
      return issue('FL215', 4, `${where} allows at most ${count(params['limit'], 'key')}, got ${countKeys(data)}`, fieldHint(parent));
    case 'uniqueItems': {
      const later = Math.max(Number(params['i']), Number(params['j']));
      const earlier = Math.min(Number(params['i']), Number(params['j']));
      return issue('FL215', 4, `${where} lists the same item twice (items ${earlier} and ${later})`, 'remove the repeated item', 'value', [...path, later]);
    }
    case 'pattern':
      return issue('FL215', 4, `${where}: ${JSON.stringify(data)} does not match the pattern ${String(params['pattern'])}`, fieldHint(parent));
    default:
      return issue('FL215', 4, `${where} ${error.message ?? 'is not valid'}`, fieldHint(parent));
  }
}

function missingVersion(): SchemaIssue {
  return {
    code: 'FL204',
    rank: 0,
    message: 'missing the design format version',
    hint: 'add "faultline: 1" as the first line of the design',
    path: [],
    at: 'value',
  };
}

/** ` (…description…)` of a field, or nothing. */
function describeField(parent: Schema, key: string): string {
  const field = ((parent['properties'] ?? {}) as Record<string, Schema>)[key];
  const description = field?.['description'];
  return typeof description === 'string' ? ` (${description.replace(/\.$/, '')})` : '';
}

function fieldHint(schema: Schema): string | undefined {
  const description = schema['description'];
  return typeof description === 'string' ? description : undefined;
}

function describeRange(schema: Schema): string {
  const num = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
  const [min, max, xmin, xmax] = [num('minimum'), num('maximum'), num('exclusiveMinimum'), num('exclusiveMaximum')];
  if (min !== undefined && max !== undefined) return `must be between ${min} and ${max}`;
  const lower = min !== undefined ? `at least ${min}` : xmin !== undefined ? `greater than ${xmin}` : undefined;
  const upper = max !== undefined ? `at most ${max}` : xmax !== undefined ? `less than ${xmax}` : undefined;
  if (lower || upper) return `must be ${[lower, upper].filter(Boolean).join(' and ')}`;
  return `must be a multiple of ${String(schema['multipleOf'])}`;
}

function expectedForm(schema: Schema): string {
  const comment = schema['$comment'];
  if (typeof comment === 'string' && comment.startsWith(EXPECTED_COMMENT)) return comment.slice(EXPECTED_COMMENT.length);
  const branches = ((schema['oneOf'] ?? schema['anyOf'] ?? []) as Schema[]).map((b) => b['type']).filter((t) => typeof t === 'string');
  return branches.length > 0 ? branches.map((t) => article(t as string)).join(' or ') : 'one of the allowed forms';
}

const ARTICLES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'a map of keys',
  array: 'a list',
  null: 'nothing (null)',
};

function article(types: string): string {
  return types.split(',').map((t) => ARTICLES[t] ?? t).join(' or ');
}

/** `a string ("high")`, `a number (2.5)`, `a list`, `a map`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `a string (${JSON.stringify(value)})`;
  if (typeof value === 'number') return Number.isInteger(value) ? `${value}` : `a fraction (${value})`;
  return `${typeof value === 'boolean' ? 'a boolean' : typeof value} (${String(value)})`;
}

function count(limit: unknown, noun: string): string {
  return `${String(limit)} ${noun}${limit === 1 ? '' : 's'}`;
}

function countKeys(data: unknown): number {
  return data !== null && typeof data === 'object' ? Object.keys(data).length : 0;
}
