/**
 * A design kind's properties, declared once: each name with its one-line description, the
 * parameters it takes under `check:` and how it is built. The loader (unknown names, FL220),
 * `faultline list`, the JSON Schema and the library all read the same table, and building
 * checks parameter keys in one place, so no kind hand-writes a switch over names
 * (docs/decisions/0028-property-tables.md).
 */
import type { ErrorCode } from '../core/errors.js';
import type { Property } from '../core/property.js';
import type { BuildContext, PropertyRequest } from './designKind.js';
import { closestMatch, didYouMean } from './didYouMean.js';
import { hasShapeType, type ParamShape } from './paramShapes.js';

/** What the loader, `faultline list` and the schema know of a property. */
export interface PropertyInfo {
  /** One line for `faultline list`. */
  readonly description: string;
  /** The parameters it takes under `check:` (`{ name: { seconds: 4 } }`); none when empty. */
  readonly params: readonly string[];
  /** The value shape of each parameter (src/design/paramShapes.ts): the schema and the loader read it. */
  readonly shapes?: Readonly<Record<string, ParamShape>>;
}

/** How one property is built from its request, over what the kind built first (`C`). */
export interface PropertyBuilder<S, C> {
  /** The parameters it takes under `check:`. */
  readonly params: readonly string[];
  /** The value shape of each of `params`. */
  readonly shapes?: Readonly<Record<string, ParamShape>>;
  /** The code of a parameter it does not take, when not the table's (a site's lifted stack properties). */
  readonly paramCode?: ErrorCode;
  /** Builds the property; the request's name is this entry's and its parameter keys are among `params`. */
  build(request: PropertyRequest, context: C, ctx: BuildContext): Property<S>;
}

/** One entry of a {@link PropertyTable}. */
export type PropertySpec<S, C> = PropertyInfo & PropertyBuilder<S, C>;

/** A kind's (or a part of a kind's) properties, in the order `faultline list` shows them. */
export interface PropertyTable<S, C> {
  readonly entries: Readonly<Record<string, PropertySpec<S, C>>>;
  /** The code of a parameter a property does not take (FL238 for VRRP, ...). */
  readonly paramCode: ErrorCode;
  /** The names checked when a design lists none: every entry, in order, when absent. */
  readonly defaults?: (context: C) => readonly string[];
}

/** Any table, read for its names, descriptions and parameters only. */
export interface PropertyInfoTable {
  readonly entries: Readonly<Record<string, PropertyInfo>>;
}

/**
 * A table from a kind's description record (`VRRP_PROPERTY_NAMES`, kept beside the
 * properties themselves) and one builder per name: the types make the two list exactly the
 * same names, and the order is the descriptions'.
 */
export function propertyTable<S, C, N extends string>(
  descriptions: Readonly<Record<N, string>>,
  paramCode: ErrorCode,
  builders: { readonly [K in N]: PropertyBuilder<S, C> },
  defaults?: (context: C) => readonly N[],
): PropertyTable<S, C> {
  const entries: Record<string, PropertySpec<S, C>> = {};
  for (const name of Object.keys(descriptions) as N[]) entries[name] = { description: descriptions[name], ...builders[name] };
  return { entries, paramCode, ...(defaults === undefined ? {} : { defaults }) };
}

/** The tables of a kind's parts as one (a topology's layer-2 and aggregation properties). */
export function joinedInfo(...tables: readonly PropertyInfoTable[]): Readonly<Record<string, PropertyInfo>> {
  const out: Record<string, PropertyInfo> = {};
  for (const table of tables) {
    for (const [name, { description, params, shapes }] of Object.entries(table.entries)) out[name] = { description, params, ...(shapes === undefined ? {} : { shapes }) };
  }
  return out;
}

/** Name → one-line description, as `DesignKind.propertyNames` lists them. */
export function descriptionsOf(info: Readonly<Record<string, PropertyInfo>>): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(info).map(([name, { description }]) => [name, description]));
}

/** The `properties` and `propertyNames` of a design kind, from its table(s). */
export function kindProperties(...tables: readonly PropertyInfoTable[]): {
  readonly properties: Readonly<Record<string, PropertyInfo>>;
  readonly propertyNames: Readonly<Record<string, string>>;
} {
  const properties = joinedInfo(...tables);
  return { properties, propertyNames: descriptionsOf(properties) };
}

/** Whether `name` is one of `table`'s properties. */
export function hasProperty(table: PropertyInfoTable, name: string): boolean {
  return Object.hasOwn(table.entries, name);
}

/**
 * The properties `requests` ask for (the table's defaults when absent), in request order. A
 * parameter a property does not take fails with the table's code at the parameter; a name
 * outside the table (only reachable by building without the loader) fails with FL220.
 */
export function buildProperties<S, C>(table: PropertyTable<S, C>, requests: readonly PropertyRequest[] | undefined, context: C, ctx: BuildContext): Property<S>[] {
  const chosen = requests ?? (table.defaults?.(context) ?? Object.keys(table.entries)).map((name): PropertyRequest => ({ name, params: {}, path: ['check'] }));
  return chosen.map((request) => {
    const spec = Object.hasOwn(table.entries, request.name) ? table.entries[request.name] : undefined;
    if (spec === undefined) return ctx.fail(request.path, 'FL220', `unknown property "${request.name}"`, didYouMean(request.name, Object.keys(table.entries)));
    const code = spec.paramCode ?? table.paramCode;
    for (const [key, value] of Object.entries(request.params)) {
      if (!spec.params.includes(key)) ctx.fail([...request.path, key], code, `property "${request.name}" has no parameter "${key}"`, paramHint(key, spec.params));
      const shape = spec.shapes?.[key];
      if (shape !== undefined && !hasShapeType(shape, value)) {
        ctx.fail([...request.path, key], code, `property "${request.name}": ${key} must be ${shape.expected}, got ${JSON.stringify(value)}`, `e.g. ${request.name}: { ${key}: ${JSON.stringify(shape.example)} }`);
      }
    }
    return spec.build(request, context, ctx);
  });
}

function paramHint(key: string, params: readonly string[]): string {
  if (params.length === 0) return 'it takes no parameters';
  const list = params.length === 1 ? `its parameter: ${params[0]}` : `its parameters: ${params.join(', ')}`;
  const close = closestMatch(key, params);
  return close === undefined ? list : `did you mean "${close}"? (${list})`;
}
