/**
 * The bonding importers (decision 0024): netplan `bonds:`, ifupdown `bond-*` stanzas and the
 * /proc/net/bonding status, each value at its line; located errors for bad input; and a site
 * whose bonds come from these files reproducing the site-mii-uplink pitfall and its fix.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/core/errors.js';
import { check } from '../../src/explore/check.js';
import { parseBondingText } from '../../src/import/bonding/readBonding.js';
import { ImportLog } from '../../src/import/importLog.js';
import { loadSite } from '../../src/import/loadSite.js';
import { siteSourcesText } from '../../src/import/siteSourcesText.js';

const DIR = new URL('../fixtures/configs/', import.meta.url).pathname;
const where = (log: ImportLog) => log.all().map((d) => `${d.severity} ${d.code} ${d.location.line}:${d.location.column}`);

function read(text: string, file: string) {
  const log = new ImportLog();
  const conf = parseBondingText(text, file, log);
  return { conf, log, bond: conf.bonds[0]! };
}

describe('netplan bonds', () => {
  const text = [
    'network:',
    '  version: 2',
    '  ethernets:',
    '    lan1: { match: { macaddress: "52:54:00:00:00:01" }, set-name: eth1 }',
    '    eth2: { dhcp4: false }',
    '  bonds:',
    '    bond0:',
    '      interfaces: [lan1, eth2]',
    '      addresses: [192.0.2.21/24, "2001:db8::21/64"]',
    '      parameters:',
    '        mode: active-backup',
    '        primary: lan1',
    '        mii-monitor-interval: 1s',
    '        up-delay: 2000',
    '        transmit-hash-policy: layer3+4',
    '        mii-monitor-intervall: 5',
    '',
  ].join('\n');

  it('reads mode, slaves by their set-name, primary and the MII monitor, each at its line', () => {
    const { bond, conf } = read(text, 'np.yaml');
    expect(bond.name).toEqual({ value: 'bond0', at: { file: 'np.yaml', line: 7, column: 5 } });
    expect(bond.slaves.map((s) => s.value)).toEqual(['eth1', 'eth2']);
    expect(bond.slaves[1]!.at).toEqual({ file: 'np.yaml', line: 8, column: 26 });
    expect(bond.primary?.value).toBe('eth1');
    expect(bond.mode).toEqual({ value: 'active-backup', at: { file: 'np.yaml', line: 11, column: 15 } });
    expect(bond.miimon?.value).toBe(1000);
    expect(bond.updelay?.value).toBe(2000);
    expect(conf.addresses.map((a) => a.value)).toEqual(['192.0.2.21']);
  });

  it('warns at their lines about what it does not model and what it does not know', () => {
    expect(where(read(text, 'np.yaml').log)).toEqual(['warning FL407 5:13', 'warning FL407 9:34', 'warning FL407 15:9', 'warning FL406 16:9']);
  });

  it('rejects a mode the kernel does not have and a duration it cannot read, at the value', () => {
    const { log } = read('network:\n  bonds:\n    bond0:\n      interfaces: [eth1]\n      parameters: { mode: balance-tcp, arp-interval: soon }\n', 'np.yaml');
    expect(where(log)).toEqual(['error FL419 5:27', 'error FL419 5:54']);
  });
});

describe('ifupdown interfaces', () => {
  it('gathers slaves from bond-slaves and from the stanzas naming their bond-master', () => {
    const { bond, conf, log } = read(
      ['auto bond0', 'iface bond0 inet static', '  address 192.0.2.22/24', '  bond-slaves eth1', '  bond-mode 1', '  bond_miimon 100', '', 'iface eth2 inet manual', '  bond-master bond0', '  bond-primary eth2', ''].join('\n'),
      'interfaces',
    );
    expect(bond.slaves.map((s) => `${s.value}@${s.at.line}`)).toEqual(['eth1@4', 'eth2@8']);
    expect(bond.mode?.value).toBe('active-backup');
    expect(bond.miimon).toEqual({ value: 100, at: { file: 'interfaces', line: 6, column: 15 } });
    expect(bond.primary?.value).toBe('eth2');
    expect(conf.addresses.map((a) => a.value)).toEqual(['192.0.2.22']);
    expect(log.all()).toEqual([]);
  });

  it('reads ARP targets over a continued line, each at its column', () => {
    const { bond } = read('iface bond0 inet manual\n  bond-slaves eth1 eth2\n  bond-arp-interval 500\n  bond-arp-ip-target 192.0.2.1,192.0.2.3 \\\n     192.0.2.2\n  bond-arp-validate 3\n', 'interfaces');
    expect(bond.arpTargets.map((t) => `${t.value}@${t.at.line}:${t.at.column}`)).toEqual(['192.0.2.1@4:22', '192.0.2.3@4:32', '192.0.2.2@5:6']);
    expect(bond.arpValidate?.value).toBe('all');
    expect(bond.arpInterval?.value).toBe(500);
  });

  it('warns about commands and unmodelled options, and fails on an option outside a stanza', () => {
    const { log } = read('bond-mode 1\niface bond0 inet manual\n  bond-slaves eth1\n  up ip link set bond0 mtu 9000\n  bond-xmit-hash-policy layer3+4\n  bond-mii-mon 100\nmapping eth0\n  script /usr/local/sbin/map\n', 'interfaces');
    expect(where(log)).toEqual(['error FL418 1:1', 'warning FL407 7:1', 'warning FL407 4:3', 'warning FL407 5:3', 'warning FL406 6:3']);
  });
});

describe('ifupdown source and source-directory', () => {
  /** Writes `files` (path → text) into a fresh folder and reads its `interfaces` file. */
  function readTree(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'fl-ifupdown-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const log = new ImportLog();
    const conf = parseBondingText(readFileSync(join(dir, 'interfaces'), 'utf8'), join(dir, 'interfaces'), log);
    const located = (d: { code: string; severity: string; location: { file: string; line: number; column: number } }) => `${d.severity} ${d.code} ${d.location.file.slice(dir.length + 1)}:${d.location.line}:${d.location.column}`;
    return { conf, log, found: log.all().map(located) };
  }

  it('reads the stanzas of sourced files: globs in order, run-parts names from a directory, paths relative to the file', () => {
    const { conf, found } = readTree({
      interfaces: 'auto lo\niface lo inet loopback\nsource interfaces.d/*.cfg\nsource-directory bonds.d\n',
      'interfaces.d/a.cfg': 'iface eth1 inet manual\n  bond-master bond0\n',
      'interfaces.d/b.cfg': 'iface eth2 inet manual\n  bond-master bond0\n',
      'bonds.d/bond0': 'iface bond0 inet static\n  address 192.0.2.10/24\n  bond-mode active-backup\n  bond-miimon 100\n  bond-slaves none\n',
      'bonds.d/old.bak': 'iface bond9 inet manual\n  bond-slaves eth9\n',
    });
    expect(conf.bonds.map((b) => [b.name.value, b.slaves.map((s) => `${s.value}@${s.at.file.split('/').pop()}:${s.at.line}`), b.miimon?.value])).toEqual([
      ['bond0', ['eth1@a.cfg:1', 'eth2@b.cfg:1'], 100],
    ]);
    expect(conf.addresses.map((a) => a.value)).toEqual(['192.0.2.10']);
    expect(found).toEqual(['warning FL407 interfaces:4:18']);
  });

  it('ends a stanza where its file ends: an option after a source line is outside any stanza (FL418)', () => {
    const { found } = readTree({
      interfaces: 'source tail\n  bond-miimon 100\n',
      tail: 'iface bond0 inet manual\n  bond-slaves eth1\n',
    });
    expect(found).toEqual(['error FL418 interfaces:2:3']);
  });

  it('reports a cycle, a missing file or directory, and a glob matching nothing at the source line', () => {
    const { found } = readTree({
      interfaces: 'source again\nsource missing\nsource-directory nowhere\nsource none.d/*\n',
      again: 'source interfaces\n',
    });
    expect(found).toEqual(['error FL402 again:1:8', 'error FL403 interfaces:2:8', 'error FL403 interfaces:3:18', 'warning FL403 interfaces:4:8']);
  });

  it('reads the Debian-style split fixture: the bond from bonds.d, its slaves from interfaces.d, the VLAN a warning at its line', () => {
    const file = `${DIR}ifupdown-sources/interfaces`;
    const log = new ImportLog();
    const conf = parseBondingText(readFileSync(file, 'utf8'), file, log);
    expect(conf.bonds.map((b) => [b.name.value, b.mode?.value, b.slaves.map((x) => x.value), b.downdelay?.value])).toEqual([['bond0', 'active-backup', ['eth1', 'eth2'], 200]]);
    expect(log.all().map((d) => `${d.code} ${d.location.file.slice(DIR.length)}:${d.location.line}:${d.location.column}`)).toEqual(['FL407 ifupdown-sources/bonds.d/bond0:11:7']);
  });

  it('warns once at each VLAN interface that its VLAN membership is lost, and reads the bond under it', () => {
    const { conf, log } = readTree({
      interfaces: 'iface bond0 inet manual\n  bond-slaves eth1 eth2\n  bond-mode 802.3ad\niface bond0.10 inet static\n  address 192.0.2.5/24\niface vlan20 inet manual\n  vlan-raw-device bond0\n',
    });
    expect(conf.bonds.map((b) => b.name.value)).toEqual(['bond0']);
    expect(log.all().map((d) => `${d.code} ${d.location.line}:${d.location.column} ${d.message}`)).toEqual([
      'FL407 4:7 bond0.10 is VLAN 10 on bond0: VLAN membership is not modelled, the bond under it is',
      'FL407 6:7 vlan20 is VLAN 20 on bond0: VLAN membership is not modelled, the bond under it is',
    ]);
    expect(log.all()[0]!.hint).toContain('one broadcast domain');
  });
});

describe('/proc/net/bonding status', () => {
  const status = (extra: string) => `Ethernet Channel Bonding Driver: v6.8.0\n\nBonding Mode: IEEE 802.3ad Dynamic link aggregation\nTransmit Hash Policy: layer3+4 (1)\nMII Status: up\nMII Polling Interval (ms): 100\nUp Delay (ms): 0\nDown Delay (ms): 0\n\n802.3ad info\nLACP rate: fast\nMin links: 1\n${extra}\nSlave Interface: eth1\nMII Status: up\nSpeed: 10000 Mbps\n\nSlave Interface: eth2\nMII Status: down\nSpeed: Unknown\n`;

  it('reads the settings and the slaves, names the bond after the file, and warns about state and hash policy', () => {
    const { bond, log } = read(status(''), '/copy/proc/net/bonding/bond1');
    expect(bond.name.value).toBe('bond1');
    expect(bond.mode?.value).toBe('802.3ad');
    expect(bond.miimon?.value).toBe(100);
    expect(bond.lacpRate?.value).toBe('fast');
    expect(bond.slaves.map((s) => `${s.value}@${s.at.line}`)).toEqual(['eth1@14', 'eth2@18']);
    expect(where(log)).toEqual(['warning FL407 4:1', 'warning FL407 19:13']);
  });

  it('fails on a line no kernel prints, at its line', () => {
    expect(where(read(status('garbage here'), 'bond0').log)).toContain('error FL418 13:1');
  });

  it('says that arp_validate is not in the file when the bond monitors by ARP', () => {
    const { bond, log } = read('Bonding Mode: fault-tolerance (active-backup)\nPrimary Slave: None\nCurrently Active Slave: eth1\nMII Polling Interval (ms): 0\nARP Polling Interval (ms): 1000\nARP IP target/s (n.n.n.n form): 192.0.2.1, 192.0.2.2\nNS IPv6 target/s (xx::xx form):\n\nSlave Interface: eth1\nMII Status: up\n', 'bond0');
    expect(bond.arpTargets.map((t) => `${t.value}@${t.at.column}`)).toEqual(['192.0.2.1@33', '192.0.2.2@44']);
    expect(where(log)).toEqual(['warning FL407 5:28']);
  });

  it('tells a file of no bonding kind from the three it reads', () => {
    expect(where(read('hello\n', 'notes.txt').log)).toEqual(['error FL420 1:1']);
  });
});

describe('bonds in a site design', () => {
  function run(manifest: string) {
    const site = loadSite(`${DIR}site-bonds/${manifest}`);
    const result = check(site.model, site.properties, site.options);
    if (result.status === 'error' || result.status === 'incomplete') expect.fail(result.status);
    return { site, result, verdicts: Object.fromEntries(result.verdicts.map((v) => [v.property.name, v.status])) };
  }

  it('reproduce site-mii-uplink from netplan, ifupdown and /proc files: MII bonds stay behind the dead uplink', () => {
    const { site, result, verdicts } = run('site-mii.yaml');
    expect(verdicts['clients-served']).toBe('violated');
    expect(Object.entries(verdicts).filter(([, v]) => v !== 'holds').map(([p]) => p)).toEqual(['clients-served']);
    const topology = (site.document['site'] as { topology: { bonds: unknown[] } }).topology;
    expect(topology.bonds).toEqual([
      { host: 'nfs1', name: 'bond0', mode: 'active-backup', slaves: ['eth1', 'eth2'], primary: 'eth1', monitor: { mii: { miimon: 100, updelay: 200, downdelay: 200 } } },
      { host: 'nfs2', name: 'bond0', mode: 'active-backup', slaves: ['eth1', 'eth2'], primary: 'eth1', monitor: { mii: { miimon: 100, updelay: 200, downdelay: 200 } } },
      { host: 'client1', name: 'bond0', mode: 'active-backup', slaves: ['eth1', 'eth2'], primary: 'eth1', monitor: { arp: { interval: 1000, targets: ['gwA', 'gwB'] } } },
    ]);
    expect(site.imported.sources.get('site.topology.bonds.0.monitor.mii.miimon')).toMatchObject({ line: 15, column: 31 });
    expect(site.imported.sources.get('site.topology.bonds.1.monitor.mii.miimon')?.file).toMatch(/site-bonds\/nfs2\/interfaces$/);
    expect(site.document['site']).toMatchObject({ placement: [{ node: 'nfs1', vip: 'bond0', heartbeat: 'bond0' }, { node: 'nfs2', vip: 'bond0', heartbeat: 'bond0' }], clients: ['client1'] });
    expect(siteSourcesText(site.imported, result)).toMatch(/nfs1\s+\S*site-bonds\/topology\.yml:21:3/);
  });

  it('pass with the ARP-monitored, validated bonds of the fix', () => {
    const { result } = run('site-arp.yaml');
    expect(result.status).toBe('pass');
  });
});

describe('bonding errors in a site', () => {
  function site(files: Record<string, string>): () => unknown {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-bonds-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return () => loadSite(join(dir, 'site.yaml'));
  }
  const lab = 'nodes:\n  sw: { device: eos }\n  h1: { device: linux }\n  gw: { device: frr }\nlinks:\n- h1-sw\n- h1-sw\n- gw-sw\n';
  const manifest = 'topology: lab.yml\nhosts:\n  h1: { bonding: h1.yaml }\n  gw: { address: 192.0.2.1 }\n';
  const codes = (load: () => unknown) => {
    try {
      load();
    } catch (error) {
      if (error instanceof FaultlineError) return error.diagnostics.map((d) => `${d.code} ${d.location?.file.replace(/^.*\//, '')}:${d.location?.line}`);
      throw error;
    }
    return [];
  };

  it('an ARP target no host carries is FL422 at the target', () => {
    const bond = 'network:\n  bonds:\n    bond0:\n      interfaces: [eth1, eth2]\n      parameters:\n        mode: active-backup\n        arp-interval: 100\n        arp-ip-targets: [192.0.2.9]\n';
    expect(codes(site({ 'site.yaml': manifest, 'lab.yml': lab, 'h1.yaml': bond }))).toEqual(['FL422 h1.yaml:8']);
  });

  it('MII and ARP monitoring together is FL421, since which runs depends on the tool', () => {
    const bond = 'network:\n  bonds:\n    bond0:\n      interfaces: [eth1, eth2]\n      parameters:\n        mii-monitor-interval: 100\n        arp-interval: 100\n        arp-ip-targets: [192.0.2.1]\n';
    expect(codes(site({ 'site.yaml': manifest, 'lab.yml': lab, 'h1.yaml': bond }))).toEqual(['FL421 h1.yaml:7']);
  });

  it('a slave that is not cabled is the topology kind\'s FL255, moved to the bonding file\'s line', () => {
    const bond = 'network:\n  bonds:\n    bond0:\n      interfaces: [eth1, eth7]\n';
    expect(codes(site({ 'site.yaml': manifest, 'lab.yml': lab, 'h1.yaml': bond }))).toEqual(['FL255 h1.yaml:4']);
  });

  it('a bond without a monitor is read as miimon 0, an 802.3ad bond gets the kernel\'s 100 ms and its LACP end', () => {
    const rr = site({ 'site.yaml': manifest, 'lab.yml': lab, 'h1.yaml': 'network:\n  bonds:\n    bond0:\n      interfaces: [eth1, eth2]\n' });
    expect((rr() as { document: { topology: { bonds: unknown[] } } }).document.topology.bonds).toEqual([{ host: 'h1', name: 'bond0', mode: 'balance-rr', slaves: ['eth1', 'eth2'], monitor: { mii: { miimon: 0 } } }]);
    const lacp = site({ 'site.yaml': manifest, 'lab.yml': lab, 'h1.yaml': 'network:\n  bonds:\n    bond0:\n      interfaces: [eth1, eth2]\n      parameters: { mode: 802.3ad, lacp-rate: fast }\n' });
    const t = (lacp() as { document: { topology: { bonds: { monitor: unknown }[]; lags: unknown[] } } }).document.topology;
    expect(t.bonds[0]!.monitor).toEqual({ mii: { miimon: 100 } });
    expect(t.lags).toEqual([{ name: 'bond0', node: 'h1', mode: 'active', rate: 'fast' }]);
  });

  it('--strict turns an unmodelled bonding option into an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-bonds-'));
    writeFileSync(join(dir, 'site.yaml'), manifest);
    writeFileSync(join(dir, 'lab.yml'), lab);
    writeFileSync(join(dir, 'h1.yaml'), 'network:\n  bonds:\n    bond0:\n      interfaces: [eth1, eth2]\n      parameters: { mii-monitor-interval: 100, ad-select: bandwidth }\n');
    expect(() => loadSite(join(dir, 'site.yaml'))).not.toThrow();
    expect(() => loadSite(join(dir, 'site.yaml'), { strict: true })).toThrow(/FL407/);
  });
});
