/**
 * Progress of long runs on a terminal, drawn by cli-progress (docs/decisions/0037): states,
 * queue, depth and rate for `check` (whose total is unknown, so no estimate), a bar with the
 * share done and an estimate of the time left for `simulate` (walks of a known number) and
 * `spof` (class sets of a known number). Nothing at all when stderr is not a terminal or CI
 * is set (CI logs, pipes). Nothing either for runs too short to report progress: the bar
 * starts with the first report the engine makes (after a second).
 */
import cliProgress from 'cli-progress';
import type { Progress } from '../explore/options.js';
import type { SweepProgress } from '../explore/sweepTypes.js';
import { formatCount } from '../report/textStats.js';
import type { CliIo } from './io.js';

/** Live progress on stderr. */
export interface ProgressLine<P = Progress> {
  readonly update: (progress: P) => void;
  /** Erases the line; call before printing the report (and on the way out of a failed run). */
  done(): void;
}

/** Redraws at most this often, in milliseconds. */
const MIN_INTERVAL_MS = 200;

/** Whether progress is drawn at all: stderr is a terminal and no CI variable is set. */
export function drawsProgress(io: CliIo): boolean {
  const ci = io.env['CI'];
  return io.stderrIsTTY && (ci === undefined || ci === '' || ci === '0' || ci.toLowerCase() === 'false');
}

/** The terminal cli-progress writes to: stderr through the CLI's streams. */
function stderrOf(io: CliIo): NodeJS.WritableStream {
  const stream = { isTTY: true, columns: Number(io.env['COLUMNS']) || 100, write: (text: string) => (io.err(text), true) };
  return stream as unknown as NodeJS.WritableStream;
}


/**
 * A bar of `total` units (none: a line without bar or estimate) drawn with `format`, whose
 * `{value}`, `{total}`, `{bar}`, `{percentage}` and `{eta_formatted}` are cli-progress's and
 * other `{names}` come from `payloadOf`.
 */
function bar<P>(io: CliIo, format: string, valueOf: (p: P) => number, totalOf: (p: P) => number | undefined, payloadOf: (p: P) => Record<string, string>): ProgressLine<P> {
  if (!drawsProgress(io)) return { update: () => {}, done: () => {} };
  let shown: cliProgress.SingleBar | undefined;
  return {
    update(p) {
      const total = totalOf(p) ?? 0;
      if (shown === undefined) {
        shown = new cliProgress.SingleBar({
          stream: stderrOf(io),
          format,
          fps: 1000 / MIN_INTERVAL_MS,
          clearOnComplete: true,
          hideCursor: false,
          linewrap: false,
          gracefulExit: false,
          etaBuffer: 20,
          formatValue: (v, _options, type) => (type === 'value' || type === 'total' ? formatCount(v) : String(v)),
        });
        shown.start(total, valueOf(p), payloadOf(p));
        return;
      }
      if (total > 0) shown.setTotal(total);
      shown.update(valueOf(p), payloadOf(p));
    },
    done() {
      shown?.stop();
      shown = undefined;
    },
  };
}

function rateOf(p: Progress): Record<string, string> {
  return { states: formatCount(p.states), queue: formatCount(p.queued), depth: String(p.depth), rate: formatCount(p.statesPerSecond), seconds: p.seconds.toFixed(1) };
}

/** Progress of an exhaustive search: states, queue, depth, rate and time (no total, so no estimate). */
export function statesProgress(io: CliIo): ProgressLine {
  return bar<Progress>(io, '{states} states  queue {queue}  depth {depth}  {rate} states/s  {seconds} s', (p) => p.states, () => undefined, rateOf);
}

/** Progress of random walks: a bar of the `total` walks of this process, depth, rate and the time left. */
export function walksProgress(io: CliIo, total: number): ProgressLine {
  return bar<Progress>(
    io,
    '[{bar}] {value}/{total} walks  longest {depth}  {rate} steps/s  {seconds} s  ETA {eta_formatted}',
    (p) => p.queued,
    () => total,
    (p) => ({ ...rateOf(p), rate: formatCount(p.transitions / Math.max(p.seconds, 1e-9)) }),
  );
}

/** Progress of a spof sweep: a bar of the class sets of this process and the time left. */
export function sweepProgress(io: CliIo): ProgressLine<SweepProgress> {
  return bar<SweepProgress>(io, '[{bar}] {value}/{total} class sets  {seconds} s  ETA {eta_formatted}', (p) => p.done, (p) => p.total, (p) => ({ seconds: p.seconds.toFixed(1) }));
}
