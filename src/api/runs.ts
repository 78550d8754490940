/**
 * `check`, `simulate` and `replay` over a loaded design: the engine's runs with the design's
 * own defaults (fault budget, depth) applied once, here, under the caller's options. Results
 * are the engine's `CheckResult` union plus `run`, what a report or a reproduce line needs.
 */
import { FaultlineError } from '../core/errors.js';
import type { CheckResult, LimitName } from '../core/result.js';
import { replayPath } from '../core/successors.js';
import { parsePath } from '../core/trace.js';
import type { LoadedDesign } from '../design/loadDesign.js';
import { check as checkModel } from '../explore/check.js';
import type { CheckOptions, SimulateOptions } from '../explore/options.js';
import { simulate as simulateModel } from '../explore/simulate.js';
import type { DesignInfo, RandomInfo, ReplayReport, RunReport } from '../report/report.js';
import { evaluateAlong } from '../trace/evaluateAlong.js';
import { designInfo } from './designInfo.js';

/** What a run was: the command, the design, the limits in force and, for random runs, the seed. */
export interface RunInfo {
  readonly command: 'check' | 'simulate';
  readonly design: DesignInfo;
  /** The limits in force, so an incomplete run can name the value it hit. */
  readonly limits: Readonly<Partial<Record<LimitName, number>>>;
  readonly random?: RandomInfo;
}

/** The engine's result (narrow on `status`), with what the run was. */
export type DesignResult<S = unknown> = CheckResult<S> & { readonly run: RunInfo };

/** The result of {@link replay}: the trace and each property's verdict along it. */
export type ReplayResult<S = unknown> = ReplayReport<S>;

export { designInfo } from './designInfo.js';

/**
 * The caller's exhaustive-run options over the design's defaults (`faults.budget`, depth):
 * the one place design defaults meet explicit options (the CLI's flags come through here too).
 */
export function checkOptionsFor(design: Pick<LoadedDesign, 'options'>, options: CheckOptions): CheckOptions {
  const maxFaults = options.maxFaults ?? design.options.maxFaults;
  const maxDepth = options.maxDepth ?? design.options.maxDepth;
  return { ...options, ...(maxFaults === undefined ? {} : { maxFaults }), ...(maxDepth === undefined ? {} : { maxDepth }) };
}

/** The caller's random-run options over the design's defaults (budget; depth as steps per walk). */
export function simulateOptionsFor(design: Pick<LoadedDesign, 'options'>, options: SimulateOptions): SimulateOptions {
  const maxFaults = options.maxFaults ?? design.options.maxFaults;
  const maxSteps = options.maxSteps ?? design.options.maxDepth;
  return { ...options, ...(maxFaults === undefined ? {} : { maxFaults }), ...(maxSteps === undefined ? {} : { maxSteps }) };
}

/** The limits an exhaustive run's options set, by the names reports give them. */
export function limitsOf(options: CheckOptions): RunInfo['limits'] {
  const limits: Partial<Record<LimitName, number>> = {};
  if (options.maxStates !== undefined) limits['max-states'] = options.maxStates;
  if (options.maxDepth !== undefined) limits['max-depth'] = options.maxDepth;
  if (options.timeoutSeconds !== undefined) limits.timeout = options.timeoutSeconds;
  if (options.maxMemoryMiB !== undefined) limits['max-memory'] = options.maxMemoryMiB;
  return limits;
}

/**
 * Explores every state of the design reachable within the bounds (breadth first, so each
 * counterexample is a shortest one). Never throws on a model error or a bad option: those
 * come back as `{ status: 'error' }`.
 */
export function check(design: LoadedDesign, options: CheckOptions = {}): DesignResult {
  const resolved = checkOptionsFor(design, options);
  const result = checkModel(design.model, design.properties, resolved);
  return { ...result, run: { command: 'check', design: designInfo(design), limits: limitsOf(resolved) } };
}

/**
 * Seeded random walks over the design, shrinking any failing walk. Finds bugs fast, proves
 * nothing when it finds none. The seed (drawn when not given) is in `run.random.seed`.
 */
export function simulate(design: LoadedDesign, options: SimulateOptions = {}): DesignResult {
  const resolved = simulateOptionsFor(design, options);
  const walk = simulateModel(design.model, design.properties, resolved);
  const faultKinds = design.document.faults?.kinds ?? Object.keys(design.kind.faultKinds);
  const searched = { ...walk.searched, faultKinds };
  const random: RandomInfo = { seed: walk.seed, runs: walk.runs, steps: walk.steps, stepsPerSecond: walk.stepsPerSecond, searched };
  const limits = resolved.timeoutSeconds === undefined ? {} : { timeout: resolved.timeoutSeconds };
  return { ...walk.result, run: { command: 'simulate', design: designInfo(design), limits, random } };
}

/** Options of {@link replay}. */
export interface ReplayOptions {
  /**
   * The fault budget the trace was found under (default: the design's `faults.budget`, else
   * unbounded). Where the budget is spent, only non-fault steps remain, which decides whether
   * time can pass while a `within` obligation is open: pass the run's `maxFaults` to judge the
   * trace as that run did.
   */
  readonly maxFaults?: number;
}

/**
 * Replays one trace from its action-index path (`'0/2/1'` or `[0, 2, 1]`) and evaluates every
 * property along it, under the fault budget of `options.maxFaults` (default: the design's).
 * Throws FL102 when the path is malformed or does not fit the design.
 */
export function replay(design: LoadedDesign, path: string | readonly number[], options: ReplayOptions = {}): ReplayResult {
  const trace = replayPath(design.model, typeof path === 'string' ? replayPathOf(path) : path);
  const maxFaults = options.maxFaults ?? design.options.maxFaults ?? Infinity;
  const verdicts = evaluateAlong(design.model, design.properties, trace, { maxFaults });
  return { kind: 'replay', design: designInfo(design), model: design.model.name, trace, verdicts };
}

/** Parses a `--path` value (`'0/2/1'`); throws FL102 when it is no action-index path. */
export function replayPathOf(text: string): number[] {
  try {
    return parsePath(text);
  } catch (error) {
    throw new FaultlineError({ code: 'FL102', message: (error as Error).message, hint: 'copy the --path value from a check or simulate report' });
  }
}

/** The report of a run, for the report formats. */
export function runReport<S>(result: DesignResult<S>): RunReport<S> {
  const { run } = result;
  return { kind: 'run', command: run.command, design: run.design, result, limits: run.limits, ...(run.random === undefined ? {} : { random: run.random }) };
}
