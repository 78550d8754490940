/**
 * The value shapes of property parameters (`check: [{ reachable: { pairs: [[a, b]] } }]`): a
 * JSON Schema fragment each, for the design schema (editors validate and complete parameter
 * values; ajv strict compiles it), and the JSON type the loader checks before a property's
 * builder reads the value (src/design/propertyTable.ts). Ranges that depend on the design (a
 * bound counted in ticks of the design's own interval) stay the builders' to check, with their
 * own messages.
 */

/** A parameter's shape: its schema fragment, what it is in words, and a value that fits. */
export interface ParamShape {
  /** JSON Schema (draft-07) of the value, with a description; standard keywords only. */
  readonly schema: Readonly<Record<string, unknown>> & { readonly type: 'number' | 'integer' | 'string' | 'boolean' | 'array' };
  /** What the value is, for messages: "a number of seconds ≥ 0". */
  readonly expected: string;
  /** A value that fits, for hints. */
  readonly example: unknown;
}

/** A time bound in seconds, turned into the model's ticks by the property (the design decides the tick). */
export const SECONDS: ParamShape = {
  schema: { description: 'A time bound in seconds (counted in the model\'s ticks; the property says the largest it takes).', type: 'number', minimum: 0 },
  expected: 'a number of seconds ≥ 0',
  example: 5,
};

/** A time bound in whole seconds, 0..254 (models whose tick is one second). */
export const WHOLE_SECONDS: ParamShape = {
  schema: { description: 'A time bound in whole seconds, 0..254.', type: 'integer', minimum: 0, maximum: 254 },
  expected: 'whole seconds in 0..254',
  example: 5,
};

/** A count of RSTP hello times, 0..254. */
export const HELLOS: ParamShape = {
  schema: { description: 'A bound in hello times (2 s each), 0..254.', type: 'integer', minimum: 0, maximum: 254 },
  expected: 'a whole number of hello times in 0..254',
  example: 3,
};

/** A positive number (a ratio, a load, a rate). */
export function positive(what: string, example: number): ParamShape {
  return { schema: { description: `${what}, a number > 0.`, type: 'number', exclusiveMinimum: 0 }, expected: `${what}: a number > 0`, example };
}

/** A name of an element of the design. */
export function nameOf(what: string, example: string): ParamShape {
  return { schema: { description: `The name of ${what}.`, type: 'string', minLength: 1 }, expected: `the name of ${what}`, example };
}

/** One of a few words. */
export function oneOf(values: readonly string[], description: string): ParamShape {
  return { schema: { description, type: 'string', enum: [...values] }, expected: `one of ${values.map((v) => `"${v}"`).join(', ')}`, example: values[0] };
}

/** A flag that may only be true (`all: true`). */
export const ONLY_TRUE: ParamShape = {
  schema: { description: 'true (the only value; leave the parameter out otherwise).', type: 'boolean', enum: [true] },
  expected: 'true',
  example: true,
};

/** Pairs of endpoint names. */
export const ENDPOINT_PAIRS: ParamShape = {
  schema: {
    description: 'Pairs of host or router names, each [a, b].',
    type: 'array',
    minItems: 1,
    items: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'string', minLength: 1 } },
  },
  expected: 'a list of [a, b] pairs of host or router names',
  example: [['Server1', 'Server2']],
};

/** Whether `value` has the JSON type `shape` names (integers count as numbers). */
export function hasShapeType(shape: ParamShape, value: unknown): boolean {
  switch (shape.schema.type) {
    case 'number':
    case 'integer': // a fraction reaches the property, which says what it counts in
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
  }
}
