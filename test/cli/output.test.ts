import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDesign } from '../../src/design/loadDesign.js';
import { designKinds } from '../../src/design/registry.js';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { buildOnce, faultline, root } from './runFaultline.js';

const PITFALL = 'models/designs/r6-advert-mismatch.pitfall.yaml';
const FIX = 'models/designs/r6-advert-mismatch.fix.yaml';
const L5 = 'models/designs/l5-access-mii.pitfall.yaml';

function fakeIo(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', stdoutIsTTY: false, stderrIsTTY: false, env: {}, now: () => 0 } as CliIo & { stdout: string; stderr: string };
  io.out = (t) => void (io.stdout += t);
  io.err = (t) => void (io.stderr += t);
  return io;
}

beforeAll(buildOnce, 120_000);

describe('--out', () => {
  it('refuses a destination folder that does not exist before exploring anything (FL105, exit 2)', async () => {
    const io = fakeIo();
    let explored = false;
    const load = (file: string) => {
      explored = true;
      return loadDesign(file);
    };
    const code = await runCli(['check', join(root, PITFALL), '--format', 'json', '--out', join(tmpdir(), 'no-such-folder-fl105', 'r.json')], io, {
      loadDesign: load,
      designKinds,
      packageRoot: root,
    });
    expect(code).toBe(2);
    expect(explored).toBe(false);
    expect(io.stderr).toMatch(/error FL105: cannot write the report to .*: the folder .*no-such-folder-fl105 does not exist/);
    expect(io.stderr).toContain('hint: create it first');
  });

  it('refuses to overwrite the design file itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-out-'));
    const design = join(dir, 'design.yaml');
    const text = readFileSync(join(root, PITFALL), 'utf8');
    writeFileSync(design, text);
    const run = faultline('check', design, '--format', 'json', '--out', design);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error FL105');
    expect(readFileSync(design, 'utf8')).toBe(text);
  });

  it('writes the report whole and leaves no temporary file beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-out-'));
    const run = faultline('check', PITFALL, '--format', 'json', '--out', join(dir, 'report.json'));
    expect(run.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).status).toBe('violation');
  }, 60_000);
});

describe('report data', () => {
  it('gives spof every broken pair as data, writes it with --out, and exports its first fault set as ITF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-spof-'));
    const run = faultline('spof', L5, '--format', 'json', '--out', join(dir, 'spof.json'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/reachable +Server1 ↮ Server3, Server1 ↮ Server4, Server2 ↮ Server3, \+1 more/);
    const report = JSON.parse(readFileSync(join(dir, 'spof.json'), 'utf8')) as { rows: { breaks: { details: string[] }[] }[] };
    expect(report.rows[0]!.breaks[0]!.details).toEqual(['Server1 ↮ Server3', 'Server1 ↮ Server4', 'Server2 ↮ Server3', 'Server2 ↮ Server4']);
    const itf = JSON.parse(faultline('spof', L5, '--format', 'itf').stdout) as { states: { failed: string[] }[] };
    expect(itf.states.map((s) => s.failed)).toEqual([[], ['switch:Switch1']]);
  }, 60_000);

  it('writes list values as arrays in JSON', () => {
    const report = JSON.parse(faultline('check', L5, '--format', 'json').stdout) as { properties: { trace?: { steps: { view: Record<string, unknown> }[] } }[] };
    const view = report.properties[0]!.trace!.steps[0]!.view;
    expect(view['roots']).toEqual(['Switch2', 'Switch3']);
    expect(view['Server1:bond0']).toEqual(['eth1']);
  }, 60_000);

  it('puts the seed of a random run into the ITF header', () => {
    const itf = JSON.parse(faultline('simulate', 'models/designs/r6-nopreempt-placement.pitfall.yaml', '--seed', '42', '--runs', '200', '--format', 'itf').stdout) as {
      '#meta': { seed: number };
    };
    expect(itf['#meta'].seed).toBe(42);
  }, 60_000);

  it('says how long the ticks of a timed model take', () => {
    const run = faultline('check', PITFALL);
    expect(run.stdout).toMatch(/1–13 +tick ×13 +\(\+3\.25 s, t = 3\.25 s\)/);
  }, 60_000);
});

describe('several designs in one run', () => {
  it('writes one JSON document with a report per design and exits with the worst code', () => {
    const run = faultline('check', FIX, PITFALL, '--format', 'json');
    expect(run.code).toBe(1);
    const body = JSON.parse(run.stdout) as { reports: { design: { file: string }; status: string }[] };
    expect(body.reports.map((r) => [r.design.file, r.status])).toEqual([
      [FIX, 'pass'],
      [PITFALL, 'violation'],
    ]);
  }, 60_000);

  it('still reports the other designs when one cannot be read, and exits 2', () => {
    const run = faultline('check', PITFALL, 'models/designs/no-such.yaml', '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FL201');
    const body = JSON.parse(run.stdout) as { reports: { status: string }[] };
    expect(body.reports.map((r) => r.status)).toEqual(['violation', 'error']);
  }, 60_000);

  it('refuses several designs in ITF, which holds one trace (FL106)', () => {
    const run = faultline('check', FIX, PITFALL, '--format', 'itf');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error FL106');
  });
});
