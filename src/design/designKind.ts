import type { ErrorCode, SourceLocation } from '../core/errors.js';
import type { Model } from '../core/model.js';
import type { Property } from '../core/property.js';
import type { Trace } from '../core/trace.js';
import type { SweepSubject } from '../explore/sweepTypes.js';
import type { PropertyInfo } from './propertyTable.js';
import type { DesignPicture } from './picture/designPicture.js';

/** A path into a design document: keys and array indices, e.g. `['vrrp', 'routers', 1, 'priority']`. */
export type DocPath = readonly (string | number)[];

/** What a design kind gets while building: the raw document and ways to point at it. */
export interface BuildContext {
  readonly file: string;
  /** The source location of a path in the document (the nearest existing ancestor). */
  locate(path: DocPath): SourceLocation;
  /** Throws a FaultlineError (exit 2) pointing at `path`. Codes: FL2xx. */
  fail(path: DocPath, code: ErrorCode, message: string, hint?: string): never;
  /**
   * Records a warning at `path`: the design is accepted, but something in it means another thing
   * elsewhere (a value one platform accepts and others reject). It reaches `LoadedDesign.warnings`.
   */
  warn(path: DocPath, code: ErrorCode, message: string, hint?: string): void;
}

/** Default run options a design asks for (the CLI's flags override them). */
export interface DesignRunOptions {
  readonly maxFaults?: number;
  readonly maxDepth?: number;
}

/**
 * The fault kinds a run explores: every kind the design's elements can suffer, unless the
 * design narrowed them (`faults.kinds`); then `omitted` names the ones left out, so a report
 * never says "holds" over kinds it silently skipped.
 */
export interface FaultScope {
  readonly explored: readonly string[];
  readonly omitted: readonly string[];
}

/** The result of building a design: a model and the properties to check on it. */
export interface BuiltDesign<S> {
  readonly model: Model<S>;
  readonly properties: readonly Property<S>[];
  readonly options: DesignRunOptions;
  /** The fault kinds explored and left out (kinds that say so). */
  readonly faultScope?: FaultScope;
  /**
   * Kinds whose fault sets can be swept (`faultline spof`, `spof()`) give their sweep here;
   * built on demand, since `check` and `simulate` never need it.
   */
  readonly sweep?: () => DesignSweep<unknown>;
  /**
   * The picture of the design and what a state marks on it, for graphical reports; built on
   * demand. Kinds without one get reports that say there is no picture (decision 0019).
   */
  readonly picture?: () => DesignPicture;
}

/** A design's fault-set sweep: the subject, and how a failed element shows as a fault step. */
export interface DesignSweep<E> {
  readonly subject: SweepSubject<E>;
  /** Accepts the fault action (of `BuiltDesign.model`) that fails `element`. */
  faultStep(element: E): (action: unknown) => boolean;
  /**
   * The trace that shows what a fault set breaks, when the fault steps alone do not (a site's
   * HA layer responds to a fault over many protocol steps); null when it breaks nothing.
   * Without it, the trace is the fault steps from the initial state.
   */
  traceOf?(elements: readonly E[]): Trace<unknown> | null;
}

/**
 * One kind of design (the VRRP kind, later topologies, DRBD, ...). A kind owns one top-level
 * section of the document (`vrrp:`), ships the JSON Schema of the whole document shape it
 * accepts, and builds a model from a document that passed the schema.
 */
export interface DesignKind<S = unknown> {
  /** The top-level key that marks a document as this kind, e.g. `vrrp`. */
  readonly section: string;
  /** One line for `faultline list`. */
  readonly description: string;
  /** JSON Schema (draft-07) of this kind's section. */
  readonly sectionSchema: object;
  /**
   * The properties this kind accepts under `check:`: name → description and parameters, from
   * the kind's property table (src/design/propertyTable.ts). The loader, `faultline list` and
   * the JSON Schema read it.
   */
  readonly properties: Readonly<Record<string, PropertyInfo>>;
  /** Property names with one-line descriptions: `properties` without the parameters. */
  readonly propertyNames: Readonly<Record<string, string>>;
  /** Fault kinds this kind accepts under `faults.kinds:`, with one-line descriptions. */
  readonly faultKinds: Readonly<Record<string, string>>;
  /** Builds the model; `doc` already passed the schema. Semantic errors go through `ctx.fail`. */
  build(doc: DesignDocument, ctx: BuildContext): BuiltDesign<S>;
}

/** A property request under `check:`: a name, or a name with parameters. */
export interface PropertyRequest {
  readonly name: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Where it was written (for errors). */
  readonly path: DocPath;
}

/** The parts of a design document every kind shares (validated by the top-level schema). */
export interface DesignDocument {
  readonly faultline: 1;
  readonly name: string;
  readonly description?: string;
  readonly faults?: {
    readonly budget?: number;
    readonly kinds?: readonly string[];
  };
  /** Normalised from `check:`; absent means the kind's defaults. */
  readonly check?: readonly PropertyRequest[];
  readonly [section: string]: unknown;
}
