import type { Progress } from '../explore/options.js';
import { formatCount } from '../report/textStats.js';
import type { CliIo } from './io.js';

/** Live progress on stderr. */
export interface ProgressLine {
  readonly update: (progress: Progress) => void;
  /** Erases the line; call before printing the report. */
  done(): void;
}

const MIN_INTERVAL_MS = 200;

/**
 * A progress line redrawn in place on stderr (at most five times a second), or nothing at all
 * when stderr is not a terminal (CI logs, pipes).
 */
export function progressLine(io: CliIo, unit: 'states' | 'walks'): ProgressLine {
  if (!io.stderrIsTTY) return { update: () => {}, done: () => {} };
  let last = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const now = io.now();
      if (now - last < MIN_INTERVAL_MS) return;
      last = now;
      drawn = true;
      const count = unit === 'states' ? `${formatCount(p.states)} states` : `${formatCount(p.queued)} walks`;
      io.err(`\r\x1b[2K${count}  depth ${p.depth}  ${formatCount(p.statesPerSecond)} states/s  ${p.seconds.toFixed(1)} s`);
    },
    done() {
      if (drawn) io.err('\r\x1b[2K');
    },
  };
}
