import { formatPath, type Trace } from '../core/trace.js';
import { traceToItf, type ItfTrace } from '../trace/itf.js';
import type { Report } from './report.js';

/** The trace an ITF report exports, with what `#meta` says about it. */
function chosenTrace<S>(report: Report<S>): { trace: Trace<unknown>; description: string; property?: string } | undefined {
  if (report.kind === 'replay') {
    return { trace: report.trace, description: `faultline replay --path ${formatPath(report.trace)}` };
  }
  if (report.result.status === 'error') return undefined;
  const verdict =
    report.result.verdicts.find((v) => v.status === 'violated') ?? report.result.verdicts.find((v) => v.status === 'witnessed');
  if (verdict === undefined || (verdict.status !== 'violated' && verdict.status !== 'witnessed')) return undefined;
  const what = verdict.status === 'violated' ? `counterexample to ${verdict.property.name}` : `witness of ${verdict.property.name}`;
  return { trace: verdict.trace, description: `faultline ${report.command}: ${what}`, property: verdict.property.name };
}

/**
 * The ITF JSON report: the first counterexample (or else the first witness, or the replayed
 * trace). A run without any trace yields a document with no states.
 */
export function renderItf<S>(report: Report<S>): string {
  const chosen = chosenTrace(report);
  const document: ItfTrace = chosen
    ? traceToItf(chosen.trace, {
        source: report.design.file,
        description: chosen.description,
        extra: chosen.property === undefined ? {} : { property: chosen.property },
      })
    : {
        '#meta': {
          format: 'ITF',
          'format-description': 'https://apalache-mc.org/docs/adr/015adr-trace.html',
          source: report.design.file,
          description: 'no counterexample or witness in this run',
        },
        vars: [],
        states: [],
      };
  return `${JSON.stringify(document, null, 2)}\n`;
}
