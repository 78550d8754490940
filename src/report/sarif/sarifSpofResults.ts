import type { Result } from 'sarif';
import type { StateView } from '../../core/model.js';
import { replayCommand } from '../reproduce.js';
import type { SpofReport, SpofRow } from '../spofReport.js';
import type { FlowTrace } from './sarifCodeFlow.js';
import { designKindOf, propertyLocation, type SarifContext } from './sarifContext.js';
import { violationResult } from './sarifViolation.js';

/**
 * A row's trace as a flow. Its faults are the steps that fail an element of the set (a site's
 * trace has protocol steps around them). Shard files carry no views.
 */
function flowOf(row: SpofRow): FlowTrace {
  const views: readonly StateView[] = row.trace.views ?? [];
  const faults = new Set(row.faultSet.flatMap((members) => members.map((m) => m.label)));
  return { initialView: views[0] ?? {}, steps: row.trace.steps.map((action, i) => ({ action, fault: faults.has(action), view: views[i + 1] ?? {} })) };
}

/**
 * The results of `spof`: one per fault set × property it breaks (level error), located at the
 * element of the set's first class, with the evidence (every broken pair) in the message and
 * in `properties.details`, the other elements of each class (same effect) as related
 * locations and the set's trace as the code flow; and one per property broken with no fault
 * at all, at the property's entry.
 */
export function spofResults(report: SpofReport, ctx: SarifContext): Result[] {
  const { design } = report;
  const description = (name: string): { description?: string } => {
    const text = design.propertyDescriptions?.[name];
    return text === undefined ? {} : { description: text };
  };
  const rules = new Map(report.properties.map((name) => [name, ctx.rules.ref({ designKind: designKindOf(design), name, ...description(name) })]));
  const ruleOf = (name: string) => rules.get(name) ?? ctx.rules.ref({ designKind: designKindOf(design), name, ...description(name) });
  const baseline = report.baseline.map((b): Result => ({
    ...ruleOf(b.property),
    level: 'error',
    message: { text: `${b.property} is broken with no fault at all: ${b.details.join(', ')}. Design ${design.name}.` },
    locations: [ctx.artifacts.location(propertyLocation(design, b.property), design.file)],
    properties: { design: design.name, designFile: design.file, details: b.details },
  }));
  const rows = report.rows.flatMap((row, i) => {
    const representatives = row.faultSet.map((members) => members[0]!.label);
    const alike = row.faultSet.flatMap((members) => members.slice(1).map((m) => m.label));
    return row.breaks.map((b) =>
      violationResult(
        {
          design,
          rule: ruleOf(b.property),
          property: b.property,
          headline: `${representatives.join(' and ')} break${representatives.length === 1 ? 's' : ''} ${b.property}: ${b.details.join(', ')}`,
          details: [
            ...(design.propertyDescriptions?.[b.property] ? [`It demands: ${design.propertyDescriptions[b.property]}.`] : []),
            ...(alike.length > 0 ? [`Same effect: ${alike.join(', ')}.`] : []),
          ],
          trace: flowOf(row),
          reproduce: replayCommand(design.file, row.trace.path),
          causes: representatives,
          alike,
          properties: { command: 'spof', row: i + 1, k: report.k, faultSet: row.faultSet.map((members) => members.map((m) => m.label)), details: b.details, path: row.trace.path },
        },
        ctx,
      ),
    );
  });
  return [...baseline, ...rows];
}
