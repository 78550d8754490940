import { describe, expect, it } from 'vitest';
import { bondModeOf } from '../../../models/l2/bondMode.js';
import { compileTopology } from '../../../models/l2/compileTopology.js';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import { effectKey, faultElements } from '../../../models/l2/faults.js';
import type { Topology } from '../../../models/l2/topology.js';
import { cable, hostNode, l3Topology, MII, switchNode } from './seedTopologies.js';

describe('fault elements', () => {
  it('lists nodes, then links, then cabled ports, by default without gray kinds', () => {
    const ids = faultElements(compileTopology(l3Topology({ interSwitchLink: true }))).map((e) => e.id);
    expect(ids.slice(0, 5)).toEqual(['switch:Switch1', 'switch:Switch2', 'host:Server1', 'host:Server2', 'link:Server1:eth0—Switch1:Server1']);
    expect(ids.filter((id) => id.startsWith('gray:') || id.startsWith('oneway:'))).toEqual([]);
    expect(ids).toHaveLength(4 + 5 + 10);
  });

  it('classifies a link between two switches as an inter-switch link', () => {
    const isl = faultElements(compileTopology(l3Topology({ interSwitchLink: true })), { kinds: ['inter-switch-link'] });
    expect(isl.map((e) => e.label)).toEqual(['link Switch1:Switch2—Switch2:Switch1 down']);
  });

  it('restricts to named elements and subjects, and excludes others', () => {
    const topo = compileTopology(l3Topology());
    const picked = faultElements(topo, { kinds: ['switch', 'nic', 'one-way'], elements: ['Switch1', 'Server1:eth0'], exclude: ['oneway:Server1:eth0'] });
    expect(picked.map((e) => e.id)).toEqual(['switch:Switch1', 'nic:Server1:eth0']);
  });
});

describe('bond modes', () => {
  it('reads modes by number, Linux name and Windows teaming alias', () => {
    expect([0, '4', 'balance-alb', 'switch-independent', 'static', 'lacp', 'nonsense'].map(bondModeOf)).toEqual([
      'balance-rr', '802.3ad', 'balance-alb', 'active-backup', 'balance-xor', '802.3ad', undefined,
    ]);
  });

  it('rejects ARP monitoring in 802.3ad mode', () => {
    const topology: Topology = { ...l3Topology(), bonds: [{ name: 'bond0', host: 'Server1', mode: 'lacp', slaves: ['eth0', 'eth1'], monitor: { kind: 'arp', interval: 100, targets: ['Server2'] } }] };
    expect(() => compileTopology(topology)).toThrow(/FL310.*802\.3ad/);
  });

  /** Server1 with a bond of `mode` over eth0 (Switch1) and eth1 (Switch2), Server2 on Switch1 only. */
  function spread(mode: string): Topology {
    return {
      nodes: [switchNode('Switch1', ['Server1', 'Server2']), switchNode('Switch2', ['Server1']), hostNode('Server1'), hostNode('Server2', 1)],
      links: [cable('Server1:eth0', 'Switch1:Server1'), cable('Server1:eth1', 'Switch2:Server1'), cable('Server2:eth0', 'Switch1:Server2')],
      bonds: [{ name: 'bond0', host: 'Server1', mode, slaves: ['eth0', 'eth1'], monitor: MII }],
    };
  }

  it('needs every slave of a hashing bond to reach the peer, but one slave of a broadcast bond', () => {
    expect(converge(l2ContextOf(spread('balance-xor')), []).reachable('Server1', 'Server2')).toBe(false);
    expect(converge(l2ContextOf(spread('broadcast')), []).reachable('Server1', 'Server2')).toBe(true);
    expect(converge(l2ContextOf(spread('active-backup')), []).reachable('Server1', 'Server2')).toBe(true);
  });

  it('aggregates only the 802.3ad slaves that face the same partner', () => {
    const net = converge(l2ContextOf(spread('802.3ad')), []);
    expect(net.bond('Server1:bond0')).toEqual({ used: ['eth0'], up: ['eth0', 'eth1'] });
    expect(net.reachable('Server1', 'Server2')).toBe(true);
  });

  it('prefers the primary slave over declaration order', () => {
    const topology: Topology = { ...l3Topology(), bonds: [{ name: 'bond0', host: 'Server1', mode: 1, slaves: ['eth0', 'eth1'], primary: 'eth1', monitor: MII }] };
    expect(converge(l2ContextOf(topology), []).bond('Server1:bond0').used).toEqual(['eth1']);
  });
});

describe('fault effects', () => {
  it('gives a link, its ports and its NIC one effect key, so a sweep converges them once', () => {
    const topo = compileTopology(l3Topology());
    const keys = new Set(faultElements(topo).map((e) => effectKey(topo, e)));
    expect(keys.size).toBe(4 + 4);
    const ctx = l2ContextOf(l3Topology());
    const viaNic = converge(ctx, ['nic:Server1:eth0']);
    const viaLink = converge(ctx, ['link:Server1:eth0—Switch1:Server1']);
    expect(viaNic.unreachablePair()).toEqual(viaLink.unreachablePair());
    expect(Array.from(viaNic.forwarding)).toEqual(Array.from(viaLink.forwarding));
  });
});
