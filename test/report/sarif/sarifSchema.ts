/**
 * The official SARIF 2.1.0 JSON schema (as @microsoft/jest-sarif ships it: sarif-2.1.0-rtm.5,
 * the 2.1.0 standard's schema) compiled with ajv for the draft it declares (draft-04), with
 * the formats it uses (uri, uri-reference, date-time) checked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Log } from 'sarif';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as { $schema: string };

// unicodeRegExp off: the schema's `language` pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`)
// has a stray `]` that only non-unicode regular expressions (as JSON Schema draft 4 meant) accept.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** The draft the schema declares. */
export const declaredDraft = schema.$schema;

/** The schema's complaints about `text` as a SARIF log (empty when it is valid). */
export function sarifErrors(text: string): string[] {
  const log = JSON.parse(text) as unknown;
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Parses a log that the tests have validated. */
export function parseLog(text: string): Log {
  return JSON.parse(text) as Log;
}
