import type { SourceLocation } from '../core/errors.js';
import type { StateView } from '../core/model.js';
import type { CheckResult, LimitName } from '../core/result.js';
import type { Trace } from '../core/trace.js';
import type { TraceVerdict } from '../trace/evaluateAlong.js';
import type { SpofReport } from './spofReport.js';
import type { Styler } from './style.js';

/**
 * Where the parts of a design are: in the design file, or for a design imported from config
 * files in the config file and line that set them (for SARIF locations).
 */
export interface DesignLocations {
  /** The design's section (`vrrp:`, `topology:`). */
  readonly section: SourceLocation;
  /** Each property the design checks, by name: its `check:` entry, else the section. */
  readonly properties: Readonly<Record<string, SourceLocation>>;
  /**
   * Each named element by the names traces use (`Switch1`, `Server1:bond0`, a link endpoint
   * `Switch1:p47`, a notify effect `notify_backup: nfs.stop`); see `elementPaths`.
   */
  readonly elements: Readonly<Record<string, SourceLocation>>;
}

/** The design a report is about, with the path as the user typed it (for reproduce lines). */
export interface DesignInfo {
  readonly file: string;
  readonly name: string;
  readonly description?: string;
  /** For a design imported from config files: document path → the config line that set it. */
  readonly sources?: Readonly<Record<string, SourceLocation>>;
  /** The fault kinds the run explored and those the design left out. */
  readonly faults?: { readonly explored: readonly string[]; readonly omitted: readonly string[] };
  /** The design kind: the section of the design file (`topology`, `cluster`, `vrrp`). */
  readonly kind?: string;
  /** Where the section, the properties and the elements are defined. */
  readonly locations?: DesignLocations;
  /** What each property checked demands, by name (its one-line description). */
  readonly propertyDescriptions?: Readonly<Record<string, string>>;
  /** The design document as loaded, for the picture of the design (never printed whole). */
  readonly document?: Readonly<Record<string, unknown>>;
  /** Seconds per model time unit (tick), when the model's time has a length. */
  readonly secondsPerTick?: number;
}

/** The figures of a random run that reproduce it. */
export interface RandomInfo {
  readonly seed: number;
  /** Walks done. */
  readonly runs: number;
  readonly steps: number;
  readonly stepsPerSecond: number;
  /** The options that shaped the run, all of which the reproduce line passes back. */
  readonly searched?: RandomRerun;
}

/** What a random run searched, as its reproduce line repeats it. */
export interface RandomRerun {
  /** Walks asked for. */
  readonly runs: number;
  readonly maxSteps: number;
  /** Infinity when unbounded. */
  readonly maxFaults: number;
  /** Infinity when there was no timeout. */
  readonly timeoutSeconds: number;
  /** The fault kinds walks could draw (the design's `faults.kinds`, or every kind of its section). */
  readonly faultKinds: readonly string[];
}

/** The report of `check` (exhaustive) or `simulate` (random). */
export interface RunReport<S> {
  readonly kind: 'run';
  readonly command: 'check' | 'simulate';
  readonly design: DesignInfo;
  readonly result: CheckResult<S>;
  /** Present for random runs. */
  readonly random?: RandomInfo;
  /** The limits in force, so an incomplete run can name the value it hit. */
  readonly limits: Readonly<Partial<Record<LimitName, number>>>;
}

/** The report of `replay`: one trace and what each property says along it. */
export interface ReplayReport<S> {
  readonly kind: 'replay';
  readonly design: DesignInfo;
  readonly model: string;
  readonly trace: Trace<S>;
  readonly verdicts: readonly TraceVerdict<S>[];
}

/** Anything a report format renders. */
export type Report<S> = RunReport<S> | ReplayReport<S> | SpofReport;

/** How a report is rendered. */
export interface RenderOptions {
  /** Colours for text on a terminal; {@link plain} elsewhere. */
  readonly style: Styler;
  /**
   * Whether run times and rates are printed. Off for the committed gallery, whose files must
   * not change when nothing but the machine's speed did.
   */
  readonly timing: boolean;
}

/** The views of a trace, initial state first: state `i` is reached after `i` steps. */
export function viewsOf(trace: Pick<Trace<unknown>, 'initialView' | 'steps'>): StateView[] {
  return [trace.initialView, ...trace.steps.map((s) => s.view)];
}
