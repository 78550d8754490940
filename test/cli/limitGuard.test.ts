/**
 * `--timeout` and `--max-memory` hold from the first byte read (issue 12): a design too big to
 * read within the limits stops the run with FL107 and exit 4, never a heap abort or a run that
 * goes on for minutes; a design that fits gives the same report as without the guard.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardLimits, heapCeilingMiB, watchdogMs } from '../../src/cli/limitGuard.js';
import { buildOnce, faultline } from './runFaultline.js';

/** A topology design of `n` switches in a chain, written line by line (fast for big n). */
function chainOfSwitches(n: number): string {
  const lines = ['faultline: 1', 'name: chain', 'topology:', '  switches:'];
  for (let i = 0; i < n; i++) lines.push(`    - { name: switch-number-${i}, ports: [port-a, port-b], stp: { mode: rstp } }`);
  lines.push('  links:');
  for (let i = 1; i < n; i++) lines.push(`    - { a: "switch-number-${i - 1}:port-b", b: "switch-number-${i}:port-a" }`);
  lines.push('check: [no-forwarding-loop]');
  return `${lines.join('\n')}\n`;
}

describe('guardLimits', () => {
  it('reads --timeout and --max-memory in both spellings, with the --out file', () => {
    expect(guardLimits(['check', 'd.yaml', '--timeout', '5', '--max-memory=200', '--out', 'r.md'])).toEqual({ timeoutMs: 5000, maxMemoryMiB: 200, outFiles: ['r.md'] });
    expect(guardLimits(['simulate', 'd.yaml', '--timeout=0.5'])).toEqual({ timeoutMs: 500, outFiles: [] });
  });

  it('asks for no guard without a limit, for help, or for a value commander will reject', () => {
    expect(guardLimits(['check', 'd.yaml'])).toBeUndefined();
    expect(guardLimits(['check', '--help', '--timeout', '5'])).toBeUndefined();
    expect(guardLimits(['check', 'd.yaml', '--timeout', 'soon'])).toBeUndefined();
  });

  it('lets the engine stop first: the watchdog waits past the timeout, the heap ceiling sits above --max-memory', () => {
    expect(watchdogMs(5000)).toBe(6500);
    expect(heapCeilingMiB(200)).toBe(264);
    expect(heapCeilingMiB(1000)).toBe(1250);
  });
});

describe('faultline check under --timeout and --max-memory', () => {
  let dir: string;
  let huge: string;

  beforeAll(() => {
    buildOnce();
    dir = mkdtempSync(join(tmpdir(), 'faultline-guard-'));
    // ~10 MB of topology (a chain of 70,000 switches): reading it takes far more than 114 MiB
    // of heap and more than two seconds.
    huge = join(dir, 'huge.yaml');
    writeFileSync(huge, chainOfSwitches(70_000));
  }, 120_000);

  it('stops a design too big to read within --timeout: FL107 names the file and the phase, exit 4, nothing written', () => {
    const out = join(dir, 'report.json');
    const run = faultline('check', huge, '--timeout', '1', '--max-states', '500', '--format', 'json', '--out', out);
    expect(run.code).toBe(4);
    // On a loaded machine starting Node and faultline alone may outlast 2.1 s: either phase is honest.
    expect(run.stderr).toMatch(/error FL107: the run was stopped by --timeout 1 s while (reading and compiling .*huge\.yaml, \d+\.\d MiB|starting, before it read any design): nothing was explored/);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/heap|Mark-Compact|internal error/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('stops a design too big to read within --max-memory at the heap ceiling, not at the machine\'s memory', () => {
    const run = faultline('check', huge, '--max-memory', '50');
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('error FL107: the run was stopped by --max-memory 50 MiB while reading and compiling');
    expect(run.stderr).not.toMatch(/Mark-Compact|FATAL|internal error/);
  }, 120_000);

  it('gives the same report and exit code as an unguarded run when the design fits the limits', () => {
    const design = 'models/designs/l5-access-mii.pitfall.yaml';
    const plain = faultline('check', design, '--format', 'json');
    const guarded = faultline('check', design, '--format', 'json', '--timeout', '120', '--max-memory', '4000');
    expect(guarded.code).toBe(1);
    expect(guarded.code).toBe(plain.code);
    const withoutTimings = (json: string) => JSON.parse(json, (key, value) => (['seconds', 'statesPerSecond', 'bytesPerState', 'limits', 'settings'].includes(key) ? undefined : value));
    expect(withoutTimings(guarded.stdout)).toEqual(withoutTimings(plain.stdout));
  }, 120_000);
});
