/**
 * fast-check arbitraries of fault sequences for a given design: action-index paths (what
 * `replay` takes) that inject faults one after the other, with a drawn number of protocol
 * steps (timers, messages) between them. Shrinking drops faults, shortens the waits and moves
 * toward the first enabled fault.
 */
import fc from 'fast-check';
import { successorsOf, initialStatesOf } from '../core/successors.js';
import type { LoadedDesign } from '../design/loadDesign.js';

/** Options of {@link faultPath}. */
export interface FaultPathOptions {
  /** Faults injected at most; default the design's fault budget, else 2. */
  readonly maxFaults?: number;
  /** Protocol steps before each fault and after the last, at most; default 20. */
  readonly maxWait?: number;
}

/** One drawn fault: which enabled fault (modulo their number) after how many protocol steps. */
export interface DrawnFault {
  readonly wait: number;
  readonly fault: number;
}

/**
 * The path of a drawn fault sequence: from initial state 0, at each element `wait` protocol
 * steps (always the first enabled one, so timers run and messages arrive in model order) then
 * the chosen fault; `settle` protocol steps at the end. A step with nothing enabled ends early.
 */
export function pathOfFaults(design: LoadedDesign, faults: readonly DrawnFault[], settle: number): number[] {
  const model = design.model;
  let state = initialStatesOf(model)[0];
  const path = [0];
  const protocolSteps = (n: number): void => {
    for (let i = 0; i < n && state !== undefined; i++) {
      const next = successorsOf(model, state).find((s) => !s.fault);
      if (next === undefined) return;
      path.push(next.choice);
      state = next.state;
    }
  };
  for (const f of faults) {
    protocolSteps(f.wait);
    if (state === undefined) break;
    const enabled = successorsOf(model, state).filter((s) => s.fault);
    if (enabled.length === 0) continue;
    const chosen = enabled[f.fault % enabled.length]!;
    path.push(chosen.choice);
    state = chosen.state;
  }
  protocolSteps(settle);
  return path;
}

/** Fault sequences of `design` as replayable paths: `fc.property(faultPath(d), p => ... replay(d, p) ...)`. */
export function faultPath(design: LoadedDesign, options: FaultPathOptions = {}): fc.Arbitrary<number[]> {
  const budget = design.options.maxFaults;
  const maxFaults = options.maxFaults ?? (budget !== undefined && Number.isFinite(budget) ? budget : 2);
  const maxWait = options.maxWait ?? 20;
  const drawn: fc.Arbitrary<DrawnFault> = fc.record({ wait: fc.nat({ max: maxWait }), fault: fc.nat({ max: 63 }) });
  return fc
    .tuple(fc.array(drawn, { maxLength: maxFaults }), fc.nat({ max: maxWait }))
    .map(([faults, settle]) => pathOfFaults(design, faults, settle));
}
