import { describe, expect, it } from 'vitest';
import type { SiteModel } from '../../../models/site/model.js';
import { siteKind } from '../../../src/design/kinds/site.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { designKinds } from '../../../src/design/registry.js';
import { diagnosticsOf, lines, where } from '../diagnosticsOf.js';

/** A small site: two core switches, two nodes and a client dual-homed, a storage switch. */
const topology = [
  'site:',
  '  topology:',
  '    switches:',
  '      - { name: sw1, stp: { mode: rstp, priority: 4096 } }',
  '      - { name: sw2 }',
  '    hosts:',
  '      - { name: a, nics: [eth0, eth1, eth2] }',
  '      - { name: b, nics: [eth0, eth1, eth2] }',
  '      - { name: c, nics: [eth0] }',
  '      - { name: lone, nics: [eth0] }',
  '    links:',
  '      - { a: "a:eth0", b: "sw1:p1", speed: 10G }',
  '      - { a: "b:eth0", b: "sw1:p2", speed: 10G }',
  '      - { a: "c:eth0", b: "sw1:p3", speed: 10G }',
  '      - { a: "sw1:p48", b: "sw2:p48", speed: 10G }',
  '      - { a: "a:eth1", b: "sw2:p1", speed: 10G }',
  '      - { a: "b:eth1", b: "sw2:p2", speed: 10G }',
];
const cluster = ['  cluster:', '    service: nfs', '    vrrp: { vrid: 51 }', '    nodes:', '      - { name: a, priority: 150 }', '      - { name: b }', '    drbd: { protocol: C }'];
const head = ['faultline: 1', 'name: t'];
const load = (...text: string[]) => parseDesign(lines(...text), 't.yaml', designKinds);
const diag = (...text: string[]) => diagnosticsOf(() => load(...text)).map(where);

describe('the site design kind', () => {
  it('composes the topology and the cluster, with every fault kind the elements can suffer', () => {
    const design = load(...head, ...topology, ...cluster, '  clients: [c]');
    expect(design.kind).toBe(siteKind);
    expect(design.properties.map((p) => p.name)).toEqual(['single-primary', 'no-split-brain', 'no-acked-write-lost', 'replicated-within', 'clients-served', 'single-master-seen']);
    expect(design.faultScope.explored).toEqual(['link', 'inter-switch-link', 'nic', 'switch-port', 'switch', 'host', 'gray-link', 'gray-switch', 'one-way', 'crash', 'stop', 'kill', 'daemon']);
    expect(design.faultScope.omitted).toEqual(['rogue-bridge']); // opt-in: a misbehaving neighbour, not a failure
    const model = design.model as SiteModel;
    // The cluster hosts and the client are no network fault elements; the other host is.
    const hosts = model.network.candidates.filter((e) => e.kind === 'host').map((e) => e.subject);
    expect(hosts).toEqual(['lone']);
    expect(model.config.ha.faultKinds).toEqual(new Set(['crash', 'stop', 'kill', 'daemon']));
  });

  it('names the kinds a design leaves out', () => {
    const design = load(...head, ...topology, ...cluster, 'faults:', '  kinds: [switch, crash]');
    expect(design.faultScope).toEqual({ explored: ['switch', 'crash'], omitted: ['link', 'inter-switch-link', 'nic', 'switch-port', 'host', 'gray-link', 'gray-switch', 'one-way', 'rogue-bridge', 'stop', 'kill', 'daemon'] });
  });

  it('points topology and cluster mistakes at their keys under site:', () => {
    expect(diag(...head, ...topology, '      - { a: "a:eth9", b: "sw2:p9", speed: 10G }', ...cluster)).toEqual(['FL252@20:14']);
    expect(diag(...head, ...topology, '  cluster:', '    service: dns', '    vrrp: { vrid: 51 }', '    nodes:', '      - { name: a }', '      - { name: b }', '    drbd: { protocol: C }')).toEqual(['FL266@26:5']);
  });

  it('rejects a service on a host the topology does not have (FL240)', () => {
    const text = [...head, ...topology, ...cluster.map((l) => l.replace('name: b }', 'name: bb }'))];
    expect(diag(...text)).toEqual(['FL240@25:17']);
    expect(diag(...head, ...topology, ...cluster, '  clients: [nobody]')).toEqual(['FL240@27:13']);
  });

  it('rejects placements that name no interface or node of the cluster (FL241, FL242), and a node as client (FL243)', () => {
    expect(diag(...head, ...topology, ...cluster, '  placement:', '    - { node: a, vip: bond7 }')).toEqual(['FL241@28:23']);
    expect(diag(...head, ...topology, ...cluster, '  placement:', '    - { node: c }')).toEqual(['FL242@28:15']);
    expect(diag(...head, ...topology, ...cluster, '  clients: [a]')).toEqual(['FL243@27:13']);
  });

  it('rejects a heartbeat, a replication link or a client the healthy network does not join (FL244, FL245, FL246), and a dead VIP interface (FL247)', () => {
    expect(diag(...head, ...topology, ...cluster, '  placement:', '    - { node: a, heartbeat: eth2 }')).toEqual(['FL244@28:29']);
    expect(diag(...head, ...topology, ...cluster, '  placement:', '    - { node: a, replication: eth2 }', '    - { node: b, replication: eth2 }')).toEqual(['FL245@28:31']);
    expect(diag(...head, ...topology, ...cluster, '  clients: [lone]')).toEqual(['FL246@27:13']);
    expect(diag(...head, ...topology, ...cluster, '  placement:', '    - { node: a, vip: eth2 }')).toEqual(['FL247@28:23']);
  });

  it('rejects site properties that do not fit, or take no such parameter (FL248)', () => {
    expect(diag(...head, ...topology, ...cluster, 'check:', '  - clients-served')).toEqual(['FL248@28:5']);
    expect(diag(...head, ...topology, ...cluster, '  clients: [c]', 'check:', '  - single-master-seen: { seconds: 3 }')).toEqual(['FL248@29:36']);
    expect(diag(...head, ...topology, ...cluster, 'check:', '  - nonsense')).toEqual(['FL220@28:5']);
  });
});
