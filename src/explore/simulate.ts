import { FaultlineError, type Diagnostic } from '../core/errors.js';
import { isPackedModel, type EngineModel, type PackedModel } from '../core/model.js';
import { always, type Property } from '../core/property.js';
import type { CheckResult, PropertyVerdict, RunStats } from '../core/result.js';
import { replayPath } from '../core/successors.js';
import type { SimulateOptions } from './options.js';
import { resolveRandomSettings, type RandomSettings } from './randomSettings.js';
import { PropertyMonitor } from '../core/propertyMonitor.js';
import { walkObjectStepper } from './walkObjectStepper.js';
import { walkPackedStepper } from './walkPackedStepper.js';
import { WalkRunner } from './walkRunner.js';
import { walkShare, type WalkShareOutcome } from './walkShare.js';
import type { SweepShard } from './sweepTypes.js';
import { shrinkWalk } from './walkShrink.js';
import type { WalkStepper } from './walkStepper.js';
import { deadlockFree as deadlockFreeProperty } from './deadlockFree.js';

/** The outcome of a random run, with the figures that reproduce and rate it. */
export interface SimulateResult<S> {
  /**
   * The verdicts. `pass` means no walk violated anything (`bounds.exhaustive` is false);
   * `unwitnessed` means no walk reached some `sometimes` goal, which is not a proof that
   * none is reachable.
   */
  readonly result: CheckResult<S>;
  /** The seed used (drawn when none was given): pass it back to reproduce the run. */
  readonly seed: number;
  readonly runs: number;
  /** Steps taken by all walks, shrinking included. */
  readonly steps: number;
  readonly stepsPerSecond: number;
  /** The search as configured (defaults resolved): what a rerun must pass to get the same walks. */
  readonly searched: RandomSearch;
}

/** The options that shape a random run, resolved. */
export interface RandomSearch {
  /** Walks asked for (`runs` counts those done). */
  readonly runs: number;
  readonly maxSteps: number;
  /** Infinity when unbounded. */
  readonly maxFaults: number;
  /** Infinity when there is no timeout. */
  readonly timeoutSeconds: number;
}

function searchedBy(settings: RandomSettings): RandomSearch {
  return { runs: settings.runs, maxSteps: settings.maxSteps, maxFaults: settings.maxFaults, timeoutSeconds: settings.timeoutMs / 1000 };
}

/** Time kept for shrinking after the walks, at most (and never past the timeout). */
const SHRINK_MS = 10_000;

/**
 * Random exploration: walks numbered 0 … runs − 1, each one's numbers derived from the seed
 * and its number (walkPlan.ts), with every property checked on every state
 * (docs/decisions/0006-random-mode.md, 0037-simulate-shards.md). Per property the
 * lowest-numbered walk that breaks it is shrunk and comes back as a trace built by
 * `replayPath`, so its path is an action-index path of exhaustive mode. Never throws: bad
 * options and model errors come back as `{ status: 'error' }`.
 */
export function simulate(
  model: PackedModel,
  properties: readonly Property<Uint8Array>[],
  options?: SimulateOptions,
): SimulateResult<Uint8Array>;
export function simulate<S>(
  model: EngineModel<S>,
  properties: readonly Property<NoInfer<S>>[],
  options?: SimulateOptions,
): SimulateResult<S>;
export function simulate<S>(
  model: EngineModel<S>,
  properties: readonly Property<NoInfer<S>>[],
  options: SimulateOptions = {},
): SimulateResult<S> {
  const started = options.startedAt ?? performance.now();
  let settings: RandomSettings;
  try {
    settings = resolveRandomSettings(options);
  } catch (e) {
    const error: Diagnostic = { code: 'FL101', message: (e as Error).message };
    const searched = { runs: 0, maxSteps: 0, maxFaults: Infinity, timeoutSeconds: Infinity };
    return { result: { status: 'error', model: model.name, error }, seed: options.seed ?? 0, runs: 0, steps: 0, stepsPerSecond: 0, searched };
  }
  try {
    const outcome = options.walked ?? walkWith(model, properties, settings, { index: 0, count: 1 }, started);
    return explore(model, properties, outcome, settings, started);
  } catch (e) {
    const error: Diagnostic = e instanceof FaultlineError ? (e.diagnostics[0] ?? { code: 'FL900', message: e.message }) : modelThrew(model.name, e, settings.seed);
    return { result: { status: 'error', model: model.name, error }, seed: settings.seed, runs: 0, steps: 0, stepsPerSecond: 0, searched: searchedBy(settings) };
  }
}

function modelThrew(name: string, e: unknown, seed: number): Diagnostic {
  return {
    code: 'FL302',
    message: `the model ${name} threw: ${e instanceof Error ? e.message : String(e)}`,
    hint: `a model must be total on its reachable states; re-run with seed ${seed} to reproduce`,
  };
}

function stepperOf<S>(model: EngineModel<S>): WalkStepper<S> {
  return (isPackedModel(model) ? walkPackedStepper(model) : walkObjectStepper(model)) as WalkStepper<S>;
}

function walkWith<S>(model: EngineModel<S>, properties: readonly Property<S>[], settings: RandomSettings, share: SweepShard, started: number): WalkShareOutcome {
  return walkShare(stepperOf(model), properties, model.reportDeadlocks === true, settings, share, started);
}

/**
 * Walks one share of a random run — the walks o with o mod `share.count` = `share.index` —
 * for a worker thread or a shard: plain data to merge with `mergeWalkShares` and hand back
 * to {@link simulate} as `walked`. Throws FaultlineError (FL101 bad options, FL302 a model
 * that threw).
 */
export function simulateShare<S>(model: EngineModel<S>, properties: readonly Property<NoInfer<S>>[], options: SimulateOptions, share: SweepShard): WalkShareOutcome {
  const started = options.startedAt ?? performance.now();
  let settings: RandomSettings;
  try {
    settings = resolveRandomSettings(options);
  } catch (e) {
    throw new FaultlineError({ code: 'FL101', message: (e as Error).message });
  }
  try {
    return walkWith(model, properties, settings, share, started);
  } catch (e) {
    if (e instanceof FaultlineError) throw e;
    throw new FaultlineError(modelThrew(model.name, e, settings.seed));
  }
}

function explore<S>(
  model: EngineModel<S>,
  given: readonly Property<S>[],
  outcome: WalkShareOutcome,
  settings: RandomSettings,
  started: number,
): SimulateResult<S> {
  const stepper = stepperOf(model);
  const deadlocks = model.reportDeadlocks === true;
  const deadlockFree = deadlockFreeProperty<S>();
  const properties: Property<S>[] = deadlocks ? [...given, deadlockFree] : [...given];
  const shrinkDeadline = Math.min(performance.now() + SHRINK_MS, started + settings.timeoutMs);
  let shrinkSteps = 0;
  const shrunk = (path: readonly number[], runner: WalkRunner<S>): number[] => {
    if (!settings.shrink) return [...path];
    const out = shrinkWalk(runner, path, shrinkDeadline);
    shrinkSteps += runner.steps;
    return out;
  };
  const runnerFor = (props: readonly Property<S>[], checked: number[], deadlock: boolean): WalkRunner<S> =>
    new WalkRunner(stepper, new PropertyMonitor(props, { checked, deadlocks: deadlock, watched: [] }), settings.maxFaults, settings.maxSteps);
  const violations = new Map(outcome.violations.map((f) => [f.property, f]));
  const witnesses = new Map(outcome.witnesses.map((f) => [f.property, f]));

  const verdicts: PropertyVerdict<S>[] = properties.map((property, index) => {
    const i = property === deadlockFree ? -1 : index;
    const found = violations.get(i);
    if (found?.kind !== undefined) {
      const path = shrunk(found.path, runnerFor(given, i < 0 ? [] : [i], i < 0));
      return { status: 'violated', property, kind: found.kind, trace: replayPath(model, path) };
    }
    const witness = witnesses.get(i);
    if (witness) {
      const goal = always<S>(property.name, (s) => !property.holds(s));
      const path = shrunk(witness.path, runnerFor([goal], [0], false));
      return { status: 'witnessed', property, trace: replayPath(model, path) };
    }
    if (outcome.timedOut) return { status: 'undecided', property };
    return property.kind === 'sometimes' ? { status: 'unwitnessed', property } : { status: 'holds', property };
  });
  return finish(model.name, verdicts, outcome, shrinkSteps, settings, started);
}

function finish<S>(
  name: string,
  verdicts: PropertyVerdict<S>[],
  outcome: WalkShareOutcome,
  shrinkSteps: number,
  settings: RandomSettings,
  started: number,
): SimulateResult<S> {
  const seconds = (performance.now() - started) / 1000;
  const steps = outcome.steps + shrinkSteps;
  const stepsPerSecond = seconds > 0 ? steps / seconds : steps;
  const stats: RunStats = {
    states: steps + outcome.runs,
    transitions: steps,
    depth: outcome.longest,
    seconds,
    statesPerSecond: seconds > 0 ? (steps + outcome.runs) / seconds : steps + outcome.runs,
    bytesPerState: 0,
    storage: 'exact',
    maxFaults: settings.maxFaults,
    seed: settings.seed,
    runs: outcome.runs,
    steps,
    stepsPerSecond,
  };
  const base = { model: name, verdicts, stats };
  const result: CheckResult<S> = verdicts.some((v) => v.status === 'violated')
    ? outcome.timedOut
      ? { ...base, status: 'violation', limit: 'timeout' }
      : { ...base, status: 'violation' }
    : outcome.timedOut
      ? { ...base, status: 'incomplete', limit: 'timeout' }
      : verdicts.some((v) => v.status === 'unwitnessed')
        ? { ...base, status: 'unwitnessed' }
        : { ...base, status: 'pass', bounds: { maxFaults: settings.maxFaults, maxDepth: settings.maxSteps, exhaustive: false } };
  return { result, seed: settings.seed, runs: outcome.runs, steps, stepsPerSecond, searched: searchedBy(settings) };
}
