import { describe, expect, it } from 'vitest';
import type { L2Model } from '../../../models/l2/l2Model.js';
import { topologyKind } from '../../../src/design/kinds/topology.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { diagnosticsOf, lines, where } from '../diagnosticsOf.js';

const head = ['faultline: 1', 'name: t', 'topology:'];
/** S1 and S2 joined by one cable; H1 dual-homed (lines 1–12). */
const net = [
  ...head,
  '  switches:',
  '    - name: S1',
  '    - name: S2',
  '  hosts:',
  '    - name: H1',
  '  links:',
  '    - { a: "H1:eth0", b: "S1:p1" }',
  '    - { a: "H1:eth1", b: "S2:p1", speed: 10G }',
  '    - { a: "S1:p48", b: "S2:p48", speed: 100M, stp: { cost: 7 } }',
];
const bond = (extra = '', host = 'H1', slaves = '[eth0, eth1]') =>
  `    - { host: ${host}, name: bond0, mode: active-backup, slaves: ${slaves}, monitor: { mii: { miimon: 100 } }${extra} }`;
const load = (...text: string[]) => parseDesign(lines(...text), 't.yaml', [topologyKind]);
const modelOf = (...text: string[]) => load(...text).model as L2Model;
const failure = (...text: string[]) => diagnosticsOf(() => load(...text));

describe('the topology design kind', () => {
  it('checks reachable and no-forwarding-loop with a budget of 1 when check and faults are absent', () => {
    const design = load(...net);
    expect(design.properties.map((p) => [p.name, p.kind])).toEqual([
      ['reachable', 'always'],
      ['no-forwarding-loop', 'always'],
    ]);
    expect(design.options.maxFaults).toBe(1);
  });

  it('implies ports from links in link order, reads speeds with units, defaults to 1G', () => {
    const { topo } = modelOf(...net).context;
    expect(topo.portLabels).toEqual(['S1:p1', 'S1:p48', 'S2:p1', 'S2:p48', 'H1:eth0', 'H1:eth1']);
    expect([...topo.linkSpeed]).toEqual([1000, 10000, 100]);
    expect(topo.linkIds[2]).toBe('S1:p48—S2:p48');
  });

  it("gives a link's stp cost to both switch ends, and lets a port's own setting win", () => {
    const model = modelOf(...net.slice(0, 5), '      ports: [p1, { name: p48, stp: { cost: 3 } }]', ...net.slice(5));
    const costs = model.context.stpInput.topology.ports.map((p) => `${p.bridge}:${p.name}=${p.cost}`);
    expect(costs).toEqual(['S1:p48=3', 'S2:p48=7']);
  });

  it('maps bonding modes by number, name and Windows teaming alias', () => {
    const modes = ['1', 'switch-independent', 'lacp', '802.3ad', 'static'].map((mode) => {
      const model = modelOf(...net, '  bonds:', bond().replace('active-backup', mode));
      return model.context.topo.bonds[0]!.mode;
    });
    expect(modes).toEqual(['active-backup', 'active-backup', '802.3ad', '802.3ad', 'balance-xor']);
  });

  it('restricts faults by kind, by element and by exclusion', () => {
    const ids = (...extra: string[]) => modelOf(...net, ...extra).candidates.map((c) => c.id);
    expect(ids('faults:', '  kinds: [switch]')).toEqual(['switch:S1', 'switch:S2']);
    expect(ids('  faults:', '    elements: [S1, "H1:eth0"]', 'faults:', '  kinds: [switch, nic]')).toEqual(['switch:S1', 'nic:H1:eth0']);
    expect(ids('  faults:', '    exclude: ["link:S1:p48—S2:p48", H1]')).not.toContain('link:S1:p48—S2:p48');
    expect(ids('  faults:', '    exclude: ["link:S1:p48—S2:p48", H1]')).not.toContain('host:H1');
  });

  it('builds reachable over named pairs and stp-root with a backup', () => {
    const design = load(...net, '  routers:', '    - name: R1', 'check:', '  - reachable: { pairs: [[H1, R1]] }', '  - stp-root: { expected: S1, backup: S2 }');
    expect(design.properties.map((p) => [p.name, p.description])).toEqual([
      ['reachable', 'frames pass both ways between H1↔R1'],
      ['stp-root', 'the spanning-tree root is S1, or S2 while S1 is down'],
    ]);
  });

  it('shows the failed elements, bonds, blocked ports, roots, loop and unreachable pairs in its view as lists', () => {
    const model = modelOf(...net, '  bonds:', bond());
    expect(model.view!({ failed: [] })).toEqual({ failed: [], 'H1:bond0': ['eth0'], blocked: [], roots: ['S1'], loop: [], unreachable: [] });
  });
});

describe('topology design errors', () => {
  it('rejects a node defined twice, pointing at the second name (FL250)', () => {
    const [d] = failure(...net.slice(0, 6), '    - name: S1', ...net.slice(6));
    expect(where(d)).toBe('FL250@7:13');
    expect(d?.hint).toContain('topology.switches[0]');
  });

  it('rejects a link endpoint naming an unknown node, with a suggestion (FL251)', () => {
    const [d] = failure(...net, '    - { a: "H1:eth2", b: "S3:p2" }');
    expect(where(d)).toBe('FL251@13:26');
    expect(d?.message).toBe('link endpoint "S3:p2" names no switch, host or router "S3"');
    expect(d?.hint).toBe('did you mean "S1"?');
  });

  it('rejects a port a node does not list when it lists its ports (FL252)', () => {
    const [d] = failure(...net.slice(0, 5), '      ports: [p1, p48]', ...net.slice(5), '    - { a: "S1:p2", b: "S2:p2" }');
    expect(where(d)).toBe('FL252@14:12');
    expect(d?.message).toBe('switch S1 has no port "p2"');
  });

  it('rejects a port cabled twice, pointing at the second use (FL253)', () => {
    const [d] = failure(...net, '    - { a: "H1:eth2", b: "S1:p1" }');
    expect(where(d)).toBe('FL253@13:26');
    expect(d?.hint).toContain('topology.links[0]');
  });

  it('rejects a bond on a switch (FL254)', () => {
    expect(failure(...net, '  bonds:', bond('', 'S1', '[p1]')).map(where)).toEqual(['FL254@14:15']);
  });

  it('rejects a bond slave that is not a NIC of its host, with a suggestion (FL255)', () => {
    const [d] = failure(...net, '  bonds:', bond('', 'H1', '[eth0, eht1]'));
    expect(where(d)).toBe('FL255@14:68');
    expect(d?.hint).toContain('did you mean "eth1"?');
  });

  it('rejects a primary that is not a slave (FL255)', () => {
    expect(failure(...net, '  bonds:', bond(', primary: eth1', 'H1', '[eth0]')).map(where)).toEqual(['FL255@14:113']);
  });

  it('rejects ARP monitoring in 802.3ad (FL256)', () => {
    const arp = bond().replace('active-backup', '802.3ad').replace('mii: { miimon: 100 }', 'arp: { interval: 1000, targets: [R1] }');
    expect(failure(...net, '  routers:', '    - name: R1', '  bonds:', arp).map(where)).toEqual(['FL256@16:80']);
  });

  it('rejects an ARP target that is a switch (FL257)', () => {
    const arp = bond().replace('mii: { miimon: 100 }', 'arp: { interval: 1000, targets: [S2], validate: all }');
    const [d] = failure(...net, '  bonds:', arp);
    expect(where(d)).toBe('FL257@14:119');
    expect(d?.message).toBe('bond H1:bond0: ARP target S2 is a switch');
  });

  it('rejects a reachable pair naming no host or router (FL258)', () => {
    const [d] = failure(...net, 'check:', '  - reachable: { pairs: [[H1, H2]] }');
    expect(where(d)).toBe('FL258@14:31');
    expect(d?.message).toBe('reachable: "H2" is no host or router');
  });

  it('rejects stp-root without expected, and on a switch without spanning tree (FL258)', () => {
    expect(failure(...net, 'check:', '  - stp-root: {}').map(where)).toEqual(['FL258@14:5']);
    const none = failure(...net.slice(0, 5), '      stp: { mode: none }', ...net.slice(5), 'check:', '  - stp-root: { expected: S1 }');
    expect(none.map((d) => d.message)).toEqual(['stp-root: S1 runs no spanning tree (stp.mode none)']);
  });

  it('rejects a fault element that is not in the design (FL259)', () => {
    const [d] = failure(...net, '  faults:', '    exclude: ["switch:S3"]');
    expect(where(d)).toBe('FL259@14:15');
    expect(d?.hint).toBe('did you mean "switch:S1"?');
  });

  it('reports an unknown bonding mode through the schema, with a suggestion (FL213)', () => {
    const [d] = failure(...net, '  bonds:', bond().replace('active-backup', 'active-bakcup'));
    expect(d?.code).toBe('FL213');
    expect(d?.hint).toBe('did you mean "active-backup"?');
  });
});
