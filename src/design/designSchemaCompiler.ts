/**
 * How the design schema becomes a validator, the same at build time and at run time: one set
 * of ajv options, and a fingerprint of the composed schema that tells whether a validator
 * generated at build time (see `writeDesignValidator.ts`) is the one for this schema.
 */
import { createHash } from 'node:crypto';
import { Ajv, type Options } from 'ajv';

/** The ajv options of the design validator (errors with their schema, for humane messages). */
export const DESIGN_AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: false, logger: false };

/** A digest of the composed schema: a generated validator whose digest differs is stale. */
export function schemaFingerprint(schema: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/** An ajv instance with the design options; `source` keeps the code for standalone generation. */
export function designAjv(source = false): Ajv {
  return new Ajv({ ...DESIGN_AJV_OPTIONS, ...(source ? { code: { source: true } } : {}) });
}
