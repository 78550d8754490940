import { readFileSync } from 'node:fs';
import type { Location } from 'sarif';
import { describe, expect, it } from 'vitest';
import { check, runReport } from '../../../src/api/runs.js';
import { spof } from '../../../src/api/spof.js';
import { loadSite } from '../../../src/import/loadSite.js';
import { renderSarif } from '../../../src/report/sarif/renderSarif.js';
import { parseLog, sarifErrors } from './sarifSchema.js';

const SEED = 'test/fixtures/configs/s2-seed';

function where(location: Location | undefined): string {
  const p = location?.physicalLocation;
  return `${p?.artifactLocation?.uri}:${p?.region?.startLine}`;
}

/** Line `n` (1-based) of a fixture file. */
function lineOf(file: string, n: number): string {
  return readFileSync(file, 'utf8').split('\n')[n - 1] ?? '';
}

describe('renderSarif on a design imported from real configs', () => {
  const text = renderSarif([runReport(check(loadSite(`${SEED}/site.yaml`)))], { timing: false });
  const run = parseLog(text).runs[0]!;

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(sarifErrors(text)).toEqual([]);
  });

  it('locates the finding in the config file that defines the element, not in the generated design', () => {
    const result = run.results!.find((r) => r.ruleId === 'cluster/vip-holder-serves')!;
    expect(where(result.locations![0])).toBe(`${SEED}/nfs1/keepalived.conf:4`);
    expect(lineOf(`${SEED}/nfs1/keepalived.conf`, 4)).toMatch(/^vrrp_instance DRBD \{/);
  });

  it('points each notify step of the code flow at the script line that runs it: the seed`s stop-where-it-means-start', () => {
    const result = run.results!.find((r) => r.ruleId === 'cluster/vip-holder-serves')!;
    const flow = result.codeFlows![0]!.threadFlows[0]!.locations.map((l) => [l.location!.message!.text!.replace(/^\d+\. /, '').replace(/ \(t = [\d.]+ s\)$/, ''), where(l.location)]);
    expect(flow).toContainEqual(['notify_master(nfs2): nfs.stop', `${SEED}/nfs1/root/usr/local/sbin/drbd-master:3`]);
    expect(lineOf(`${SEED}/nfs1/root/usr/local/sbin/drbd-master`, 3)).toBe('/etc/init.d/nfs-kernel-server stop');
    expect(flow).toContainEqual(['downTimer(nfs2)', `${SEED}/nfs2/keepalived.conf:4`]);
  });

  it('lists the config files as the user`s configuration and the manifest as the analysis target', () => {
    const roles = Object.fromEntries(run.artifacts!.map((a) => [a.location!.uri, a.roles]));
    expect(roles[`${SEED}/nfs1/keepalived.conf`]).toEqual(['userSpecifiedConfiguration']);
    expect(roles[`${SEED}/site.yaml`]).toEqual(['analysisTarget']);
  });
});

describe('renderSarif on spof over a site imported from a netlab topology', () => {
  const LAB = 'test/fixtures/configs/site-lab';
  const text = renderSarif([spof(loadSite(`${LAB}/site.yaml`))], { timing: false });
  const results = parseLog(text).runs[0]!.results!;

  it('validates, and locates every fault set at the netlab line of the switch or link that failed', () => {
    expect(sarifErrors(text)).toEqual([]);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(where(r.locations![0])).toMatch(new RegExp(`^${LAB}/topology\\.yml:\\d+$`));
    const coreA = results.find((r) => r.message.text?.startsWith('switch coreA down breaks'))!;
    expect(where(coreA.locations![0])).toBe(`${LAB}/topology.yml:13`);
    expect(lineOf(`${LAB}/topology.yml`, 13)).toMatch(/^\s+coreA:/);
    const cable = results.find((r) => r.message.text?.startsWith('link nfs1:eth1—coreA:eth1 down breaks'))!;
    expect(where(cable.locations![0])).toBe(`${LAB}/topology.yml:20`);
    expect(lineOf(`${LAB}/topology.yml`, 20)).toBe('- nfs1-coreA');
  });
});
