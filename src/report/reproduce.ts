import type { RandomRerun } from './report.js';

/** Quotes a word for a POSIX shell when it needs it. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `faultline replay <file> --path 0/2/1`: replays one trace exactly. */
export function replayCommand(file: string, path: string): string {
  return `faultline replay ${shellQuote(file)} --path ${path}`;
}

/**
 * `faultline simulate <file> --seed N --runs R --max-steps S --max-faults F`: reruns the same
 * random walks. Every option that shapes the walks is passed back, so the line gives the same
 * verdict whatever the defaults; `--timeout` too when one was set (a timeout makes a rerun
 * stop at a different walk on a slower machine).
 */
export function rerunCommand(file: string, seed: number, searched?: RandomRerun): string {
  const words = ['faultline', 'simulate', shellQuote(file), '--seed', String(seed)];
  if (searched) {
    words.push('--runs', String(searched.runs), '--max-steps', String(searched.maxSteps));
    if (Number.isFinite(searched.maxFaults)) words.push('--max-faults', String(searched.maxFaults));
    if (Number.isFinite(searched.timeoutSeconds)) words.push('--timeout', String(searched.timeoutSeconds));
  }
  return words.join(' ');
}
