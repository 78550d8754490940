/**
 * keepalived's sub-second `advert_int` (VRRPv3 centiseconds) imported as it is: the cluster
 * design carries 0.5 s and ticks an eighth of a second, a VRRPv2 instance with a fraction
 * is an error at its config line, and a kind that counts whole seconds says why it cannot.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/explore/check.js';
import { FaultlineError } from '../../src/core/errors.js';
import { loadSite } from '../../src/import/loadSite.js';
import { ImportLog } from '../../src/import/importLog.js';
import { keepalivedFromStatements, parseKeepalivedText } from '../../src/import/keepalived/readKeepalived.js';

const CONFIGS = new URL('../fixtures/configs/', import.meta.url).pathname;

/** A config fixture in a temporary folder, each node's keepalived.conf with `advert_int 1` replaced. */
function pairWith(advertLines: string, fixture = 'nfs-pair', nodes = ['nfs1', 'nfs2']): string {
  const dir = mkdtempSync(join(tmpdir(), 'fl-advert-'));
  cpSync(join(CONFIGS, fixture), dir, { recursive: true });
  for (const node of nodes) {
    const file = join(dir, node, 'keepalived.conf');
    writeFileSync(file, readFileSync(file, 'utf8').replace('advert_int 1', advertLines));
  }
  return dir;
}

function diagnosticsOf(load: () => unknown): string[] {
  try {
    load();
    return [];
  } catch (error) {
    if (!(error instanceof FaultlineError)) throw error;
    return error.diagnostics.map((d) => `${d.code} ${d.location?.file.split('/').slice(-2).join('/')}:${d.location?.line}:${d.location?.column}`);
  }
}

describe('a sub-second advert_int', () => {
  it('imports advert_int 0.5 with VRRPv3 into the cluster design, ticking an eighth of a second, and checks it', () => {
    const dir = pairWith('advert_int 0.5\n    version 3');
    const site = loadSite(join(dir, 's3-stopped.yaml'), {});
    expect(site.document['cluster']).toMatchObject({ vrrp: { version: 3, advert_int: 0.5 } });
    expect(site.imported.sources.get('cluster.vrrp.advert_int')).toMatchObject({ line: 10, column: 16 });
    expect((site.model as { secondsPerTimeUnit?: number }).secondsPerTimeUnit).toBe(0.125);
    const result = check(site.model, site.properties, site.options);
    expect(result.status).toBe('violation');
    if (result.status !== 'violation') return;
    expect(result.verdicts.find((v) => v.property.name === 'vip-holder-serves')?.status).toBe('violated');
  }, 120_000);

  it('refuses a fraction under VRRPv2 at the advert_int line (FL235), as keepalived does', () => {
    const dir = pairWith('advert_int 0.5');
    expect(diagnosticsOf(() => loadSite(join(dir, 's3-stopped.yaml'), {}))).toEqual(['FL235 nfs1/keepalived.conf:10:16']);
  });

  it('refuses an interval finer than a centisecond at its argument (FL405)', () => {
    const log = new ImportLog();
    keepalivedFromStatements(parseKeepalivedText('vrrp_instance V {\n  advert_int 0.125\n}\n', 'k.conf', log), 'k.conf', log);
    expect(log.all().map((d) => `${d.code} ${d.location.line}:${d.location.column}`)).toEqual(['FL405 2:14']);
  });

  it('says why a dns or lvs design cannot take it: those kinds count takeover time in whole seconds (FL407 at the line)', () => {
    const dns = pairWith('advert_int 0.5\n    version 3', 'd1-resolv', ['ns1', 'ns2']);
    expect(diagnosticsOf(() => loadSite(join(dns, 'site-vip.yaml'), {}))).toContain('FL407 ns1/keepalived.conf:10:16');
    const lvs = pairWith('advert_int 0.5\n    version 3', 'd3-pair', ['lvs1', 'lvs2']);
    const lvsManifest = readdirSync(lvs).find((f) => f.endsWith('.yaml'))!;
    expect(diagnosticsOf(() => loadSite(join(lvs, lvsManifest), {}))).toContain('FL407 lvs1/keepalived.conf:12:16');
  });
});
