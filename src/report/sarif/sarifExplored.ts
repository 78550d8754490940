import type { Notification } from 'sarif';
import { limitOf, type RunStats } from '../../core/result.js';
import { formatPath } from '../../core/trace.js';
import type { ReplayReport, RunReport } from '../report.js';
import { spofSummary, type SpofReport } from '../spofReport.js';
import { faultsLine, formatCount, shardedNote, shareScope } from '../textStats.js';
import type { SarifContext } from './sarifContext.js';

/** What one design's run explored: notifications for people, a summary for programs. */
export interface Explored {
  readonly notifications: Notification[];
  readonly summary: Record<string, unknown>;
  /** False when the run failed or a limit stopped it before it explored everything. */
  readonly complete: boolean;
}

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

function statsSummary(stats: RunStats, timing: boolean): Record<string, unknown> {
  const { seconds, statesPerSecond, stepsPerSecond, ...rest } = stats;
  return { ...rest, maxFaults: finite(stats.maxFaults), ...(timing ? { seconds, statesPerSecond, ...(stepsPerSecond === undefined ? {} : { stepsPerSecond }) } : {}) };
}

function note(ctx: SarifContext, file: string, id: string, level: Notification['level'], text: string): Notification {
  return { descriptor: { id }, level, message: { text }, locations: [ctx.artifacts.location({ file, line: 1, column: 1 }, file)] };
}

/**
 * What `check` or `simulate` explored on one design, so that no result never stands for a
 * reduced search: a note with the states (or walks), the fault budget and the fault kinds
 * explored and left out; a warning naming the limit that stopped the run; an error for a
 * design that could not be checked.
 */
export function runExplored<S>(report: RunReport<S>, ctx: SarifContext, timing: boolean): Explored {
  const { result, design } = report;
  const head = { file: design.file, name: design.name, kind: design.kind ?? null, command: report.command };
  if (result.status === 'error') {
    const e = result.error;
    const text = `${design.file}: error ${e.code}: ${e.message}${e.hint ? ` (hint: ${e.hint})` : ''}`;
    const at = e.location ?? { file: design.file, line: 1, column: 1 };
    return {
      notifications: [{ descriptor: { id: e.code }, level: 'error', message: { text }, locations: [ctx.artifacts.location(at, design.file)] }],
      summary: { ...head, status: 'error', complete: false, error: { code: e.code, message: e.message } },
      complete: false,
    };
  }
  const limit = limitOf(result);
  const limitValue = limit === undefined ? undefined : report.limits[limit];
  const kinds = design.faults ?? { explored: [], omitted: [] };
  const stats = result.stats;
  const scope = shareScope(stats);
  const what = report.random
    ? `simulate ran ${formatCount(report.random.runs)} seeded random walks (seed ${report.random.seed}${report.random.searched ? `, up to ${report.random.searched.maxSteps} steps each` : ''}, longest ${stats.depth}); random walks prove nothing, so no result here is no proof`
    : `check explored ${scope !== '' ? `${scope} —` : limit === undefined ? 'every reachable state' : 'part of the reachable states'}: ${formatCount(stats.states)} states, ${formatCount(stats.transitions)} transitions${shardedNote(stats)}, depth ${stats.depth}`;
  const compaction = stats.storage === 'hash-compaction' ? `; hash compaction: a collision hid a state with probability ≤ ${stats.omissionProbability?.toExponential(1) ?? 'unknown'}` : '';
  const notifications = [note(ctx, design.file, 'explored', 'note', `${design.file}: ${what}; ${faultsLine(stats.maxFaults, kinds)}${compaction}.`)];
  if (limit !== undefined) {
    const undecided = result.verdicts.filter((v) => v.status === 'undecided').map((v) => v.property.name);
    const left = undecided.length > 0 ? `; undecided: ${undecided.join(', ')}` : '';
    notifications.push(note(ctx, design.file, 'incomplete', 'warning', `${design.file}: incomplete: the run stopped at --${limit}${limitValue === undefined ? '' : ` ${limitValue}`} before exploring every state${left}.`));
  }
  return {
    notifications,
    summary: {
      ...head,
      status: result.status,
      complete: limit === undefined,
      ...(limit === undefined ? {} : { limit, limitValue: limitValue ?? null }),
      faults: { budget: finite(stats.maxFaults), explored: kinds.explored, omitted: kinds.omitted },
      ...(result.status === 'pass' ? { bounds: { maxFaults: finite(result.bounds.maxFaults), maxDepth: finite(result.bounds.maxDepth), exhaustive: result.bounds.exhaustive } } : {}),
      ...(report.random ? { random: { seed: report.random.seed, runs: report.random.runs, steps: report.random.steps, ...(report.random.searched ? { maxSteps: report.random.searched.maxSteps, faultKinds: report.random.searched.faultKinds } : {}) } } : {}),
      stats: statsSummary(stats, timing),
      properties: Object.fromEntries(result.verdicts.map((v) => [v.property.name, v.status])),
    },
    complete: limit === undefined,
  };
}

/** What `replay` followed: one path, every property evaluated along it. */
export function replayExplored<S>(report: ReplayReport<S>, ctx: SarifContext): Explored {
  const { design, trace } = report;
  const path = formatPath(trace);
  return {
    notifications: [note(ctx, design.file, 'explored', 'note', `${design.file}: replay followed the path ${path} (${trace.steps.length} steps) and evaluated every property along it; one path proves nothing about the others.`)],
    summary: { file: design.file, name: design.name, kind: design.kind ?? null, command: 'replay', path, steps: trace.steps.length, properties: Object.fromEntries(report.verdicts.map((v) => [v.property.name, v.status])) },
    complete: true,
  };
}

/** What `spof` swept: every fault set of up to k elements, or the part a timeout left. */
export function spofExplored(report: SpofReport, ctx: SarifContext, timing: boolean): Explored {
  const { design } = report;
  const f = design.faults;
  const kinds = f ? `; fault kinds: ${f.explored.join(', ') || 'none'}${f.omitted.length > 0 ? `; not explored: ${f.omitted.join(', ')}` : ''}` : '';
  const notifications = [note(ctx, design.file, 'explored', 'note', `${design.file}: spof checked every fault set of up to ${report.k} element${report.k === 1 ? '' : 's'}: ${spofSummary(report)}${kinds}.`)];
  if (!report.complete) notifications.push(note(ctx, design.file, 'incomplete', 'warning', `${design.file}: incomplete: the sweep stopped at --timeout after ${formatCount(report.evaluated)} of ${formatCount(report.classSets)} fault-set classes; sets not evaluated may break something.`));
  return {
    notifications,
    summary: {
      file: design.file,
      name: design.name,
      kind: design.kind ?? null,
      command: 'spof',
      complete: report.complete,
      k: report.k,
      faultSets: report.faultSets,
      classSets: report.classSets,
      evaluated: report.evaluated,
      ...(design.faults ? { faults: { explored: design.faults.explored, omitted: design.faults.omitted } } : {}),
      ...(timing ? { seconds: report.seconds } : {}),
      properties: report.properties,
    },
    complete: report.complete,
  };
}
