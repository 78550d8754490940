import type { DesignKind } from './designKind.js';

/** The `$id` of the composed design schema (an identifier; editors use the local file). */
export const DESIGN_SCHEMA_ID = 'https://faultline.dev/schema/design.schema.json';

/** The design format version this faultline reads (`faultline: 1`). */
export const DESIGN_FORMAT_VERSION = 1;

/** Top-level keys matching this (`x-defaults:`) are ignored: a place for anchors and notes. */
export const EXTENSION_KEY = /^x-/;

/** Keys every design may hold, whatever its kind. */
export const COMMON_KEYS = ['faultline', 'name', 'description', 'faults', 'check'] as const;

/**
 * Composes the JSON Schema (draft-07) of a whole design document from the registered kinds:
 * the common keys, plus one optional section per kind, exactly one of which must be present.
 * Each kind's section schema is embedded with its own `$id`, so `#/definitions/...` references
 * inside it keep resolving against the section schema itself.
 */
export function composeDesignSchema(kinds: readonly DesignKind[]): Record<string, unknown> {
  const sections: Record<string, unknown> = {};
  for (const kind of kinds) sections[kind.section] = embedSection(kind);
  const propertyNames = unique(kinds.flatMap((kind) => Object.keys(kind.properties)));
  const faultKinds = unique(kinds.flatMap((kind) => Object.keys(kind.faultKinds)));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: DESIGN_SCHEMA_ID,
    title: 'faultline design',
    description:
      'A high-availability design for faultline to check: the format version, a name, the fault model, ' +
      `the properties to check and exactly one design section (${kinds.map((k) => k.section).join(', ')}).`,
    type: 'object',
    required: ['faultline', 'name'],
    additionalProperties: false,
    patternProperties: {
      [EXTENSION_KEY.source]: { description: 'Free for your own use, e.g. anchors (&defaults) to reuse below.' },
    },
    properties: {
      faultline: {
        description: `Design format version. This faultline reads version ${DESIGN_FORMAT_VERSION}.`,
        const: DESIGN_FORMAT_VERSION,
      },
      name: { description: 'Short name of the design, used in reports.', type: 'string', minLength: 1 },
      description: { description: 'What the design is, in a sentence or two.', type: 'string' },
      faults: {
        description: 'The fault model: how many faults may happen on one path, and which kinds.',
        type: 'object',
        additionalProperties: false,
        properties: {
          budget: {
            description: 'Most faults on any one path (the --max-faults default).',
            type: 'integer',
            minimum: 0,
            maximum: 10,
          },
          kinds: {
            description: 'Fault kinds to inject; absent means every kind the design section offers.',
            type: 'array',
            uniqueItems: true,
            items: { type: 'string', ...(faultKinds.length > 0 ? { examples: faultKinds } : {}) },
          },
        },
      },
      check: {
        description: "Properties to check; absent means the design kind's defaults.",
        type: 'array',
        items: { $ref: '#/definitions/propertyRequest' },
      },
      ...sections,
    },
    oneOf: kinds.map((kind) => ({ required: [kind.section] })),
    definitions: {
      propertyRequest: {
        description: 'A property name, or a one-key map from a property name to its parameters.',
        'x-expected': 'a property name, or a one-key map {name: {parameters}}',
        oneOf: [
          { type: 'string', ...(propertyNames.length > 0 ? { examples: propertyNames } : {}) },
          {
            type: 'object',
            minProperties: 1,
            maxProperties: 1,
            additionalProperties: { description: 'Parameters of the property.', type: ['object', 'null'] },
          },
        ],
      },
    },
  };
}

function embedSection(kind: DesignKind): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = kind.sectionSchema as Record<string, unknown>;
  return {
    $id: `https://faultline.dev/schema/kinds/${kind.section}.json`,
    description: kind.description,
    ...schema,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
