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
    expect(schema.oneOf).toEqual([{ required: ['lamps'] }, { required: ['bells'] }]);
  });

  it("keeps a kind's internal $refs resolving inside its own section", () => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(composeDesignSchema(fixtureKinds));
    expect(validate({ faultline: 1, name: 'h', lamps: { row: [{ name: 'a' }] } })).toBe(true);
    expect(validate({ faultline: 1, name: 'h', lamps: { row: [{ name: 'a', priority: 0 }] } })).toBe(false);
  });

  it('uses no unknown keyword in the registered kinds (x-expected aside)', () => {
    const ajv = new Ajv({ strictSchema: true, strictTypes: false, strictTuples: false, strictRequired: false, logger: false });
    ajv.addKeyword('x-expected');
    expect(() => ajv.compile(composeDesignSchema(designKinds))).not.toThrow();
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
