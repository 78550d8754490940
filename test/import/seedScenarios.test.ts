/**
 * The seed scenarios as real configuration files (test/fixtures/configs): each manifest is
 * imported — keepalived.conf, the notify scripts it names, DRBD, resolv.conf — and checked
 * exhaustively; the verdicts are those of the hand-written reference designs, and the findings
 * point at the config lines.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/explore/check.js';
import { loadSite } from '../../src/import/loadSite.js';
import type { ImportDiagnostic } from '../../src/import/importLog.js';

const DIR = new URL('../fixtures/configs/', import.meta.url).pathname;

function run(manifest: string) {
  const warnings: ImportDiagnostic[] = [];
  const site = loadSite(`${DIR}${manifest}`, { onWarning: (w) => warnings.push(w) });
  const result = check(site.model, site.properties, site.options);
  if (result.status === 'error') expect.fail(`${result.error.code} ${result.error.message}`);
  const verdicts = result.status === 'incomplete' ? {} : Object.fromEntries(result.verdicts.map((v) => [v.property.name, v.status]));
  return { site, result, verdicts, warnings };
}

const at = (w: { location?: { file: string; line: number; column: number } }) => (w.location ? `${w.location.file.slice(DIR.length)}:${w.location.line}:${w.location.column}` : '');

describe('the seed configs, imported', () => {
  it('finds that the seed\'s drbd-master stops NFS where it means to start it (S2 as written)', () => {
    const { site, verdicts } = run('s2-seed/site.yaml');
    expect(verdicts['vip-holder-serves']).toBe('violated');
    expect(site.document['cluster']).toMatchObject({ notify: { master: ['drbd.promote', 'mount', 'nfs.stop'] } });
    expect(at({ location: site.imported.sources.get('cluster.notify.master.2')! })).toBe('s2-seed/nfs1/root/usr/local/sbin/drbd-master:3:1');
  });

  it('warns at the seed\'s misspelt virtaul_ipaddress, with the keyword it meant', () => {
    const { warnings } = run('s2-seed/site.yaml');
    const typo = warnings.find((w) => w.code === 'FL406');
    expect(typo && at(typo)).toBe('s2-seed/nfs1/keepalived.conf:16:5');
    expect(typo?.hint).toContain('did you mean "virtual_ipaddress"');
    expect(warnings.filter((w) => w.code === 'FL415').map(at)).toEqual(['s2-seed/nfs1/keepalived.conf:4:15', 's2-seed/nfs2/keepalived.conf:4:15']);
  });

  it('finds the needless failback and the split brain of a preempting pair (S2 pitfall)', () => {
    const { verdicts } = run('nfs-pair/s2-preempt.yaml');
    expect(verdicts).toEqual({ 'single-primary': 'violated', 'no-split-brain': 'violated', 'vip-holder-serves': 'holds', 'no-needless-failback': 'violated' });
  });

  it('proves the nopreempt pair with the corrected scripts (S2 fix)', () => {
    const { result } = run('nfs-pair/s2-nopreempt.yaml');
    expect(result.status).toBe('pass');
  });

  it('finds that stopping keepalived leaves the VIP on a node that serves nothing (S3 pitfall)', () => {
    const { verdicts } = run('nfs-pair/s3-stopped.yaml');
    expect(verdicts).toEqual({ 'single-primary': 'holds', 'no-split-brain': 'holds', 'vip-holder-serves': 'violated', 'no-needless-failback': 'holds' });
  });

  it('proves the pair whose notify_stop demotes, whose notify_master fences first and whose keepalived systemd restarts (S3 fix)', () => {
    const { site, result } = run('nfs-pair/s3-fenced.yaml');
    expect(result.status).toBe('pass');
    expect(site.document['cluster']).toMatchObject({ notify: { master: ['fence.peer', 'drbd.promote', 'mount', 'nfs.start'], stop: ['nfs.stop', 'umount', 'drbd.demote'] }, supervisor: { restart: 1 } });
  });

  it('finds the single director of the seed\'s LVS config a single point of failure (D3 as written)', () => {
    const { site, verdicts } = run('d3-seed/site.yaml');
    expect(verdicts['service-within']).toBe('violated');
    expect(site.document['lvs']).toMatchObject({ virtual_server: { address: '192.168.0.200', port: 53 }, misc_check: { delay_loop: 5, misc_timeout: 5, dig_seconds: 3 } });
    expect(at({ location: site.imported.sources.get('lvs.misc_check.dig_seconds')! })).toBe('d3-seed/lvs1/keepalived.conf:15:23');
  });

  it('proves the pair of directors under VRRP (D3 fix), a misc_path continued over two lines included', () => {
    const { result } = run('d3-pair/site.yaml');
    expect(result.status).toBe('pass');
  });

  it('finds the mail server\'s throughput lost when the first nameserver is down (D1 pitfall)', () => {
    const { site, verdicts } = run('d1-resolv/site.yaml');
    expect(verdicts).toEqual({ 'throughput-at-least': 'violated', 'lookup-latency-within': 'violated' });
    expect(at({ location: site.imported.sources.get('dns.clients.0.resolv_conf.timeout')! })).toBe('d1-resolv/mx1/resolv.conf:6:9');
  });

  it('proves the mail server behind the keepalived VIP of the two nameservers (D1 fix)', () => {
    const { result, site } = run('d1-resolv/site-vip.yaml');
    expect(result.status).toBe('pass');
    expect(site.document['dns']).toMatchObject({ vips: [{ address: '192.168.0.53', members: [{ server: 'ns1', priority: 150 }, { server: 'ns2', priority: 100 }] }] });
  });
});
