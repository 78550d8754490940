import type { DesignKind } from './designKind.js';

/** The `$id` of the composed design schema (an identifier; editors use the local file). */
export const DESIGN_SCHEMA_ID = 'https://faultline.dev/schema/design.schema.json';

/** The design format version this faultline reads (`faultline: 1`). */
export const DESIGN_FORMAT_VERSION = 1;

/** Top-level keys matching this (`x-defaults:`) are ignored: a place for anchors and notes. */
export const EXTENSION_KEY = /^x-/;

/** Keys every design may hold, whatever its kind. */
export const COMMON_KEYS = ['faultline', 'name', 'description', 'faults', 'check'] as const;

/** The `$comment` prefix that tells error messages what form a value takes. */
export const EXPECTED_COMMENT = 'expected: ';

/**
 * Composes the JSON Schema (draft-07) of a whole design document from the registered kinds:
 * the common keys, plus one optional section per kind, exactly one of which must be present.
 *
 * Editors (yaml-language-server) resolve every `$ref` against the one root document, so a
 * kind's own `definitions` are hoisted into the root's as `<section>.<name>` and its refs
 * rewritten; no nested `$id`. Per kind, an `if`/`then` branch narrows `check:` to that kind's
 * property names (each with its description, its parameter keys and each parameter's value
 * shape, src/design/paramShapes.ts) and `faults.kinds` to its
 * fault kinds, so completion offers only what the design's kind accepts. The loader's own
 * checks (FL220, FL221, parameter codes) say the same with better messages, so validation
 * drops the branch's errors. Only standard keywords: it compiles under ajv's strict mode.
 */
export function composeDesignSchema(kinds: readonly DesignKind[]): Record<string, unknown> {
  const sections: Record<string, unknown> = {};
  const definitions: Record<string, unknown> = {
    propertyRequest: {
      description: 'A property name, or a one-key map from a property name to its parameters.',
      $comment: `${EXPECTED_COMMENT}a property name, or a one-key map {name: {parameters}}`,
      oneOf: [
        { type: 'string' },
        {
          type: 'object',
          minProperties: 1,
          maxProperties: 1,
          additionalProperties: { description: 'Parameters of the property.', type: ['object', 'null'] },
        },
      ],
    },
  };
  for (const kind of kinds) {
    const { section, hoisted } = embedSection(kind);
    sections[kind.section] = section;
    Object.assign(definitions, hoisted);
    definitions[`${kind.section}.check`] = checkItemOf(kind);
  }
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
            items: { type: 'string' },
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
    oneOf: kinds.map((kind) => ({ type: 'object', properties: { [kind.section]: true }, required: [kind.section] })),
    allOf: kinds.map((kind) => ({
      if: { type: 'object', properties: { [kind.section]: true }, required: [kind.section] },
      then: {
        type: 'object',
        properties: {
          check: { type: 'array', items: { $ref: `#/definitions/${kind.section}.check` } },
          faults: { type: 'object', properties: { kinds: { type: 'array', items: stringOf(kind.faultKinds) } } },
        },
      },
    })),
    definitions,
  };
}

/** Whether an ajv error comes from a kind's `if`/`then` branch (the loader says it better). */
export function isKindBranchError(schemaPath: string): boolean {
  // ajv gives the path inside a `$ref`'d definition from that definition: `#/definitions/vrrp.check/...`.
  return schemaPath.startsWith('#/allOf/') || /^#\/definitions\/[^/]+\.check\//.test(schemaPath);
}

/** A `check:` entry of one kind: one of its names, or a one-key map of a name to its parameters. */
function checkItemOf(kind: DesignKind): Record<string, unknown> {
  const entries = Object.entries(kind.properties);
  return {
    description: `A property of a ${kind.section} design: its name, or a one-key map from its name to its parameters.`,
    anyOf: [
      stringOf(Object.fromEntries(entries.map(([name, info]) => [name, info.description]))),
      {
        type: 'object',
        minProperties: 1,
        maxProperties: 1,
        additionalProperties: false,
        properties: Object.fromEntries(
          entries.map(([name, info]) => [
            name,
            {
              description: info.description,
              type: ['object', 'null'],
              additionalProperties: false,
              properties: Object.fromEntries(info.params.map((param) => [param, info.shapes?.[param]?.schema ?? { description: `Parameter ${param} of ${name}.` }])),
            },
          ]),
        ),
      },
    ],
  };
}

/** A string that is one of `described`'s keys, as `const`s with descriptions (editors list each with its line); none: `false`. */
function stringOf(described: Readonly<Record<string, string>>): Record<string, unknown> | false {
  const values = Object.entries(described);
  if (values.length === 0) return false;
  return { type: 'string', anyOf: values.map(([value, description]) => ({ const: value, description })) };
}

/**
 * A kind's section schema without `$schema`, its `definitions` hoisted to the root as
 * `<section>.<name>` and every `#/definitions/<name>` ref inside rewritten to match.
 */
function embedSection(kind: DesignKind): { section: Record<string, unknown>; hoisted: Record<string, unknown> } {
  const { $schema: _ignored, $id: _id, definitions, ...schema } = kind.sectionSchema as Record<string, unknown>;
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rename);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, key === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/') ? `#/definitions/${kind.section}.${v.slice('#/definitions/'.length)}` : rename(v)]),
    );
  };
  const hoisted = Object.fromEntries(Object.entries((definitions ?? {}) as Record<string, unknown>).map(([name, d]) => [`${kind.section}.${name}`, rename(d)]));
  return { section: { description: kind.description, ...(rename(schema) as Record<string, unknown>) }, hoisted };
}
