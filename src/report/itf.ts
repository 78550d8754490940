import { formatPath, parsePath, type Trace } from '../core/trace.js';
import { traceToItf, type ItfTrace } from '../trace/itf.js';
import type { SomeReport } from './formats.js';
import type { RenderOptions, Report } from './report.js';

/** The trace an ITF report exports, with what `#meta` says about it. */
interface Chosen {
  readonly trace: Pick<Trace<unknown>, 'initialIndex' | 'initialView' | 'steps'>;
  readonly description: string;
  readonly extra: Readonly<Record<string, string | number>>;
}

function chosenTrace<S>(report: Report<S>): Chosen | undefined {
  if (report.kind === 'replay') {
    return { trace: report.trace, description: `faultline replay --path ${formatPath(report.trace)}`, extra: {} };
  }
  if (report.kind === 'spof') {
    const row = report.rows[0];
    if (row === undefined) return undefined;
    const set = row.faultSet.map((c) => c[0]!.label).join(' + ');
    const [initialIndex = 0, ...choices] = parsePath(row.trace.path);
    const steps = row.trace.steps.map((action, i) => ({ choice: choices[i]!, action, actionValue: action, fault: true, state: null, view: row.trace.views[i + 1]! }));
    const trace = { initialIndex, initialView: row.trace.views[0]!, steps };
    return { trace, description: `faultline spof: ${set} breaks ${row.breaks.map((b) => b.property).join(', ')}`, extra: { faultSet: set } };
  }
  if (report.result.status === 'error') return undefined;
  const verdict =
    report.result.verdicts.find((v) => v.status === 'violated') ?? report.result.verdicts.find((v) => v.status === 'witnessed');
  if (verdict === undefined || (verdict.status !== 'violated' && verdict.status !== 'witnessed')) return undefined;
  const what = verdict.status === 'violated' ? `counterexample to ${verdict.property.name}` : `witness of ${verdict.property.name}`;
  const seed = report.random === undefined ? {} : { seed: report.random.seed };
  return { trace: verdict.trace, description: `faultline ${report.command}: ${what}`, extra: { property: verdict.property.name, ...seed } };
}

/**
 * The ITF JSON report: the first counterexample (or else the first witness, the replayed
 * trace, or the first fault set of a spof sweep). A random run's seed goes into `#meta`.
 * A run without any trace yields a document with no states.
 */
export function renderItf<S>(report: Report<S>): string {
  const chosen = chosenTrace(report);
  const seed = report.kind === 'run' && report.random !== undefined ? { seed: report.random.seed } : {};
  const document: ItfTrace = chosen
    ? traceToItf(chosen.trace, { source: report.design.file, description: chosen.description, extra: chosen.extra })
    : {
        '#meta': {
          format: 'ITF',
          'format-description': 'https://apalache-mc.org/docs/adr/015adr-trace.html',
          source: report.design.file,
          description: 'no counterexample or witness in this run',
          ...seed,
        },
        vars: [],
        states: [],
      };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The ITF format: one trace, so one design (the CLI refuses several with FL106). */
export function renderItfReports(reports: readonly SomeReport[], _options: RenderOptions): string {
  if (reports.length !== 1) throw new RangeError(`an ITF document holds the trace of one design, got ${reports.length}`);
  return renderItf(reports[0]!);
}
