/**
 * Property parameters have value shapes (src/design/paramShapes.ts): every parameter of every
 * kind's table has one; the design schema carries them, so ajv (strict) and editors check a
 * parameter's type per kind; and the loader refuses a value of the wrong type at the parameter,
 * with the table's code and a hint giving a value that fits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { composeDesignSchema } from '../../src/design/designSchema.js';
import { parseDesign } from '../../src/design/loadDesign.js';
import { designKinds } from '../../src/design/registry.js';
import { KIND_BASE_DESIGNS } from '../fixtures/kindBases.js';
import { diagnosticsOf } from './diagnosticsOf.js';

const DESIGNS = join(import.meta.dirname, '../../models/designs');

const BASE = KIND_BASE_DESIGNS;

/** A value of another JSON type than `type`. */
const WRONG: Readonly<Record<string, unknown>> = { number: 'soon', integer: 'soon', string: 7, boolean: 'yes', array: 'Server1,Server2' };

const params = designKinds.flatMap((kind) =>
  Object.entries(kind.properties).flatMap(([name, info]) => info.params.map((param) => ({ kind, name, param, shape: info.shapes?.[param] }))),
);

const schemaValidator = () => new Ajv({ strict: true, allowUnionTypes: true, logger: false }).compile(composeDesignSchema(designKinds));

describe('property parameter shapes', () => {
  it('give every parameter of every kind a shape', () => {
    expect(params.length).toBeGreaterThan(15);
    expect(params.filter((p) => p.shape === undefined).map((p) => `${p.kind.section}.${p.name}.${p.param}`)).toEqual([]);
  });

  it('are in the design schema: ajv strict refuses a VRRP bound written as a word and takes a number', () => {
    const validate = schemaValidator();
    const doc = parse(readFileSync(join(DESIGNS, BASE['vrrp']!), 'utf8')) as Record<string, unknown>;
    expect(validate({ ...doc, check: [{ 'master-within-bound': { seconds: 4 } }] })).toBe(true);
    expect(validate({ ...doc, check: [{ 'master-within-bound': { seconds: 'soon' } }] })).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain('must be number');
  });

  it('are in the design schema: reachable pairs must be [a, b] pairs of names, and all can only be true', () => {
    const validate = schemaValidator();
    const doc = parse(readFileSync(join(DESIGNS, BASE['topology']!), 'utf8')) as Record<string, unknown>;
    expect(validate({ ...doc, check: [{ reachable: { pairs: [['Server1', 'Server2']] } }] })).toBe(true);
    expect(validate({ ...doc, check: [{ reachable: { pairs: [['Server1']] } }] })).toBe(false);
    expect(validate({ ...doc, check: [{ reachable: { all: false } }] })).toBe(false);
  });

  it.each(params.filter((p) => BASE[p.kind.section] !== undefined).map((p) => [`${p.kind.section} ${p.name}: ${p.param}`, p] as const))(
    'refuse a %s of the wrong type at the parameter, with a hint',
    (_label, { kind, name, param, shape }) => {
      const doc = parse(readFileSync(join(DESIGNS, BASE[kind.section]!), 'utf8')) as Record<string, unknown>;
      doc['check'] = [{ [name]: { [param]: WRONG[shape!.schema.type] } }];
      const text = stringify(doc);
      const [d] = diagnosticsOf(() => parseDesign(text, `${kind.section}.yaml`));
      expect(d?.code).toMatch(/^FL2\d\d$/);
      expect(d?.message).toBe(`property "${name}": ${param} must be ${shape!.expected}, got ${JSON.stringify(WRONG[shape!.schema.type])}`);
      expect(d?.hint).toBe(`e.g. ${name}: { ${param}: ${JSON.stringify(shape!.example)} }`);
      const line = text.split('\n')[d!.location!.line - 1]!;
      expect(line.slice(d!.location!.column - 1)).toMatch(new RegExp(`^${JSON.stringify(WRONG[shape!.schema.type]).replace(/"/g, '"?')}`));
      expect(line).toContain(`${param}:`);
    },
  );
});
