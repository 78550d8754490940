import type { Result } from 'sarif';
import { limitOf, type PropertyVerdict } from '../../core/result.js';
import { formatPath } from '../../core/trace.js';
import type { ReplayReport, RunReport } from '../report.js';
import { replayCommand, rerunCommand } from '../reproduce.js';
import { designKindOf, propertyLocation, type SarifContext } from './sarifContext.js';
import { violationResult } from './sarifViolation.js';

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `after switch Switch1 down`, `after crash(gw-a), then restart(gw-a)`, or `without any fault`. */
export function faultPhrase(actions: readonly string[]): string {
  return actions.length === 0 ? 'without any fault' : `after ${actions.join(', then ')}`;
}

function ruleOf<S>(report: RunReport<S> | ReplayReport<S>, v: Pick<PropertyVerdict<S>, 'property'>, ctx: SarifContext) {
  const p = v.property;
  return ctx.rules.ref({ designKind: designKindOf(report.design), name: p.name, ...(p.description === undefined ? {} : { description: p.description }), propertyKind: p.kind });
}

/**
 * The results of `check` or `simulate` on one design: each violated property (level error,
 * with its trace), each `sometimes` goal without a witness (level error), and each property
 * a limit left undecided (kind `open`, level `none`: not a failure, not a pass). Properties
 * that hold give no result; the run's notifications and properties say what was explored.
 */
export function runResults<S>(report: RunReport<S>, ctx: SarifContext): Result[] {
  const { result, design } = report;
  if (result.status === 'error') return [];
  const limit = limitOf(result);
  return result.verdicts.flatMap((v): Result[] => {
    const rule = ruleOf(report, v, ctx);
    const at = [ctx.artifacts.location(propertyLocation(design, v.property.name), design.file)];
    switch (v.status) {
      case 'violated': {
        const path = formatPath(v.trace);
        const faults = v.trace.steps.filter((s) => s.fault).map((s) => s.action);
        const fewest = v.fewestFaults === undefined ? '' : v.fewestFaults.proven ? ', the fewest' : ', fewer not ruled out';
        const rerun = report.random ? ` Found by ${rerunCommand(design.file, report.random.seed, report.random.searched)}.` : '';
        return [
          violationResult(
            {
              design,
              rule,
              property: v.property.name,
              headline: `${v.property.name} is violated ${faultPhrase(faults)} (${v.kind}, ${count(v.trace.steps.length, 'step')}, ${count(faults.length, 'fault')}${fewest})`,
              details: [...(v.property.description ? [`It demands: ${v.property.description}.`] : []), ...(rerun ? [rerun.trim()] : [])],
              trace: v.trace,
              reproduce: replayCommand(design.file, path),
              properties: {
                command: report.command,
                violation: v.kind,
                path,
                steps: v.trace.steps.length,
                faults,
                ...(v.fewestFaults === undefined ? {} : { fewestFaults: v.fewestFaults.count, fewestFaultsProven: v.fewestFaults.proven }),
                ...(report.random ? { seed: report.random.seed, rerun: rerunCommand(design.file, report.random.seed, report.random.searched) } : {}),
              },
            },
            ctx,
          ),
        ];
      }
      case 'unwitnessed':
        return [{ ...rule, level: 'error', message: { text: `${v.property.name} has no witness: no reachable state within the bounds satisfies it. Design ${design.name}.` }, locations: at }];
      case 'undecided': {
        const value = limit === undefined ? undefined : report.limits[limit];
        const hit = limit === undefined ? 'a limit' : `--${limit}${value === undefined ? '' : ` ${value}`}`;
        return [{ ...rule, kind: 'open', level: 'none', message: { text: `${v.property.name} was not decided: the run stopped at ${hit} before exploring every state. Design ${design.name}.` }, locations: at, properties: { limit: limit ?? null, limitValue: value ?? null } }];
      }
      default:
        return [];
    }
  });
}

/**
 * The results of `replay`: each property that fails along the replayed trace (level error),
 * with the trace as its code flow marked at the failing state. Rules are added for every
 * property the replay evaluated.
 */
export function replayResults<S>(report: ReplayReport<S>, ctx: SarifContext): Result[] {
  const path = formatPath(report.trace);
  const faults = report.trace.steps.filter((s) => s.fault).map((s) => s.action);
  return report.verdicts.flatMap((v): Result[] => {
    const rule = ruleOf(report, v, ctx);
    if (v.status !== 'violated') return [];
    return [
      violationResult(
        {
          design: report.design,
          rule,
          property: v.property.name,
          headline: `${v.property.name} fails at state ${v.step} of the replayed path ${path} (${faultPhrase(faults)})`,
          details: v.property.description ? [`It demands: ${v.property.description}.`] : [],
          trace: report.trace,
          reproduce: replayCommand(report.design.file, path),
          failsAt: v.step,
          properties: { command: 'replay', path, failsAtState: v.step, steps: report.trace.steps.length, faults },
        },
        ctx,
      ),
    ];
  });
}
