/**
 * Lab topologies imported into topology designs: a netlab file with the lag and stp modules
 * (the L6 ring), and a containerlab file. Findings name the netlab lines of the switches.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/explore/check.js';
import { loadSite } from '../../src/import/loadSite.js';
import { siteSourcesText } from '../../src/import/siteSourcesText.js';

const DIR = new URL('../fixtures/configs/', import.meta.url).pathname;

function run(manifest: string) {
  const site = loadSite(`${DIR}${manifest}`);
  const result = check(site.model, site.properties, site.options);
  if (result.status === 'error' || result.status === 'incomplete') expect.fail(result.status);
  return { site, result, verdicts: Object.fromEntries(result.verdicts.map((v) => [v.property.name, v.status])) };
}

describe('a netlab topology with the lag and stp modules', () => {
  it('finds the forwarding loop of the ring without spanning tree, at the switches\' lines', () => {
    const { site, result, verdicts } = run('netlab-ring/site.yaml');
    expect(verdicts['no-forwarding-loop']).toBe('violated');
    const text = siteSourcesText(site.imported, result);
    for (const [name, line] of [['s1', 15], ['s2', 16], ['s3', 17], ['s4', 18]] as const) expect(text).toMatch(new RegExp(`${name}\\s+\\S*topology\\.yml:${line}:3`));
  });

  it('reads the LAG as one bundle with an LACP end on each switch', () => {
    const { site } = run('netlab-ring/site.yaml');
    const topology = site.document['topology'] as { links: { name: string; bundle?: string; speed?: number }[]; lags: unknown[]; switches: { stp?: unknown }[] };
    expect(topology.links.filter((l) => l.bundle === 'lag1').map((l) => l.name)).toEqual(['s1-s2', 's1-s2.2']);
    expect(topology.links[0]!.speed).toBe(10000);
    expect(topology.lags).toEqual([
      { name: 'Po1', node: 's1', ports: ['eth1', 'eth2'], mode: 'active', rate: 'fast' },
      { name: 'Po1', node: 's2', ports: ['eth1', 'eth2'], mode: 'active', rate: 'fast' },
    ]);
    expect(topology.switches.every((s) => JSON.stringify(s.stp) === '{"mode":"none"}')).toBe(true);
  });

  it('proves the ring under RSTP with the bridge and port priorities from the stp module', () => {
    const { site, result } = run('netlab-ring/site-stp.yaml');
    expect(result.status).toBe('pass');
    const topology = site.document['topology'] as { switches: { name: string; stp?: { mode?: string; priority?: number }; ports?: unknown[] }[] };
    expect(topology.switches.map((s) => s.stp)).toEqual([{ mode: 'rstp', priority: 4096 }, { mode: 'rstp', priority: 8192 }, { mode: 'rstp' }, { mode: 'rstp' }]);
    expect(topology.switches[3]!.ports).toContainEqual({ name: 'eth2', stp: { priority: 64 } });
    expect(site.imported.sources.get('topology.switches.1.stp.priority')).toMatchObject({ line: 21, column: 17 });
  });
});

describe('a netlab topology with the gateway module', () => {
  it('makes a VRRP group with the link\'s priorities and an anycast group, each for the hosts of its segment', () => {
    const { site, verdicts } = run('netlab-gateway/site.yaml');
    const topology = site.document['topology'] as { switches: unknown[]; gateways: unknown[] };
    expect(topology.gateways).toEqual([
      { name: 'gw1', type: 'vrrp', members: [{ node: 'r1', priority: 200 }, 'r2'], hosts: ['h1', 'h2'] },
      { name: 'gw2', type: 'anycast', members: ['r3', 'r4'], hosts: ['h3'] },
    ]);
    expect(site.imported.sources.get('topology.gateways.0.members.0.priority')).toMatchObject({ line: 22, column: 28 });
    expect(site.imported.sources.get('topology.gateways.1.type')).toMatchObject({ line: 29, column: 15 });
    expect(site.warnings.map((w) => `${w.code} ${w.location.line}`)).toEqual(['FL407 30']);
    expect(verdicts).toEqual({ 'gateway-reachable': 'violated', 'single-master': 'holds' });
  });

  it('builds each multi-access link as the bridge netlab makes of it, whose loss cuts the segment off', () => {
    const { site, result } = run('netlab-gateway/site.yaml');
    const topology = site.document['topology'] as { switches: unknown[]; links: { a: string; b: string }[] };
    expect(topology.switches).toEqual([{ name: 'br1', stp: { mode: 'none' } }, { name: 'br2', stp: { mode: 'none' } }]);
    expect(topology.links.filter((l) => l.b.startsWith('br1:')).map((l) => l.a)).toEqual(['h1:eth1', 'h2:eth1', 'r1:eth1', 'r2:eth1']);
    const violation = result.verdicts.find((v) => v.property.name === 'gateway-reachable');
    expect(JSON.stringify(violation)).toMatch(/switch br1 down/);
  });
});

describe('a netlab topology with the vlan module', () => {
  it('imports the cables, the VLAN\'s own links among them, and warns at each VLAN attribute', () => {
    const { site } = run('netlab-vlan/site.yaml');
    const topology = site.document['topology'] as { links: { name: string }[] };
    expect(topology.links.map((l) => l.name)).toEqual(['h1-s1', 'h2-s2', 's1-s2', 's2-h3']);
    expect(site.warnings.map((w) => `${w.code} ${w.location.line}:${w.location.column}`)).toEqual(['FL407 23:5', 'FL407 32:3', 'FL407 35:5', 'FL407 38:3', 'FL407 9:3', 'FL407 11:3']);
    expect(site.warnings[0]!.hint).toMatch(/one broadcast domain/);
  });
});

describe('a containerlab topology', () => {
  it('finds that the single bridge between the leaves is a single point of failure', () => {
    const { site, verdicts } = run('clab/site.yaml');
    expect(verdicts['reachable']).toBe('violated');
    expect(site.document['topology']).toMatchObject({ switches: [{ name: 'leaf1' }, { name: 'leaf2' }, { name: 'br1' }], hosts: [{ name: 'h1' }, { name: 'h2' }] });
  });
});

describe('a lab topology and a keepalived pair together', () => {
  it('import into one site design whose single-cabled heartbeat splits the brain, at the configs\' lines', () => {
    const { site, verdicts } = run('site-lab/site.yaml');
    expect(verdicts['no-split-brain']).toBe('violated');
    expect(site.document['site']).toMatchObject({ placement: [{ node: 'nfs1', heartbeat: 'eth1' }, { node: 'nfs2', heartbeat: 'eth1' }], clients: ['client1'] });
    expect(site.imported.sources.get('site.placement.0')).toMatchObject({ line: 4, column: 15 });
    expect(site.imported.sources.get('site.topology.switches.0')?.file).toMatch(/site-lab\/topology\.yml$/);
  });
});
