import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildOnce, root } from '../cli/runFaultline.js';
import { parseLog, sarifErrors } from '../report/sarif/sarifSchema.js';

const main = join(root, 'dist', 'src', 'cli', 'main.js');

interface Workflow {
  readonly jobs: { readonly designs: { readonly steps: readonly { readonly id?: string; readonly run?: string; readonly with?: Record<string, string> }[] } };
}

describe('the code-scanning workflow example', () => {
  beforeAll(buildOnce, 180_000);

  it('writes the SARIF file it uploads, valid, with the findings of the designs it checks', () => {
    const workflow = parse(readFileSync(join(root, 'examples', 'code-scanning', 'faultline.yml'), 'utf8')) as Workflow;
    const steps = workflow.jobs.designs.steps;
    const line = steps.find((s) => s.id === 'check')!.run!;
    const uploaded = steps.find((s) => s.with?.['sarif_file'] !== undefined)!.with!['sarif_file']!;
    const dir = mkdtempSync(join(tmpdir(), 'faultline-code-scanning-'));
    mkdirSync(join(dir, 'designs'));
    for (const name of ['gateways.pitfall.yaml', 'gateways.fix.yaml']) copyFileSync(join(root, 'test', 'fixtures', 'sarif', name), join(dir, 'designs', name));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = faultline ] || exit 97\nshift\nexec "${process.execPath}" "${main}" "$@"\n`);
    chmodSync(join(bin, 'npx'), 0o755);
    const run = spawnSync('sh', ['-c', line], { cwd: dir, env: { ...process.env, NO_COLOR: '1', PATH: `${bin}:${process.env['PATH']}` }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const text = readFileSync(join(dir, uploaded), 'utf8');
    expect(sarifErrors(text)).toEqual([]);
    const log = parseLog(text);
    expect(log.runs[0]!.artifacts!.map((a) => [a.location!.uri, a.location!.uriBaseId])).toEqual([
      ['designs/gateways.fix.yaml', '%SRCROOT%'],
      ['designs/gateways.pitfall.yaml', '%SRCROOT%'],
    ]);
    expect(log.runs[0]!.results!.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.artifactLocation!.uri])).toEqual([['vrrp/no-failback-under-nopreempt', 'designs/gateways.pitfall.yaml']]);
  });
});
