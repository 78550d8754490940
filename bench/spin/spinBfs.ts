/**
 * SPIN's single-core breadth-first time for a bench row BASELINES.md compares: measured in
 * this run when SPIN is on the machine (and its counts equal the reference table's), else
 * BASELINES.md's figure from another run — and which of the two it is, so a report never
 * passes the table off as a measurement.
 */
import type { BenchModelName } from '../../models/bench/index.js';
import { exhaustiveBaselines } from '../baselines.js';
import { referenceRow } from '../reference.js';
import { compileSpin, type SpinRun, type SpinVerifier } from './measureSpin.js';

/** pan prints its time to 0.01 s: a shorter run is no rate to compare with (the table's figure, if any, is used). */
export const MIN_SECONDS = 0.1;

/** Where a SPIN figure comes from. */
export type SpinSource = 'this run' | 'BASELINES.md';

/** SPIN's time for a row, where it comes from, and of how many runs it is the fastest (1 from the table). */
export interface SpinTime {
  readonly seconds: number;
  readonly source: SpinSource;
  readonly runs: number;
}

/** A run's seconds when it is a rate to compare with: long enough, and with the reference counts. */
function usable(name: BenchModelName, n: number, run: SpinRun | undefined): number | undefined {
  const ref = referenceRow(name, n);
  return run && run.seconds >= MIN_SECONDS && ref && run.states === ref.states && run.transitions === ref.transitions ? run.seconds : undefined;
}

/** SPIN's seconds for `name`-`n` (one run), and their source; undefined when neither has the row. */
export function spinBfs(name: BenchModelName, n: number): SpinTime | undefined {
  const spin = spinSampler(name, n);
  try {
    spin.sample();
  } finally {
    spin.close();
  }
  return spin.result();
}

/** SPIN timed beside a row that keeps faultline's fastest of several runs (see {@link spinSampler}). */
export interface SpinSampler {
  /** Runs SPIN once more (call it once per faultline run, between them). */
  sample(): void;
  /** The fastest usable run so far, else the table's figure; undefined when the table has no such row. */
  result(): SpinTime | undefined;
  /** Removes the compiled verifier (call it when the row is done, also when it failed). */
  close(): void;
}

/**
 * SPIN for a row that times faultline several times alternately and keeps the fastest run
 * (the 2-worker rows): SPIN gets as many runs, between faultline's, and its fastest is kept
 * too — one SPIN run against faultline's best of five would favour faultline on a machine
 * whose speed drifts. Without SPIN (or told to use the table) sampling does nothing.
 */
export function spinSampler(name: BenchModelName, n: number): SpinSampler {
  // The rows BASELINES.md compares (the bench's default sizes): a larger one (vrrp-9, philosophers-20)
  // would hold SPIN's exact BFS for minutes and gigabytes.
  const table = exhaustiveBaselines[name][n];
  const seconds: number[] = [];
  let verifier: SpinVerifier | undefined | null = null; // null: not compiled yet
  return {
    sample() {
      // FAULTLINE_BENCH_SPIN=table: the table's figure, no run.
      if (table === undefined || process.env.FAULTLINE_BENCH_SPIN === 'table') return;
      if (verifier === null) verifier = compileSpin(name, n);
      const run = usable(name, n, verifier?.run());
      if (run !== undefined) seconds.push(run);
    },
    close() {
      verifier?.close();
      verifier = undefined;
    },
    result() {
      if (table === undefined) return undefined;
      if (seconds.length === 0) return { seconds: table.spinBfsSeconds, source: 'BASELINES.md', runs: 1 };
      return { seconds: Math.min(...seconds), source: 'this run', runs: seconds.length };
    },
  };
}
