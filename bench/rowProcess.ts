/**
 * Runs one bench row in a process of its own (decision 0046, amended at issue 13's last stop),
 * so that a row's figures owe nothing to the rows before it. V8 keeps one set of type feedback
 * per call site for a whole process; once the search had run other models, a row ran slower
 * than in a process of its own (philosophers-14 15–20%, vrrp-7's one-thread side 28–65%; a
 * copy of the successor loop per model won back part of it, so the calls into each model's
 * step and packer are the likely cause). SPIN's verifier is compiled per row and the CLI
 * checks one design a process; the bench now measures each row the same way.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RowLines, RowRequest } from './measureRow.js';

/** The script a row process runs (next to this file once built). */
export const ROW_SCRIPT = fileURLToPath(new URL('./row.js', import.meta.url));

/**
 * Measures `request` in a new node process (with this process's node flags, e.g. the bench's
 * heap size) and returns its line. Its stderr goes to ours. Throws when the process fails.
 */
export function inOwnProcess<K extends RowRequest['kind']>(request: Extract<RowRequest, { kind: K }>, script = ROW_SCRIPT): RowLines[K] {
  const run = spawnSync(process.execPath, [...process.execArgv, script, JSON.stringify(request)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const last = run.stdout?.trim().split('\n').pop();
  if (run.status !== 0 || !last) throw new Error(`bench row ${JSON.stringify(request)} failed (${run.error?.message ?? `exit ${run.status ?? run.signal}`})`);
  return JSON.parse(last) as RowLines[K];
}
