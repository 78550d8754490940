import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureRow } from '../../bench/measureRow.js';
import { inOwnProcess } from '../../bench/rowProcess.js';
import { referenceRow } from '../../bench/reference.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The built row script (CI builds before it tests, as the CLI tests need). */
const script = join(root, 'dist', 'bench', 'row.js');

describe('bench rows', () => {
  it('measure an exhaustive row in this process with the reference counts', async () => {
    const line = await measureRow({ kind: 'exhaustive', model: 'stp-ring', n: 3, naive: false });
    const ref = referenceRow('stp-ring', 3)!;
    expect(line).toMatchObject({ model: 'stp-ring', n: 3, status: 'pass', states: ref.states, transitions: ref.transitions, countsMatch: true });
  });

  it('measure a row in a process of its own and return the line it prints', () => {
    const line = inOwnProcess({ kind: 'exhaustive', model: 'vrrp', n: 3, naive: true }, script);
    const ref = referenceRow('vrrp', 3)!;
    expect(line).toMatchObject({ model: 'vrrp', n: 3, status: 'pass', states: ref.states, naiveStates: ref.states, countsMatch: true });
    expect(line.seconds).toBeGreaterThan(0);
  }, 60_000);

  it('throw, naming the row, when the row process fails', () => {
    expect(() => inOwnProcess({ kind: 'exhaustive', model: 'vrrp', n: 3, naive: false }, join(root, 'no-such-row.js'))).toThrow(/bench row .*"vrrp".* failed/);
  }, 60_000);
});
