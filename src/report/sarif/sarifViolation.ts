import type { Result } from 'sarif';
import type { SourceLocation } from '../../core/errors.js';
import type { DesignInfo } from '../report.js';
import { codeFlowOf, type FlowTrace } from './sarifCodeFlow.js';
import { propertyLocation, type SarifContext } from './sarifContext.js';
import type { RuleRef } from './sarifRules.js';
import { stepElement } from './stepElement.js';

/** A violation as a result is made from it, whatever found it (check, simulate, replay, spof). */
export interface Violation {
  readonly design: DesignInfo;
  readonly rule: RuleRef;
  readonly property: string;
  /** The first sentence: what broke, after what (`reachable is broken by switch Switch1 down`). */
  readonly headline: string;
  /** The sentences after it: what the property demands, evidence. */
  readonly details: readonly string[];
  readonly trace: FlowTrace;
  /** The command that replays the trace. */
  readonly reproduce: string;
  /** The state where the property fails (0 = the initial state), when known (else the last). */
  readonly failsAt?: number;
  /** More for the result's property bag (the path, the violation kind, fewest faults). */
  readonly properties: Readonly<Record<string, unknown>>;
  /** What failed, when not the trace's fault steps (spof: the fault set's elements). */
  readonly causes?: readonly string[];
  /** Elements that break it alike (spof classes: `= port Switch1:p47 down`), as related locations. */
  readonly alike?: readonly string[];
}

/**
 * A violation as a SARIF result (level error). Its location is the element named by the
 * first cause (the trace's faults, or a spof fault set) that names one (the link, switch or node that failed), or the
 * property's `check:` entry when no fault names an element (a design that fails without
 * faults, or faults such as `peerLinkDown`). Related locations, one per place with its
 * reason: the property's entry, the other elements the faults name, the element of the step
 * after which the property fails, and elements with the same effect (spof classes). The trace is the code flow; the reproduce command is in the
 * message and in `properties.reproduce`.
 */
export function violationResult(v: Violation, ctx: SarifContext): Result {
  const elements = v.design.locations?.elements ?? {};
  const steps = v.trace.steps.length;
  const failsAt = v.failsAt ?? steps;
  const last = failsAt > 0 ? v.trace.steps[failsAt - 1] : undefined;
  const causes = v.causes ?? v.trace.steps.filter((s) => s.fault).map((s) => s.action);
  const primary = causes.map((label) => stepElement(label, elements)).find((e) => e !== undefined);
  const requirement = propertyLocation(v.design, v.property);
  const candidates: { at: SourceLocation | undefined; text: string }[] = [
    ...(primary ? [{ at: requirement, text: `${v.property} is required here` }] : []),
    ...causes.map((label) => ({ at: stepElement(label, elements)?.at, text: `fault: ${label}` })),
    ...(last ? [{ at: stepElement(last.action, elements)?.at, text: `${v.property} fails after ${last.action}` }] : []),
    ...(v.alike ?? []).map((label) => ({ at: stepElement(label, elements)?.at, text: `same effect: ${label}` })),
  ];
  // One related location per place (the primary one excluded), with the first reason met.
  const seen = new Set(primary ? [placeKey(primary.at)] : [placeKey(requirement)]);
  const related = candidates
    .filter((c): c is { at: SourceLocation; text: string } => c.at !== undefined && !seen.has(placeKey(c.at)) && Boolean(seen.add(placeKey(c.at))))
    .map((c, i) => ({ ...ctx.artifacts.location(c.at, v.design.file, c.text), id: i + 1 }));
  const at = ctx.artifacts.location(primary?.at ?? requirement, v.design.file);
  return {
    ...v.rule,
    level: 'error',
    message: { text: [`${v.headline}.`, ...v.details, `Design ${v.design.name}. Reproduce: ${v.reproduce}`].join(' ') },
    locations: [at],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    codeFlows: [codeFlowOf(v.trace, v.design, ctx.artifacts, `the trace to the violation of ${v.property}: ${steps} step${steps === 1 ? '' : 's'}`, failsAt)],
    properties: { design: v.design.name, designFile: v.design.file, ...v.properties, reproduce: v.reproduce },
  };
}

function placeKey(at: SourceLocation): string {
  return `${at.file}:${at.line}:${at.column}`;
}
