import type { StateView } from '../core/model.js';
import { limitOf, type PropertyVerdict, type RunStats } from '../core/result.js';
import { formatPath, type Trace } from '../core/trace.js';
import { diffViews } from '../trace/diff.js';
import type { SomeReport } from './formats.js';
import type { DesignInfo, RenderOptions, Report, RunReport, ReplayReport } from './report.js';
import { replayCommand, rerunCommand } from './reproduce.js';
import { spofJson } from './spofJson.js';

/** Version of the JSON report shape; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

function traceJson(file: string, trace: Trace<unknown>): object {
  const path = formatPath(trace);
  let previous: StateView = trace.initialView;
  return {
    path,
    reproduce: replayCommand(file, path),
    initial: trace.initialView,
    steps: trace.steps.map((s, i) => {
      const changes = diffViews(previous, s.view);
      previous = s.view;
      return { step: i + 1, choice: s.choice, action: s.action, fault: s.fault, changes, view: s.view };
    }),
  };
}

/** The design as JSON reports name it: file, name, description, kind, config sources (imported designs), fault kinds explored. */
export function designJson(design: DesignInfo): object {
  const { file, name, description, kind, sources, faults } = design;
  const optional = { description, kind, sources, faults };
  return { file, name, ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) };
}

function verdictJson<S>(file: string, v: PropertyVerdict<S>): object {
  const base = { name: v.property.name, kind: v.property.kind, status: v.status };
  if (v.status === 'violated') {
    const fewest = v.fewestFaults === undefined ? {} : { fewestFaults: v.fewestFaults.count, fewestFaultsProven: v.fewestFaults.proven };
    return { ...base, violation: v.kind, ...fewest, trace: traceJson(file, v.trace) };
  }
  if (v.status === 'witnessed') return { ...base, trace: traceJson(file, v.trace) };
  return base;
}

function statsJson(stats: RunStats, timing: boolean): object {
  const { seconds, statesPerSecond, stepsPerSecond, ...rest } = stats;
  const times = timing ? { seconds, statesPerSecond, ...(stepsPerSecond === undefined ? {} : { stepsPerSecond }) } : {};
  return { ...rest, ...times, maxFaults: Number.isFinite(stats.maxFaults) ? stats.maxFaults : null };
}

function runJson<S>(report: RunReport<S>, timing: boolean): object {
  const { result, design } = report;
  const head = { faultline: JSON_REPORT_VERSION, command: report.command, design: designJson(design), model: result.model, status: result.status };
  if (result.status === 'error') return { ...head, error: result.error };
  return {
    ...head,
    ...(result.status === 'pass' ? { bounds: { ...result.bounds, maxFaults: finite(result.bounds.maxFaults), maxDepth: finite(result.bounds.maxDepth) } } : {}),
    ...limitJson(report),
    ...(report.random ? { random: { ...report.random, ...(timing ? {} : { stepsPerSecond: undefined }), reproduce: rerunCommand(design.file, report.random.seed, report.random.searched) } } : {}),
    properties: result.verdicts.map((v) => verdictJson(design.file, v)),
    stats: statsJson(result.stats, timing),
  };
}

/** A run a limit stopped (violation or not) is incomplete: `complete: false`, the limit and its value. */
function limitJson<S>(report: RunReport<S>): object {
  const limit = limitOf(report.result);
  return limit === undefined ? { complete: true } : { complete: false, limit, limitValue: report.limits[limit] ?? null };
}

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

function replayJson<S>(report: ReplayReport<S>): object {
  return {
    faultline: JSON_REPORT_VERSION,
    command: 'replay',
    design: designJson(report.design),
    model: report.model,
    trace: traceJson(report.design.file, report.trace),
    properties: report.verdicts.map((v) => ({
      name: v.property.name,
      kind: v.property.kind,
      status: v.status,
      ...('step' in v ? { step: v.step } : {}),
      ...('elapsed' in v ? { elapsed: v.elapsed } : {}),
    })),
  };
}

/** Big integers are written as `{"#bigint": "…"}`, as in ITF, so no precision is lost. */
function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? { '#bigint': value.toString() } : value;
}

/**
 * The machine-readable report: a stable shape with a `faultline` version field, each
 * property's status, and for each trace its path, reproduce command, views and changes.
 */
export function renderJson<S>(report: Report<S>, options: Pick<RenderOptions, 'timing'> = { timing: true }): string {
  return `${JSON.stringify(jsonOf(report, options.timing), replacer, 2)}\n`;
}

function jsonOf<S>(report: Report<S>, timing: boolean): object {
  if (report.kind === 'spof') return spofJson(report, { timing });
  return report.kind === 'run' ? runJson(report, timing) : replayJson(report);
}

/**
 * The JSON format: one design's report as {@link renderJson} writes it, or for several
 * designs `{"faultline": 1, "reports": [...]}` with one such report each.
 */
export function renderJsonReports(reports: readonly SomeReport[], options: RenderOptions): string {
  if (reports.length === 1) return renderJson(reports[0]!, options);
  const body = { faultline: JSON_REPORT_VERSION, reports: reports.map((r) => jsonOf(r, options.timing)) };
  return `${JSON.stringify(body, replacer, 2)}\n`;
}
