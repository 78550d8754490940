import { FaultlineError } from '../core/errors.js';
import { formatPath } from '../core/trace.js';
import type { LoadedDesign } from '../design/loadDesign.js';
import { sweep } from '../explore/sweep.js';
import { sweepTrace } from '../explore/sweepTrace.js';
import type { SweepProgress, SweepShard } from '../explore/sweepTypes.js';
import type { SpofReport } from '../report/spofReport.js';
import type { SpofShardResult } from '../report/spofShard.js';
import { viewsOf } from '../report/report.js';
import { designInfo } from './designInfo.js';
import { designDigest } from '../design/designDigest.js';

/** Options of {@link spof}. */
export interface SpofOptions {
  /** Largest fault-set size; default 1 (every single failure). */
  readonly k?: number;
  /** Stop the sweep after this many seconds (the report is then not `complete`). */
  readonly timeoutSeconds?: number;
  readonly onProgress?: (progress: SweepProgress) => void;
  /** Sweep only this share of the class sets (decision 0029); see {@link spofShard}. */
  readonly shard?: SweepShard;
}

/** Whether `spof` can sweep this design (its kind has a fault-set sweep). */
export function canSweep(design: LoadedDesign): boolean {
  return design.sweep !== undefined;
}

/**
 * Every fault set of up to `k` elements of the design, exhaustively (decision 0013): the
 * minimal sets that break a property, with evidence and a replayable path each. Throws FL104
 * when the design's kind has no fault-set sweep.
 */
export function spof(design: LoadedDesign, options: SpofOptions = {}): SpofReport {
  return spofShard(design, options).report;
}

/**
 * {@link spof} for one share of the class sets (`options.shard`, default the whole sweep):
 * the report of the owned sets, with each row's ordinal and the whole sweep's totals, as
 * `faultline spof --shard` writes it and `faultline merge` joins it (decision 0029).
 */
export function spofShard(design: LoadedDesign, options: SpofOptions = {}): SpofShardResult {
  if (design.sweep === undefined) {
    throw new FaultlineError({
      code: 'FL104',
      message: `spof sweeps fault sets of topology and site designs; ${design.file} is a ${design.kind.section} design`,
      hint: `use faultline check ${design.file} --max-faults N to explore its faults`,
    });
  }
  const { subject, faultStep, traceOf } = design.sweep();
  const result = sweep(subject, options);
  const names = subject.properties;
  const report: SpofReport = {
    kind: 'spof',
    design: designInfo(design),
    k: result.k,
    complete: result.complete,
    faultSets: result.faultSets,
    classSets: result.classSets,
    evaluated: result.evaluated,
    seconds: result.seconds,
    properties: names,
    baseline: result.baseline.map((b) => ({ property: names[b.property]!, details: b.details })),
    rows: result.rows.map((row) => {
      const representatives = row.classes.map((c) => c.representative);
      const trace = traceOf?.(representatives) ?? sweepTrace(design.model, representatives.map(faultStep));
      return {
        faultSet: row.classes.map((c) => c.members.map((e) => ({ id: subject.id(e), label: subject.label(e) }))),
        breaks: row.breaks.map((b) => ({ property: names[b.property]!, details: b.details })),
        trace: { path: formatPath(trace), steps: trace.steps.map((s) => s.action), views: viewsOf(trace) },
      };
    }),
  };
  return {
    faultline: 1,
    command: 'spof',
    shard: {
      ...(options.shard ?? { index: 0, count: 1 }),
      faultSetsTotal: result.totals?.faultSets ?? result.faultSets,
      classSetsTotal: result.totals?.classSets ?? result.classSets,
      ordinals: result.rows.map((r) => r.ordinal),
      designSha256: designDigest(design),
    },
    report,
  };
}
