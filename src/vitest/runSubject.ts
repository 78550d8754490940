/**
 * What a matcher can be given — a design run (`check`, `simulate`), an engine result
 * (`checkModel`, `simulateModel(...).result`, a `simulateModel` outcome) or a replay —
 * reduced to one shape: each property's verdict, its trace, and how to reproduce it.
 */
import type { CheckResult, PropertyVerdict } from '../core/result.js';
import { formatPath, type Trace } from '../core/trace.js';
import type { DesignResult, ReplayResult } from '../api/runs.js';
import { replayCommand, rerunCommand, shellQuote } from '../report/reproduce.js';
import type { TraceVerdict } from '../trace/evaluateAlong.js';

/** One property's verdict, whatever the run. */
export interface SubjectVerdict {
  readonly name: string;
  readonly kind: string;
  readonly description?: string;
  readonly status: PropertyVerdict<unknown>['status'] | TraceVerdict<unknown>['status'];
  /** One line: `VIOLATED (invariant, 31 steps)`. */
  readonly summary: string;
  readonly trace?: Trace<unknown>;
  /** The state index where it fails or is witnessed (replays), else the trace's end. */
  readonly mark?: number;
}

/** A run as the matchers see it. */
export interface RunSubject {
  readonly verdicts: readonly SubjectVerdict[];
  /** What ended the run when it is not a verdict: an error or a limit. */
  readonly problem?: string;
  /** The command that reruns the whole run, when the design file is known. */
  readonly rerun?: string;
  /** The command that replays `trace` (a path), when the design file is known. */
  reproduce(trace: Trace<unknown>): string;
}

type Received = DesignResult | CheckResult<unknown> | ReplayResult | { readonly result: CheckResult<unknown>; readonly seed: number };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function described(description: string | undefined): { description?: string } {
  return description === undefined ? {} : { description };
}

function steps(n: number): string {
  return n === 1 ? '1 step' : `${n} steps`;
}

function fromVerdict(v: PropertyVerdict<unknown>): SubjectVerdict {
  const base = { name: v.property.name, kind: v.property.kind, ...described(v.property.description) };
  switch (v.status) {
    case 'violated':
      return { ...base, status: v.status, summary: `VIOLATED (${v.kind}, ${steps(v.trace.steps.length)})`, trace: v.trace, mark: v.trace.steps.length };
    case 'witnessed':
      return { ...base, status: v.status, summary: `witnessed (${steps(v.trace.steps.length)})`, trace: v.trace, mark: v.trace.steps.length };
    case 'holds':
      return { ...base, status: v.status, summary: 'holds' };
    case 'unwitnessed':
      return { ...base, status: v.status, summary: 'UNWITNESSED (no explored state satisfies it)' };
    case 'undecided':
      return { ...base, status: v.status, summary: 'undecided (the run stopped first)' };
  }
}

function fromResult(result: CheckResult<unknown>, file: string | undefined, seed: number | undefined): RunSubject {
  const reproduce = (trace: Trace<unknown>): string => (file === undefined ? `path ${formatPath(trace)}` : replayCommand(file, formatPath(trace)));
  const rerun = file === undefined ? undefined : seed === undefined ? `faultline check ${shellQuote(file)}` : rerunCommand(file, seed);
  const common = { reproduce, ...(rerun === undefined ? {} : { rerun }) };
  if (result.status === 'error') {
    return { ...common, verdicts: [], problem: `the run failed: error ${result.error.code}: ${result.error.message}` };
  }
  const problem = result.status === 'incomplete' ? `the run is incomplete: it stopped at --${result.limit}` : undefined;
  return { ...common, verdicts: result.verdicts.map(fromVerdict), ...(problem === undefined ? {} : { problem }) };
}

function fromReplay(replayed: ReplayResult): RunSubject {
  const path = formatPath(replayed.trace);
  const verdicts = replayed.verdicts.map((v): SubjectVerdict => {
    const base = { name: v.property.name, kind: v.property.kind, status: v.status, ...described(v.property.description) };
    switch (v.status) {
      case 'violated':
        return { ...base, summary: `VIOLATED at step ${v.step}`, trace: replayed.trace, mark: v.step };
      case 'witnessed':
        return { ...base, summary: `witnessed at step ${v.step}`, trace: replayed.trace, mark: v.step };
      case 'pending':
        return { ...base, summary: `pending (${v.elapsed} time units since the start or the last fault)` };
      case 'holds':
        return { ...base, summary: 'holds along this trace' };
      case 'unwitnessed':
        return { ...base, summary: 'not witnessed along this trace' };
    }
  });
  return { verdicts, reproduce: () => replayCommand(replayed.design.file, path) };
}

/** The subject of `received`, or undefined when it is nothing a matcher understands. */
export function runSubject(received: unknown): RunSubject | undefined {
  if (!isObject(received)) return undefined;
  const r = received as Received;
  if ('kind' in r && r.kind === 'replay') return fromReplay(r);
  if ('run' in r && isObject(r.run)) return fromResult(r, r.run.design.file, r.run.random?.seed);
  if ('result' in r && 'seed' in r && isObject(r.result)) return fromResult(r.result, undefined, r.seed);
  if ('status' in r && typeof r.status === 'string') return fromResult(r as CheckResult<unknown>, undefined, undefined);
  return undefined;
}
