import { FaultlineError } from '../core/errors.js';
import type { EngineModel, PackedModel } from '../core/model.js';
import type { Property } from '../core/property.js';
import type { CheckResult, LimitName, RunStats } from '../core/result.js';
import { replayPath } from '../core/successors.js';
import { resolveCheckOptions, type CheckSettings } from './checkSettings.js';
import { BudgetClock } from './budgetClock.js';
import { ExactStore } from './exactStore.js';
import { FingerprintStore } from './fingerprintStore.js';
import type { CheckOptions } from './options.js';
import { pathOf } from './pathOf.js';
import { searchResult, type Finding } from './searchResult.js';
import { withFewestFaults } from './withFewestFaults.js';
import { TransitionSystem } from './system.js';
import { REFUSED, type VisitedStore } from './visitedStore.js';
import { deadlockFree as deadlockFreeProperty } from './deadlockFree.js';

const CHECK_EVERY = 1024;

/** Thrown from inside a state's expansion when a limit runs out (an expensive state stops mid-way). */
const STOP: unique symbol = Symbol('limit reached');

/**
 * `result` with each violation's fewest faults, found by one-thread searches under smaller
 * budgets. Each search looks for that property alone: a deadlock elsewhere in the space must
 * not stop it (it would leave the count unproven, and shards of a split would disagree with
 * the whole run about it, decision 0048).
 */
function fewestFaultsWith<S>(model: EngineModel<S>, settings: CheckSettings, result: CheckResult<S>): CheckResult<S> {
  return withFewestFaults(result, settings, (p, maxFaults, timeoutMs) =>
    explore(model, [p], { ...settings, maxFaults, timeoutMs, startedAt: performance.now(), stopAtFirstViolation: true, onProgress: undefined }, false),
  );
}

/**
 * The fewest faults of each violation of a run another engine made (the parallel search of
 * decision 0030), exactly as {@link check} adds them to its own: same searches, same traces.
 */
export function addFewestFaults<S>(model: EngineModel<S>, options: CheckOptions, result: CheckResult<S>): CheckResult<S> {
  let settings: CheckSettings;
  try {
    settings = resolveCheckOptions(options);
  } catch {
    return result;
  }
  if (!settings.fewestFaults) return result;
  try {
    return fewestFaultsWith(model, settings, result);
  } catch {
    return result;
  }
}

/**
 * Explores every state reachable within the bounds, breadth-first, so the first violation
 * of each property is a shortest one. Runs until every property is decided or the space is
 * exhausted, or a limit stops it (`incomplete`). Never throws: model errors and bad options
 * come back as `{ status: 'error' }`.
 */
export function check(model: PackedModel, properties: readonly Property<Uint8Array>[], options?: CheckOptions): CheckResult<Uint8Array>;
export function check<S>(model: EngineModel<S>, properties: readonly Property<NoInfer<S>>[], options?: CheckOptions): CheckResult<S>;
export function check<S>(
  model: EngineModel<S>,
  properties: readonly Property<S>[],
  options: CheckOptions = {},
): CheckResult<S> {
  let settings: CheckSettings;
  try {
    settings = resolveCheckOptions(options);
  } catch (e) {
    return { status: 'error', model: model.name, error: { code: 'FL101', message: (e as Error).message } };
  }
  try {
    const result = explore(model, properties, settings);
    return settings.fewestFaults ? fewestFaultsWith(model, settings, result) : result;
  } catch (e) {
    if (e instanceof FaultlineError) return { status: 'error', model: model.name, error: e.diagnostics[0]! };
    return {
      status: 'error',
      model: model.name,
      error: {
        code: 'FL302',
        message: `the model ${model.name} threw: ${e instanceof Error ? e.message : String(e)}`,
        hint: 'a model must be total on its reachable states; replay the path printed with --format json to find the step',
      },
    };
  }
}

/** The search; `withDeadlocks` false leaves out the deadlock property the settings or the model ask for. */
function explore<S>(model: EngineModel<S>, given: readonly Property<S>[], settings: CheckSettings, withDeadlocks = true): CheckResult<S> {
  const started = settings.startedAt;
  const clock = new BudgetClock(started, settings.timeoutMs, settings.maxMemoryBytes);
  const deadlocks = withDeadlocks && (settings.checkDeadlocks || model.reportDeadlocks === true);
  const deadlockFree = deadlockFreeProperty<S>();
  const properties: Property<S>[] = deadlocks ? [...given, deadlockFree] : [...given];
  const system = new TransitionSystem(model, properties, settings.maxFaults, settings.shard);
  const limits = { maxStates: settings.maxStates, maxBytes: settings.maxMemoryBytes };
  const store: VisitedStore =
    settings.storage === 'hash-compaction'
      ? new FingerprintStore(system.keyWidth, limits)
      : new ExactStore(system.keyWidth, { ...limits, maxStates: Math.min(limits.maxStates, 2 ** 27 - 2) }, { monotoneParents: true, ...(system.keyBits ? { bits: system.keyBits } : {}) });

  const findings = new Map<Property<S>, Finding>();
  const alwaysProps = properties.filter((p) => p.kind === 'always' && p !== deadlockFree);
  const sometimesProps = properties.filter((p) => p.kind === 'sometimes');
  let undecided = properties.length;
  let violations = 0;
  const decide = (p: Property<S>, id: number, kind: Finding['kind']): void => {
    if (findings.has(p)) return;
    findings.set(p, { id, kind });
    undecided--;
    if (kind !== 'witness') violations++;
  };

  const onNewState = (id: number, key: Uint8Array, state: S): void => {
    for (let i = 0; i < alwaysProps.length; i++) {
      const p = alwaysProps[i]!;
      if (!p.holds(state) && !findings.has(p)) decide(p, id, 'invariant');
    }
    for (let i = 0; i < sometimesProps.length; i++) {
      const p = sometimesProps[i]!;
      if (!findings.has(p) && p.holds(state)) decide(p, id, 'witness');
    }
    if (system.withins.length > 0) {
      for (const expired of system.expiredWithin(key)) decide(expired, id, 'deadline');
    }
  };

  let limit: LimitName | undefined;
  const initialIndexOfId = new Map<number, number>();
  system.initial().forEach(({ key, state }, index) => {
    const id = store.insert(key, -1, index);
    if (id === REFUSED) limit = store.refusal;
    else if (id >= 0) {
      initialIndexOfId.set(id, index);
      onNewState(id, key, state);
    }
  });

  let transitions = 0;
  let parent = 0;
  const visit = (key: Uint8Array, choice: number, state: S): void => {
    if (clock.tick()) throw STOP;
    transitions++;
    const id = store.insert(key, parent, choice);
    if (id >= 0) onNewState(id, key, state);
    else if (id === REFUSED) limit = store.refusal;
  };

  const key = new Uint8Array(system.keyWidth);
  let depth = 0;
  let levelEnd = store.size;
  let nextProgress = started + 1000;
  const done = (): boolean => (properties.length > 0 && undecided === 0) || (settings.stopAtFirstViolation && violations > 0);

  try {
    for (let cur = 0; cur < store.size && !done() && limit === undefined; cur++) {
      if (cur === levelEnd) {
        depth++;
        levelEnd = store.size;
      }
      if (depth >= settings.maxDepth) {
        limit = 'max-depth';
        break;
      }
      store.read(cur, key);
      parent = cur;
      system.expand(key, visit);
      if (deadlocks && system.lastEnabled === 0) decide(deadlockFree, cur, 'deadlock');
      if (system.withins.length > 0 && system.lastNonFault === 0) {
        for (const pending of system.pendingWithin(key)) decide(pending, cur, 'deadline');
      }
      if (clock.tick()) {
        limit = clock.exceeded;
        break;
      }
      if ((cur & (CHECK_EVERY - 1)) === 0) {
        store.consumedBelow(cur);
        const now = performance.now();
        if (settings.onProgress && now >= nextProgress) {
          nextProgress = now + 1000;
          const seconds = (now - started) / 1000;
          settings.onProgress({
            states: store.size,
            transitions,
            depth,
            seconds,
            statesPerSecond: store.size / seconds,
            queued: store.size - cur,
          });
        }
      }
    }
  } catch (e) {
    if (e === STOP) limit = clock.exceeded;
    else if (!(e instanceof RangeError) || !/allocat|memory|Array buffer/i.test(e.message)) throw e;
    else limit = 'max-memory';
  }

  const seconds = (performance.now() - started) / 1000;
  const stats: RunStats = {
    states: store.size,
    transitions,
    // The deepest stored state: a run stopped inside a level has found states one deeper.
    depth: store.size > levelEnd ? depth + 1 : depth,
    seconds,
    statesPerSecond: seconds > 0 ? store.size / seconds : store.size,
    bytesPerState: store.size > 0 ? store.allocatedBytes / store.size : 0,
    storage: settings.storage,
    maxFaults: settings.maxFaults,
    ...(settings.shard === undefined ? {} : { share: settings.shard }),
    ...(store instanceof FingerprintStore ? { omissionProbability: store.omissionProbability() } : {}),
  };

  return searchResult(
    model.name,
    properties,
    (p) => findings.get(p),
    (id) => replayPath(model, pathOf(system, store, initialIndexOfId, id)),
    stats,
    { limit, complete: limit === undefined && !done(), depth, maxFaults: settings.maxFaults },
  );
}
