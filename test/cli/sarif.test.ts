import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseLog, sarifErrors } from '../report/sarif/sarifSchema.js';
import { buildOnce, faultline } from './runFaultline.js';

const DIR = 'test/fixtures/sarif';

beforeAll(buildOnce, 120_000);

describe('faultline --format sarif', () => {
  it('writes one valid SARIF file for several designs, exits with the worst code and prints the text report', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'faultline-sarif-')), 'results.sarif');
    const run = faultline('check', `${DIR}/gateways.pitfall.yaml`, `${DIR}/gateways.fix.yaml`, `${DIR}/rack.pitfall.yaml`, '--format', 'sarif', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('no-failback-under-nopreempt  VIOLATED');
    const text = readFileSync(out, 'utf8');
    expect(sarifErrors(text)).toEqual([]);
    const results = parseLog(text).runs[0]!.results!;
    expect(results.map((r) => `${r.ruleId} ${r.locations![0]!.physicalLocation!.artifactLocation!.uri}:${r.locations![0]!.physicalLocation!.region!.startLine}`)).toEqual([
      `vrrp/no-failback-under-nopreempt ${DIR}/gateways.pitfall.yaml:9`,
      `topology/reachable ${DIR}/rack.pitfall.yaml:9`,
    ]);
  });

  it('prints a valid SARIF log for spof on stdout, and nothing else', () => {
    const run = faultline('spof', `${DIR}/rack.pitfall.yaml`, '--format', 'sarif');
    expect(run.code).toBe(1);
    expect(sarifErrors(run.stdout)).toEqual([]);
    expect(parseLog(run.stdout).runs[0]!.results).toHaveLength(3);
  });
});
