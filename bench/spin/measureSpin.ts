/**
 * SPIN measured in the bench's own run (issue 13: "SPIN figures measured in the same run where
 * `spin` is installed, else the table in BASELINES.md"): the model's Promela ({@link promelaOf})
 * turned into a verifier by `spin -a`, compiled as BASELINES.md did (`gcc -O2 -DNOREDUCE
 * -DSAFETY -DBFS`: exact storage, no partial-order reduction, breadth-first), once a row, and
 * run once (or as often as the row times faultline: {@link compileSpin}). Its own
 * "elapsed time" is the exploration's (compiling is not timed). Without `spin` or `cc`
 * on the machine, or when the verifier fails, the answer is undefined and the bench falls
 * back to the table.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchModelName } from '../../models/bench/index.js';
import { promelaOf } from './promelaOf.js';

/** One SPIN run: its counts (transitions as the models define them: SPIN's less one) and seconds. */
export interface SpinRun {
  readonly states: number;
  readonly transitions: number;
  readonly seconds: number;
}

let available: boolean | undefined;

/** Whether `spin` and a C compiler are on this machine (asked once a process). */
export function spinAvailable(): boolean {
  const ok = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
  available ??= ok('spin', ['-V']) && ok('cc', ['--version']);
  return available;
}

/** A compiled verifier of one model: run it as often as needed, then close it (its folder is removed). */
export interface SpinVerifier {
  /** One breadth-first run; undefined when it failed or reported an error. */
  run(): SpinRun | undefined;
  close(): void;
}

/** `name`-`n` compiled to a verifier in a folder of its own; undefined: SPIN is not here, or failed. */
export function compileSpin(name: BenchModelName, n: number): SpinVerifier | undefined {
  if (!spinAvailable()) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'faultline-spin-'));
  const close = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    writeFileSync(join(dir, 'model.pml'), promelaOf(name, n));
    const built =
      inDir(dir, 'spin', ['-a', 'model.pml']) !== undefined && inDir(dir, 'cc', ['-O2', '-DNOREDUCE', '-DSAFETY', '-DBFS', '-o', 'pan', 'pan.c']) !== undefined;
    if (!built) {
      close();
      return undefined;
    }
  } catch (e) {
    close();
    throw e;
  }
  return {
    run() {
      // -E: a deadlock is no error here (philosophers has one); -m: no depth bound.
      const out = inDir(dir, './pan', ['-E', '-m10000000']);
      return out === undefined ? undefined : parsePan(out);
    },
    close,
  };
}

/** `cmd args` run in `dir`: its standard output, or undefined when it failed. */
function inDir(dir: string, cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 24 });
  return r.status === 0 ? r.stdout : undefined;
}

/** Reads a verifier's summary (undefined when it reported an error or no elapsed time). */
export function parsePan(out: string): SpinRun | undefined {
  const errors = /errors: (\d+)/.exec(out);
  const states = /([\d.e+]+) states, stored/.exec(out);
  const transitions = /([\d.e+]+) transitions \(= stored\+matched\)/.exec(out);
  const seconds = /pan: elapsed time ([\d.e+-]+) seconds/.exec(out);
  if (!errors || errors[1] !== '0' || !states || !transitions || !seconds) return undefined;
  return { states: Number(states[1]), transitions: Number(transitions[1]) - 1, seconds: Number(seconds[1]) };
}
