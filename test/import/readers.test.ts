/**
 * The config readers on small inputs: positions of every element, located errors for bad
 * syntax and includes, and what each reader keeps or warns about.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drbdFromStatements, parseDrbdText } from '../../src/import/drbd/readDrbd.js';
import { ImportLog } from '../../src/import/importLog.js';
import { keepalivedFromStatements, parseKeepalivedText, readKeepalived } from '../../src/import/keepalived/readKeepalived.js';
import { parseResolvConf } from '../../src/import/resolv/readResolvConf.js';
import { readShellScript } from '../../src/import/shell/readShellScript.js';

const where = (log: ImportLog) => log.all().map((d) => `${d.severity} ${d.code} ${d.location.line}:${d.location.column}`);

function keepalived(text: string, host?: string) {
  const log = new ImportLog();
  return { conf: keepalivedFromStatements(parseKeepalivedText(text, 'k.conf', log), 'k.conf', log, host), log };
}

describe('keepalived.conf', () => {
  it('reads an instance with comments, quotes and a continued line, every value located', () => {
    const { conf, log } = keepalived('vrrp_instance VI_1 {   # the pair\n  state MASTER ! owner\n  priority \\\n    150\n  notify_master "/bin/x  a"\n  track_script {\n    chk weight -20\n  }\n}\n');
    const i = conf.instances[0]!;
    expect(i.state).toEqual({ value: 'MASTER', at: { file: 'k.conf', line: 2, column: 9 } });
    expect(i.priority).toEqual({ value: 150, at: { file: 'k.conf', line: 4, column: 5 } });
    expect(i.notify.master?.value).toBe('/bin/x a');
    expect(i.trackScripts[0]?.weight?.value).toBe(-20);
    expect(log.all()).toEqual([]);
  });

  it('locates an unterminated quote, a stray } and a block never closed', () => {
    expect(where(keepalived('vrrp_instance A {\n  notify_master "/bin/x\n}\n}\nvrrp_instance B {\n').log)).toEqual(['error FL404 2:17', 'error FL404 4:1', 'error FL404 5:17']);
  });

  it('keeps @host lines for their host only', () => {
    const text = 'vrrp_instance A {\n  @nfs1 priority 150\n  @^nfs1 priority 100\n}\n';
    expect(keepalived(text, 'nfs1').conf.instances[0]!.priority?.value).toBe(150);
    expect(keepalived(text, 'nfs2').conf.instances[0]!.priority?.value).toBe(100);
  });

  it('warns at unknown and unmodelled keywords and refuses out-of-range values', () => {
    const { log } = keepalived('vrrp_instance A {\n  priorty 100\n  smtp_alert\n  virtual_router_id 300\n}\n');
    expect(where(log)).toEqual(['warning FL406 2:3', 'warning FL407 3:3', 'error FL405 4:21']);
    expect(log.all()[0]!.hint).toContain('did you mean "priority"');
  });

  it('expands included globs in order, and reports cycles and missing files at the include line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-include-'));
    writeFileSync(join(dir, 'main.conf'), 'include conf.d/*.conf\ninclude missing.conf\ninclude loop.conf\n');
    writeFileSync(join(dir, 'loop.conf'), 'include main.conf\n');
    const sub = join(dir, 'conf.d');
    mkdirSync(sub);
    writeFileSync(join(sub, 'b.conf'), 'vrrp_instance B {\n  virtual_router_id 2\n}\n');
    writeFileSync(join(sub, 'a.conf'), 'vrrp_instance A {\n  virtual_router_id 1\n}\n');
    const log = new ImportLog();
    const conf = readKeepalived(join(dir, 'main.conf'), log);
    expect(conf.instances.map((i) => `${i.name.value}@${i.name.at.file.slice(dir.length + 1)}:${i.name.at.line}`)).toEqual(['A@conf.d/a.conf:1', 'B@conf.d/b.conf:1']);
    expect(log.errors().map((d) => `${d.code} ${d.location.file.slice(dir.length + 1)}:${d.location.line}:${d.location.column}`)).toEqual(['FL403 main.conf:2:9', 'FL402 loop.conf:1:9']);
  });
});

describe('DRBD', () => {
  const read = (text: string) => {
    const log = new ImportLog();
    return { conf: drbdFromStatements(parseDrbdText(text, 'r.res', log), log), log };
  };

  it('reads 8.4 syntax with common settings inherited and fencing in disk', () => {
    const { conf } = read('common { net { protocol A; } disk { fencing resource-only; } }\nresource r0 {\n  on alice { device /dev/drbd0; disk /dev/sdb1; address 10.0.0.1:7789; meta-disk internal; }\n  on bob { address 10.0.0.2:7789; }\n}\n');
    const r = conf.resources[0]!;
    expect([r.protocol?.value, r.fencing?.value, r.hosts.map((h) => h.name.value)]).toEqual(['A', 'resource-only', ['alice', 'bob']]);
    expect(r.protocol?.at.line).toBe(1);
  });

  it('reads 9 syntax: protocol and fencing in net, a resource value overriding common', () => {
    const { conf, log } = read('common { net { protocol A; } }\nresource r1 {\n  net { protocol C; fencing resource-and-stonith; after-sb-0pri discard-zero-changes; }\n  on a { node-id 0; address 10.0.0.1:7000; }\n  on b { node-id 1; address 10.0.0.2:7000; }\n  connection-mesh { hosts a b; }\n}\n');
    const r = conf.resources[0]!;
    expect([r.protocol?.value, r.fencing?.value, r.afterSb0pri?.value]).toEqual(['C', 'resource-and-stonith', 'discard-zero-changes']);
    expect(where(log)).toEqual(['warning FL407 6:3']);
  });

  it('locates a missing ; and a bad protocol', () => {
    expect(where(read('resource r0 {\n  protocol D;\n  on a { disk /dev/sdb1 }\n}\n').log)).toEqual(['error FL404 3:10', 'error FL405 2:12']);
  });
});

describe('notify and check scripts', () => {
  it('reads the effects in order through sudo, && chains, systemctl and init scripts, never running anything', () => {
    const log = new ImportLog();
    const r = readShellScript('#!/bin/sh\nsudo /sbin/drbdadm primary r0 && mount /dev/drbd0 /srv # go\nsystemctl start nfs-server.service; logger done\n', 's', log);
    expect(r.effects.map((e) => `${e.value}@${e.at.line}:${e.at.column}`)).toEqual(['drbd.promote@2:6', 'mount@2:34', 'nfs.start@3:1']);
  });

  it('skips here-documents and warns once about control flow', () => {
    const log = new ImportLog();
    const r = readShellScript('cat <<EOF > /tmp/x\ndrbdadm primary all\nEOF\nif true; then\n  umount /srv\nfi\n', 's', log);
    expect(r.effects.map((e) => e.value)).toEqual(['umount']);
    expect(where(log)).toEqual(['warning FL414 4:1']);
  });

  it('reads what dig waits for a silent server from +time and +tries', () => {
    const r = readShellScript('/usr/bin/dig +time=001 +tries=3 @127.0.0.1 localhost\n', 's', new ImportLog());
    expect([r.probes[0]?.value, r.digSeconds?.value]).toEqual(['dns', 3]);
  });
});

describe('resolv.conf', () => {
  it('reads nameservers and options, clamps as glibc does and warns past MAXNS', () => {
    const log = new ImportLog();
    const r = parseResolvConf('nameserver 10.0.0.1\nnameserver 10.0.0.2 # b\nnameserver 10.0.0.3\nnameserver 10.0.0.4\noptions rotate timeout:40 attempts:2 ndots:2\n', 'r', log);
    expect([r.nameservers.length, r.timeout?.value, r.attempts?.value, r.rotate?.value]).toEqual([3, 30, 2, true]);
    expect(where(log)).toEqual(['warning FL407 4:12', 'warning FL407 5:16', 'warning FL407 5:38']);
  });
});

describe('site manifests', () => {
  it('warn at a bonding file that a design without a topology cannot use, rather than dropping it silently', async () => {
    const { importSite } = await import('../../src/import/importSite.js');
    const dir = mkdtempSync(join(tmpdir(), 'faultline-manifest-'));
    writeFileSync(join(dir, 'resolv.conf'), 'nameserver 192.0.2.1\n');
    writeFileSync(join(dir, 'netplan.yaml'), 'network:\n  bonds:\n    bond0: { interfaces: [eth0, eth1] }\n');
    writeFileSync(join(dir, 'site.yaml'), 'hosts:\n  mx1:\n    resolv: resolv.conf\n    bonding: netplan.yaml\n');
    const log = new ImportLog();
    importSite(join(dir, 'site.yaml'), log);
    expect(where(log)).toEqual(['warning FL407 4:14']);
    expect(log.all()[0]!.message).toMatch(/bonding configuration is not used by the dns design/);
  });
});

describe('generic notify scripts', () => {
  it('give each keepalived state the effects of its case branch, and every state those outside', () => {
    const log = new ImportLog();
    const text = 'mount /dev/drbd0 /srv\ncase "$3" in\n  "MASTER") drbdadm primary r0 ; systemctl start nfs-server ;;\n  BACKUP|"FAULT")\n    systemctl stop nfs-server\n    drbdadm secondary r0\n    ;;\n  *) umount /srv ;;\nesac\n';
    const r = readShellScript(text, 'notify.sh', log);
    const at = (list: readonly { value: string; at: { line: number } }[]) => list.map((e) => `${e.value}@${e.at.line}`);
    expect(at(r.byState.master)).toEqual(['mount@1', 'drbd.promote@3', 'nfs.start@3']);
    expect(at(r.byState.backup)).toEqual(['mount@1', 'nfs.stop@5', 'drbd.demote@6']);
    expect(at(r.byState.fault)).toEqual(at(r.byState.backup));
    expect(at(r.byState.stop)).toEqual(['mount@1', 'umount@8']);
  });

  it('on a sync group, become the cluster\'s notify effects; its STOP branch does nothing, so a killed primary is found', async () => {
    const { loadSite } = await import('../../src/import/loadSite.js');
    const site = loadSite(new URL('../fixtures/configs/nfs-generic-notify/site.yaml', import.meta.url).pathname);
    const notify = (site.document['cluster'] as { notify: Record<string, string[]> }).notify;
    expect(notify).toEqual({ master: ['drbd.promote', 'mount', 'nfs.start'], backup: ['nfs.stop', 'umount', 'drbd.demote'], fault: ['nfs.stop', 'umount', 'drbd.demote'] });
    expect(site.imported.sources.get('cluster.notify.master.0')).toMatchObject({ line: 8, column: 15 });
  });

  it('warn when an instance script and a group script both run on one transition', async () => {
    const { importSite } = await import('../../src/import/importSite.js');
    const dir = mkdtempSync(join(tmpdir(), 'faultline-notify-'));
    const conf = (p: number) => `vrrp_sync_group G {\n  group {\n    VI\n  }\n  notify_master "/usr/sbin/drbdadm primary r0"\n}\nvrrp_instance VI {\n  interface eth0\n  virtual_router_id 7\n  priority ${p}\n  virtual_ipaddress {\n    192.0.2.9/24\n  }\n  notify_master "/bin/systemctl start nfs-server"\n}\n`;
    writeFileSync(join(dir, 'a.conf'), conf(150));
    writeFileSync(join(dir, 'b.conf'), conf(100));
    writeFileSync(join(dir, 'site.yaml'), 'service: nfs\nhosts:\n  a: { keepalived: a.conf }\n  b: { keepalived: b.conf }\n');
    const log = new ImportLog();
    const { design } = importSite(join(dir, 'site.yaml'), log);
    expect((design.document['cluster'] as { notify: Record<string, string[]> }).notify['master']).toEqual(['nfs.start', 'drbd.promote']);
    expect(where(log)).toContain('warning FL414 5:17');
  });
});
