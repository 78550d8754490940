/**
 * Issue 4's converged fault kinds (peer-link, keepalive, gateway; MC-LAG peers and LAG members
 * by label) and the MC-LAG rule fed into layer 2 (models/l2/mclagState.ts, faultState.ts).
 */
import { describe, expect, it } from 'vitest';
import { compileTopology } from '../../../models/l2/compileTopology.js';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import { faultElements } from '../../../models/l2/faults.js';
import { convergeLags, lagContextOf } from '../../../models/l2/lagConverged.js';
import { NO_AGGREGATION, type AggregationSpec, type LagGroupSpec } from '../../../models/l2/lagSpec.js';
import type { Topology } from '../../../models/l2/topology.js';
import { cable, hostNode, MII, switchNode } from './seedTopologies.js';

const po = (node: string, name: string, ports: string[]): LagGroupSpec => ({ name, node, ports, mode: 'active' });

/**
 * P1 and P2, an MC-LAG pair over two peer-link members; Server1 and Server2 bond 802.3ad to
 * both; Server3 is single-homed to P2 (an orphan port); the keepalive runs over `keepalive`.
 */
function pair(keepalive?: string[]): Topology {
  const aggregation: AggregationSpec = {
    ...NO_AGGREGATION,
    lags: [po('P1', 'Po1', ['p1']), po('P1', 'Po2', ['p2']), po('P2', 'Po1', ['p1']), po('P2', 'Po2', ['p2'])],
    mclag: [{ name: 'pair', peers: ['P1', 'P2'], peerLink: ['peerlink'], ...(keepalive ? { keepalive } : {}) }],
    gateways: [{ name: 'gw', kind: 'anycast', members: [{ node: 'P1' }, { node: 'P2' }] }],
  };
  return {
    nodes: [switchNode('P1', ['p1', 'p2', 'p3', 'p47', 'p48', 'mgmt']), switchNode('P2', ['p1', 'p2', 'p3', 'p47', 'p48', 'mgmt']), hostNode('Server1'), hostNode('Server2'), hostNode('Server3', 1)],
    links: [
      cable('Server1:eth0', 'P1:p1'),
      cable('Server1:eth1', 'P2:p1'),
      cable('Server2:eth0', 'P1:p2'),
      cable('Server2:eth1', 'P2:p2'),
      cable('Server3:eth0', 'P2:p3'),
      { ...cable('P1:p47', 'P2:p47', 40000), id: 'peer-a', bundle: 'peerlink' },
      { ...cable('P1:p48', 'P2:p48', 40000), id: 'peer-b', bundle: 'peerlink' },
      { ...cable('P1:mgmt', 'P2:mgmt'), id: 'ka' },
    ],
    bonds: ['Server1', 'Server2'].map((host) => ({ name: 'bond0', host, mode: '802.3ad', slaves: ['eth0', 'eth1'], monitor: MII })),
    aggregation,
  };
}

function at(topology: Topology, failed: string[]) {
  const c = converge(l2ContextOf(topology), failed);
  const lags = convergeLags(lagContextOf(compileTopology(topology), topology.aggregation!), c);
  return { c, lags, domain: lags.lag.domains[0]! };
}

describe('converged MC-LAG fault kinds', () => {
  it('adds peer-link, keepalive and gateway elements only when their kinds are asked for', () => {
    const topo = compileTopology(pair(['ka']));
    const added = faultElements(topo, { kinds: ['peer-link', 'keepalive', 'gateway'] });
    expect(added.map((e) => [e.id, e.label])).toEqual([
      ['peer-link:pair', 'MC-LAG pair peer-link down (peer-a, peer-b)'],
      ['keepalive:pair', 'MC-LAG pair keepalive down'],
      ['gateway:gw:P1', 'gateway gw process on P1 down'],
      ['gateway:gw:P2', 'gateway gw process on P2 down'],
    ]);
    expect(faultElements(topo).some((e) => ['peer-link', 'keepalive', 'gateway'].includes(e.kind))).toBe(false);
    expect(faultElements(topo, { kinds: ['gateway'], elements: ['gw'] })).toHaveLength(2);
  });

  it('labels MC-LAG peers, LAG members, peer-link members and the keepalive link as such', () => {
    const labels = new Map(faultElements(compileTopology(pair(['ka'])), { kinds: ['switch', 'link', 'inter-switch-link', 'nic'] }).map((e) => [e.id, e.label]));
    expect(labels.get('switch:P2')).toBe('switch P2 down (MC-LAG pair secondary)');
    expect(labels.get('link:Server1:eth0—P1:p1')).toBe('link Server1:eth0—P1:p1 down (member of LAG Server1:bond0 / P1:Po1)');
    expect(labels.get('nic:Server3:eth0')).toBe('NIC Server3:eth0 down');
    expect(labels.get('link:peer-a')).toBe('link P1:p47—P2:p47 down (peer-link of MC-LAG pair)');
    expect(labels.get('link:ka')).toBe('link P1:mgmt—P2:mgmt down (MC-LAG keepalive)');
  });
});

describe('the converged MC-LAG rule in layer 2', () => {
  it('suspends the secondary’s members when the peer-link fails and the keepalive lives, cutting off its orphan port', () => {
    const before = at(pair(['ka']), []);
    expect(before.c.reachable('Server1', 'Server3')).toBe(true);
    const { c, domain } = at(pair(['ka']), ['peer-link:pair']);
    expect(domain).toMatchObject({ peerLinkUp: false, keepaliveUp: true, suspended: true, dualActive: false });
    expect(c.faults.carrier[compileTopology(pair(['ka'])).portIndex.get('P2:p1')!]).toBe(0);
    expect(c.bond('Server1:bond0').used).toEqual(['eth0']);
    expect(c.reachable('Server1', 'Server2')).toBe(true);
    expect(c.reachable('Server1', 'Server3')).toBe(false);
  });

  it('keeps both peers active when peer-link and keepalive are both lost (dual-active)', () => {
    for (const [keepalive, failed] of [[['peerlink'], ['peer-link:pair']], [['ka'], ['peer-link:pair', 'keepalive:pair']], [['ka'], ['peer-link:pair', 'link:ka']]] as const) {
      const { c, domain } = at(pair([...keepalive]), [...failed]);
      expect(domain).toMatchObject({ peerLinkUp: false, keepaliveUp: false, suspended: false, dualActive: true });
      expect(c.bond('Server1:bond0').used).toEqual(['eth0', 'eth1']);
    }
  });

  it('changes nothing on a keepalive loss alone, and leaves the survivor active when a peer fails', () => {
    const { c, domain } = at(pair(['ka']), ['keepalive:pair']);
    expect(domain).toMatchObject({ peerLinkUp: true, keepaliveUp: false, suspended: false, dualActive: false });
    expect(c.unreachablePair()).toBeNull();
    const primaryDown = at(pair(['ka']), ['switch:P1']);
    expect(primaryDown.domain).toMatchObject({ suspended: false, dualActive: false });
    expect(primaryDown.c.bond('Server1:bond0').used).toEqual(['eth1']);
    expect(primaryDown.c.unreachablePair()).toBeNull();
  });

  it('passes no layer-2 frame over a routed keepalive link', () => {
    const { c } = at(pair(['ka']), ['peer-a', 'peer-b'].map((l) => `link:${l}`));
    expect(c.forwardingLoop()).toBeNull();
    expect(c.graph.comp[compileTopology(pair(['ka'])).nodeIndex.get('P1')!]).not.toBe(c.graph.comp[compileTopology(pair(['ka'])).nodeIndex.get('P2')!]);
  });

  it('stops a gateway process without taking its node off the network', () => {
    const { c, lags } = at(pair(['ka']), ['gateway:gw:P1']);
    expect(lags.gateways[0]!.masters.map((m) => compileTopology(pair()).nodeNames[m])).toEqual(['P2']);
    expect(c.unreachablePair()).toBeNull();
  });
});

describe('802.3ad bonds to an MC-LAG pair', () => {
  it('use the slaves on both peers, and one switch’s slaves without the domain', () => {
    expect(at(pair(), []).c.bond('Server1:bond0').used).toEqual(['eth0', 'eth1']);
    const plain: Topology = { ...pair(), aggregation: { ...NO_AGGREGATION, lags: pair().aggregation!.lags } };
    expect(converge(l2ContextOf(plain), []).bond('Server1:bond0').used).toEqual(['eth0']);
  });
});
