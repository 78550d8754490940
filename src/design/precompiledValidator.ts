/**
 * The design validator generated at build time (`writeDesignValidator.ts`), when there is
 * one and it was generated from this very schema: its fingerprint must match, so a changed
 * kind or a stale build falls back to compiling the schema at run time, never to a validator
 * of another schema.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { packageRoot } from '../core/packageRoot.js';
import { schemaFingerprint } from './designSchemaCompiler.js';
import { DESIGN_VALIDATOR_FILE } from './designValidatorFile.js';

/** The generated validator of `schema`, or undefined when none was built for it. */
export function precompiledValidator(schema: Record<string, unknown>): ValidateFunction | undefined {
  const file = join(packageRoot(), DESIGN_VALIDATOR_FILE);
  if (!existsSync(file)) return undefined;
  const generated = createRequire(import.meta.url)(file) as ValidateFunction & { fingerprint?: string };
  return generated.fingerprint === schemaFingerprint(schema) ? generated : undefined;
}
