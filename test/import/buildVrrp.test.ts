/**
 * `design: vrrp` imports: one router per keepalived host, with the gratuitous ARP settings as
 * keepalived completes them (decision 0041), and a design that checks traffic-reaches-master.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VrrpModel } from '../../models/vrrp/model.js';
import { ImportLog } from '../../src/import/importLog.js';
import { importSite } from '../../src/import/importSite.js';
import { loadSite } from '../../src/import/loadSite.js';

const instance = (priority: number, extra = '') =>
  `vrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 61\n  priority ${priority}\n  advert_int 1\n  virtual_ipaddress {\n    192.0.2.10/24\n  }\n${extra}}\n`;

/** Writes the two configs and a manifest asking for a vrrp design; returns the manifest path. */
function site(a: string, b: string, design = 'vrrp', check = 'check: [single-master, traffic-reaches-master]\nfaults: { budget: 2, kinds: [partition, crash] }\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-vrrp-import-'));
  writeFileSync(join(dir, 'a.conf'), a);
  writeFileSync(join(dir, 'b.conf'), b);
  writeFileSync(join(dir, 'site.yaml'), `design: ${design}\n${check}hosts:\n  gw-a: { keepalived: a.conf }\n  gw-b: { keepalived: b.conf }\n`);
  return join(dir, 'site.yaml');
}

const vrrpOf = (file: string) => {
  const log = new ImportLog();
  const { design } = importSite(file, log);
  return { vrrp: design.document['vrrp'] as { routers: Record<string, unknown>[] } & Record<string, unknown>, log, sources: design.sources };
};

describe('design: vrrp from keepalived.conf', () => {
  it('makes one router per host with its priority, addresses and the instance’s garp settings, each located at its line', () => {
    const { vrrp, sources } = vrrpOf(site(instance(150, '  higher_prio_send_advert\n  garp_master_refresh 2\n'), instance(100, '  higher_prio_send_advert true\n')));
    expect(vrrp['vrid']).toBe(61);
    expect(vrrp.routers).toEqual([
      { name: 'gw-a', priority: 150, advert_int: 1, virtual_ipaddress: ['192.0.2.10/24'], garp_master_refresh: 2, higher_prio_send_advert: true },
      { name: 'gw-b', priority: 100, advert_int: 1, virtual_ipaddress: ['192.0.2.10/24'], higher_prio_send_advert: true },
    ]);
    expect(sources.get('vrrp.routers.0.garp_master_refresh')).toMatchObject({ line: 10, column: 23 });
  });

  it('takes global_defs defaults, vrrp_min_garp, and strict mode clearing garp_lower_prio_repeat and higher_prio_send_advert', () => {
    const globals = 'global_defs {\n  vrrp_garp_master_refresh 5\n  vrrp_min_garp\n  vrrp_higher_prio_send_advert\n}\n';
    const { vrrp } = vrrpOf(site(globals + instance(150), 'global_defs {\n  vrrp_strict\n}\n' + instance(100, '  higher_prio_send_advert\n')));
    expect(vrrp.routers.map(({ name, priority, advert_int, virtual_ipaddress, ...garp }) => garp)).toEqual([
      { garp_master_delay: 0, garp_master_repeat: 1, garp_master_refresh: 5, higher_prio_send_advert: true },
      { garp_lower_prio_repeat: 0, higher_prio_send_advert: false },
    ]);
  });

  it('sets use_vmac for the group when every router has it', () => {
    const { vrrp } = vrrpOf(site(instance(150, '  use_vmac\n'), instance(100, '  use_vmac\n')));
    expect(vrrp['use_vmac']).toBe(true);
    const mixed = vrrpOf(site(instance(150, '  use_vmac\n'), instance(100)));
    expect(mixed.vrrp['use_vmac']).toBeUndefined();
    expect(mixed.log.warnings().map((w) => w.code)).toContain('FL407');
  });

  it('loads into a model whose verdicts follow the settings: defaults fail traffic-reaches-master, higher_prio_send_advert passes', async () => {
    const { check } = await import('../../src/explore/check.js');
    const verdict = (file: string) => {
      const design = loadSite(file);
      expect((design.model as VrrpModel).config.arp.hosts.map((h) => h.name)).toEqual(['host-gw-a', 'host-gw-b']);
      const result = check(design.model, design.properties, design.options);
      return result.status === 'error' ? 'error' : result.verdicts.find((v) => v.property.name === 'traffic-reaches-master')?.status;
    };
    expect(verdict(site(instance(150), instance(100)))).toBe('violated');
    expect(verdict(site(instance(150, '  higher_prio_send_advert\n'), instance(100, '  higher_prio_send_advert\n')))).toBe('holds');
  });

  it('warns that a cluster design does not model the garp settings, at their lines', () => {
    const log = new ImportLog();
    importSite(site(instance(150, '  garp_master_refresh 2\n'), instance(100), 'cluster', 'service: nfs\n'), log);
    expect(log.warnings().filter((w) => w.code === 'FL407').map((w) => `${w.location.line}:${w.location.column}`)).toContain('9:23');
  });
});
