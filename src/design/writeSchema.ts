import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { DesignKind } from './designKind.js';
import { composeDesignSchema } from './designSchema.js';
import { designKinds } from './registry.js';

/** Where the published schema lives, relative to the package root. */
export const DESIGN_SCHEMA_FILE = 'schema/design.schema.json';

/** The text of `schema/design.schema.json`: the composed schema, two-space indented. */
export function designSchemaText(kinds: readonly DesignKind[] = designKinds): string {
  return `${JSON.stringify(composeDesignSchema(kinds), null, 2)}\n`;
}

/** Writes the composed schema to `file` (`npm run schema` does this). */
export function writeSchema(file: string = DESIGN_SCHEMA_FILE): void {
  writeFileSync(file, designSchemaText());
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeSchema(process.argv[2]);
}
