/**
 * A tiny design kind for the loader's tests: a row of lamps, each lit or dark; the fault
 * `lamp-out` puts one out. Its section schema uses an internal `$ref`, a range, an enum and a
 * `oneOf`, so every humaniser path gets exercised without the real VRRP kind.
 */
import type { Model } from '../../src/core/model.js';
import { always, sometimes, type Property } from '../../src/core/property.js';
import type { DesignKind } from '../../src/design/designKind.js';

type Lamps = readonly boolean[];
type LampAction = { readonly type: 'lamp-out'; readonly lamp: number };

interface LampSpec {
  readonly name: string;
  readonly priority?: number;
}

export const lampKind: DesignKind<Lamps> = {
  section: 'lamps',
  description: 'A row of lamps (test fixture)',
  sectionSchema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    required: ['row'],
    additionalProperties: false,
    properties: {
      row: { description: 'The lamps, in order.', type: 'array', minItems: 1, items: { $ref: '#/definitions/lamp' } },
      wiring: { description: 'How the lamps are wired.', enum: ['serial', 'parallel'] },
    },
    definitions: {
      lamp: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { description: 'Lamp name.', type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          priority: { description: 'Lamp priority.', type: 'integer', minimum: 1, maximum: 255 },
          power: { oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^[0-9]+W$' }] },
          brightness: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        },
      },
    },
  },
  properties: { 'one-lit': { description: 'at least one lamp is lit', params: [] }, 'all-dark': { description: 'every lamp goes dark (witness)', params: [] } },
  propertyNames: { 'one-lit': 'at least one lamp is lit', 'all-dark': 'every lamp goes dark (witness)' },
  faultKinds: { 'lamp-out': 'a lamp goes out', 'fuse-blown': 'every lamp goes out' },
  build(doc, ctx) {
    const lamps = (doc['lamps'] as { row: LampSpec[] }).row;
    const seen = new Map<string, number>();
    lamps.forEach((lamp, index) => {
      const earlier = seen.get(lamp.name);
      if (earlier !== undefined) {
        ctx.fail(['lamps', 'row', index, 'name'], 'FL229', `lamp "${lamp.name}" is defined twice`, `the first is lamps.row[${earlier}]`);
      }
      seen.set(lamp.name, index);
    });
    const model: Model<Lamps, LampAction> = {
      name: 'lamps',
      codec: {
        width: lamps.length,
        encode: (state, out) => state.forEach((lit, i) => (out[i] = lit ? 1 : 0)),
        decode: (bytes, offset = 0) => Array.from(bytes.subarray(offset, offset + lamps.length), (b) => b === 1),
      },
      initialStates: () => [lamps.map(() => true)],
      actions: () => [],
      faults: (state) => state.flatMap((lit, lamp) => (lit ? [{ type: 'lamp-out' as const, lamp }] : [])),
      next: (state, action) => state.map((lit, i) => lit && i !== action.lamp),
    };
    const all: Record<string, Property<Lamps>> = {
      'one-lit': always('one-lit', (s) => s.some((lit) => lit)),
      'all-dark': sometimes('all-dark', (s) => s.every((lit) => !lit)),
    };
    const wanted = doc.check?.map((request) => request.name) ?? ['one-lit'];
    return { model, properties: wanted.flatMap((name) => all[name] ?? []), options: { maxDepth: lamps.length + 1, maxFaults: 1 } };
  },
};

/** A second fixture kind, to test documents holding two sections. */
export const bellKind: DesignKind = {
  section: 'bells',
  description: 'Bells (test fixture)',
  sectionSchema: { type: 'object', properties: { count: { type: 'integer', minimum: 1 } } },
  properties: { rings: { description: 'a bell rings', params: [] } },
  propertyNames: { rings: 'a bell rings' },
  faultKinds: {},
  build: (_doc, ctx) => ctx.fail(['bells'], 'FL229', 'bells cannot be built'),
};

export const fixtureKinds: readonly DesignKind[] = [lampKind, bellKind];
