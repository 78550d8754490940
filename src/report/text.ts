import type { CheckResult, LimitName, PropertyVerdict } from '../core/result.js';
import { formatPath } from '../core/trace.js';
import type { TraceVerdict } from '../trace/evaluateAlong.js';
import { distinctTraces } from './distinctTraces.js';
import type { RandomInfo, RenderOptions, ReplayReport, RunReport } from './report.js';
import { replayCommand, rerunCommand } from './reproduce.js';
import type { Styler } from './style.js';
import { faultsLine, formatBudget, formatCount, limitFlag, partialShare, statsLine } from './textStats.js';
import { shardName } from '../explore/shardSpec.js';
import { traceLines } from './textTrace.js';
import { verdictText } from './verdictText.js';

/**
 * The human-readable report of a run or a replay: verdicts, each distinct counterexample once
 * with the properties it breaks and its reproduce line, figures.
 */
export function renderText<S>(report: RunReport<S> | ReplayReport<S>, style: Styler, options: Pick<RenderOptions, 'timing'> = { timing: true }): string {
  const lines = report.kind === 'run' ? runLines(report, style, options.timing) : replayLines(report, style);
  return `${lines.join('\n')}\n`;
}

function header<S>(command: string, report: RunReport<S> | ReplayReport<S>, model: string): string {
  return `faultline ${command} ${report.design.file}: design "${report.design.name}" (model ${model})`;
}

/** A property's verdict in a run, as the text report's table prints it (`VIOLATED (invariant, 3 steps)`). */
export function verdictWord<S>(v: PropertyVerdict<S>, style: Styler): string {
  return verdictText(v, style, true);
}

function runLines<S>(report: RunReport<S>, style: Styler, timing: boolean): string[] {
  const { result } = report;
  if (result.status === 'error') {
    return [header(report.command, report, result.model), '', style('red', `error ${result.error.code}: ${result.error.message}`)];
  }
  const lines = [style('bold', header(report.command, report, result.model))];
  if (report.random) lines.push(`seed ${report.random.seed}`);
  lines.push('');
  const width = Math.max(...result.verdicts.map((v) => v.property.name.length), 8);
  for (const v of result.verdicts) lines.push(`  ${v.property.name.padEnd(width)}  ${verdictText(v, style, true)}`);
  for (const { path, trace, broken } of distinctTraces(result.verdicts)) {
    const violations = broken.map((b) => b.verdict);
    const kinds = new Set(violations.map((v) => v.kind));
    const what =
      kinds.size === 1
        ? `${violations.map((v) => v.property.name).join(', ')}: violated (${violations[0]!.kind})`
        : violations.map((v) => `${v.property.name}: violated (${v.kind})`).join('; ');
    lines.push('', style('bold', violations.length > 1 ? `${what}, along one trace` : what));
    for (const v of violations) {
      if (v.property.description) lines.push(`  ${violations.length > 1 ? `${v.property.name}: ` : ''}${v.property.description}`);
    }
    const marks = new Map<number, string[]>();
    if (broken.length > 1) for (const b of broken) marks.set(b.state, [...(marks.get(b.state) ?? []), b.verdict.property.name]);
    lines.push('', ...traceLines(trace, style, marks.size > 0 ? marks : undefined, report.design.secondsPerTick), '');
    lines.push(`  reproduce: ${style('cyan', replayCommand(report.design.file, path))}`);
  }
  lines.push('', statsLine(result.stats, report.random, timing));
  if (report.design.faults) lines.push(faultsLine(result.stats.maxFaults, report.design.faults));
  lines.push(summary(report, result, style));
  if (report.random) {
    lines.push(`use --seed=${report.random.seed} to reproduce: ${rerunCommand(report.design.file, report.random.seed, report.random.searched)}`);
  }
  return lines;
}

/** The run's last line: OK, VIOLATION, UNWITNESSED or INCOMPLETE, with what was searched. */
export function summary<S>(report: RunReport<S>, result: Exclude<CheckResult<S>, { status: 'error' }>, style: Styler): string {
  const total = result.verdicts.length;
  const failing = result.verdicts.filter((v) => v.status === 'violated' || v.status === 'unwitnessed').length;
  switch (result.status) {
    case 'pass': {
      if (report.random) return style('green', `no violation found: ${randomScope(report.random, total)}`);
      const share = partialShare(result.stats);
      const scope = share ? `in shard ${shardName(share)}'s runs only` : result.bounds.exhaustive ? 'every reachable state explored' : 'within the depth bound';
      return style('green', `OK: all ${total} properties hold (${scope})`);
    }
    case 'violation': {
      const verdict = style('red', `VIOLATION: ${failing} of ${total} properties fail`);
      if (result.limit === undefined) return verdict;
      const undecided = result.verdicts.filter((v) => v.status === 'undecided').length;
      return `${verdict}; ${style('yellow', `INCOMPLETE: the run stopped at ${limitHit(report, result.limit)}, ${undecided} of ${total} undecided`)}`;
    }
    case 'unwitnessed':
      return style('red', `UNWITNESSED: ${failing} of ${total} properties have no witness`);
    case 'incomplete':
      return style('yellow', `INCOMPLETE: the run stopped at ${limitHit(report, result.limit)}; undecided properties were not violated in the part explored`);
  }
}

/** What a random run that found nothing searched: walks, steps, fault budget and kinds. */
function randomScope(random: RandomInfo, total: number): string {
  const s = random.searched;
  const walks = `${formatCount(random.runs)} random walks`;
  if (!s) return `${walks} checked ${total} properties (random walks prove nothing)`;
  const kinds = s.faultKinds.length > 0 ? `fault kinds ${s.faultKinds.join(', ')}` : 'no fault kinds';
  return `${walks} of up to ${formatCount(s.maxSteps)} steps, ${formatBudget(s.maxFaults)}, ${kinds}, checked ${total} properties (random walks prove nothing)`;
}

/** `--max-states 500`: the limit that stopped a run, with its value when known. */
function limitHit<S>(report: RunReport<S>, limit: LimitName): string {
  return limitFlag(limit, report.limits);
}

/** A property's verdict along a replayed trace. */
export function replayVerdictWord<S>(v: TraceVerdict<S>, style: Styler): string {
  switch (v.status) {
    case 'holds':
      return style('green', 'holds along this trace');
    case 'violated':
      return style('red', v.step === 0 ? 'VIOLATED in the initial state' : `VIOLATED at step ${v.step}`);
    case 'witnessed':
      return style('green', v.step === 0 ? 'witnessed in the initial state' : `witnessed at step ${v.step}`);
    case 'unwitnessed':
      return 'not witnessed along this trace';
    case 'pending':
      return style('yellow', `pending (${v.elapsed} time units since the start or the last fault)`);
  }
}

function replayLines<S>(report: ReplayReport<S>, style: Styler): string[] {
  const path = formatPath(report.trace);
  const firstFailure = report.verdicts.find((v) => v.status === 'violated');
  const mark = firstFailure?.status === 'violated' ? firstFailure.step : undefined;
  const lines = [style('bold', header('replay', report, report.model)), `path ${path}`, ''];
  lines.push(...traceLines(report.trace, style, mark, report.design.secondsPerTick), '');
  const width = Math.max(...report.verdicts.map((v) => v.property.name.length), 8);
  for (const v of report.verdicts) lines.push(`  ${v.property.name.padEnd(width)}  ${replayVerdictWord(v, style)}`);
  const failing = report.verdicts.filter((v) => v.status === 'violated').length;
  lines.push('', failing > 0 ? style('red', `${failing} of ${report.verdicts.length} properties fail along this trace`) : style('green', 'no property fails along this trace'));
  return lines;
}
