import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { composeDesignSchema, DESIGN_SCHEMA_ID } from '../../src/design/designSchema.js';
import { designKinds } from '../../src/design/registry.js';
import { DESIGN_SCHEMA_FILE, designSchemaText } from '../../src/design/writeSchema.js';
import { fixtureKinds } from './fixtureKind.js';

describe('composeDesignSchema', () => {
  it('offers one section per kind and requires exactly one of them', () => {
    const schema = composeDesignSchema(fixtureKinds) as { properties: Record<string, unknown>; oneOf: unknown };
    expect(Object.keys(schema.properties)).toEqual(['faultline', 'name', 'description', 'faults', 'check', 'lamps', 'bells']);
    expect(schema.oneOf).toEqual([
      { type: 'object', properties: { lamps: true }, required: ['lamps'] },
      { type: 'object', properties: { bells: true }, required: ['bells'] },
    ]);
  });

  it("keeps a kind's internal $refs resolving inside its own section", () => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(composeDesignSchema(fixtureKinds));
    expect(validate({ faultline: 1, name: 'h', lamps: { row: [{ name: 'a' }] } })).toBe(true);
    expect(validate({ faultline: 1, name: 'h', lamps: { row: [{ name: 'a', priority: 0 }] } })).toBe(false);
  });

  it('compiles under ajv strict mode: no custom keyword, every required key defined beside it', () => {
    const warnings: string[] = [];
    const ajv = new Ajv({ strict: true, allowUnionTypes: true, logger: { log: () => {}, warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) } });
    expect(() => ajv.compile(composeDesignSchema(designKinds))).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it('has no nested $id: every $ref resolves in the one root document, as editors resolve them', () => {
    const text = JSON.stringify(composeDesignSchema(designKinds));
    expect(text.match(/"\$id"/g)).toHaveLength(1);
    const schema = JSON.parse(text) as { definitions: Record<string, unknown> };
    for (const [, ref] of text.matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g)) expect(Object.keys(schema.definitions)).toContain(ref);
  });
});

describe('schema/design.schema.json', () => {
  it('equals what the code composes from the registry (run `npm run schema` after changing a kind)', () => {
    const committed = readFileSync(new URL(`../../${DESIGN_SCHEMA_FILE}`, import.meta.url), 'utf8');
    expect(committed).toBe(designSchemaText(designKinds));
  });

  it('carries the $id, a title and descriptions for editors', () => {
    const schema = JSON.parse(designSchemaText(designKinds)) as Record<string, any>;
    expect(schema['$id']).toBe(DESIGN_SCHEMA_ID);
    expect(schema['title']).toBe('faultline design');
    for (const key of ['faultline', 'name', 'description', 'faults', 'check']) {
      expect(schema['properties'][key].description).toEqual(expect.any(String));
    }
  });
});
