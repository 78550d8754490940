/**
 * Limits that hold from the first byte read. `--timeout` and `--max-memory` are kept by the
 * engine between states (decision 0020), but reading, parsing and compiling a design are single
 * calls that cannot look at a clock: a 10 MB design parsed for minutes and reached gigabytes
 * under `--timeout 5 --max-memory 200`. When either limit is given, the command runs in a worker
 * thread with a heap ceiling and a watchdog; if the worker has not ended a margin past the limit
 * (or outgrows its heap), it is stopped and the run ends incomplete (exit 4) with FL107 saying
 * where it was. Decision 0039.
 */

/** The limits a command line asks to be kept, as the guard needs them. */
export interface GuardLimits {
  /** `--timeout`, in milliseconds. */
  readonly timeoutMs?: number;
  /** `--max-memory`, in MiB. */
  readonly maxMemoryMiB?: number;
  /** The `--out` files the run may be writing (their temporary files are removed on a stop). */
  readonly outFiles: readonly string[];
}

/** The value of `--name v` or `--name=v` in `argv`, if present. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === name && i + 1 < argv.length) value = argv[i + 1];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}

function positive(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * The limits `argv` sets, or `undefined` when it sets none (or only asks for help): the run
 * then needs no guard. Values commander would reject are left to commander (no guard).
 */
export function guardLimits(argv: readonly string[]): GuardLimits | undefined {
  if (argv.length === 0 || argv[0] === 'help' || argv.some((a) => a === '--help' || a === '-h')) return undefined;
  const timeout = positive(optionValue(argv, '--timeout'));
  const maxMemoryMiB = positive(optionValue(argv, '--max-memory'));
  if (timeout === undefined && maxMemoryMiB === undefined) return undefined;
  const out = optionValue(argv, '--out');
  return {
    ...(timeout === undefined ? {} : { timeoutMs: timeout * 1000 }),
    ...(maxMemoryMiB === undefined ? {} : { maxMemoryMiB }),
    outFiles: out === undefined ? [] : [out],
  };
}

/**
 * How long past `--timeout` the watchdog waits for the engine to stop by itself (it stops
 * between states and writes its partial report): one second and a tenth of the limit.
 */
export function watchdogMs(timeoutMs: number): number {
  return timeoutMs + 1000 + timeoutMs / 10;
}

/**
 * The worker's old-generation ceiling for `--max-memory` m MiB: above m, so that the engine's own
 * check (heap and buffers against m) stops an exploration first and writes its partial report;
 * a phase that cannot stop (parsing a huge design) meets the ceiling instead.
 */
export function heapCeilingMiB(maxMemoryMiB: number): number {
  return Math.ceil(maxMemoryMiB + Math.max(64, maxMemoryMiB / 4));
}
