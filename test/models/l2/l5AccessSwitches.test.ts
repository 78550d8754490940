import { describe, expect, it } from 'vitest';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import { l2Model } from '../../../models/l2/l2Model.js';
import type { Topology } from '../../../models/l2/topology.js';
import { unreachablePairs } from '../../../properties/l2.js';
import { arpMonitor, l5Topology } from './seedTopologies.js';

/** Ids of the single failures that leave some pair of live endpoints unreachable. */
function breakingSingleFailures(topology: Topology): string[] {
  const model = l2Model(topology);
  return model.candidates.flatMap((e, i) => (unreachablePairs(model, { failed: [i] }).length > 0 ? [e.id] : []));
}

describe('L5: access switches behind one uplink each', () => {
  it('isolates Server3 when Switch1 dies under MII monitoring, its link to Switch3 staying up', () => {
    const net = converge(l2ContextOf(l5Topology()), ['switch:Switch1']);
    expect(net.bond('Server3:bond0')).toEqual({ used: ['eth0'], up: ['eth0', 'eth1'] });
    expect(net.reaches('Server3', 'Server1')).toBe(false);
    expect(net.reaches('Server3', 'Server2')).toBe(false);
    expect(net.reachable('Server3', 'Server4')).toBe(true);
    expect(net.unreachablePair()).toEqual(['Server1', 'Server3']);
  });

  it('finds exactly Switch1, its uplink to Switch3 and the ports of that uplink as breaking single failures under MII', () => {
    expect(breakingSingleFailures(l5Topology())).toEqual([
      'switch:Switch1',
      'link:Switch1:Switch3—Switch3:Switch1',
      'port:Switch1:Switch3',
      'port:Switch3:Switch1',
    ]);
  });

  it('fails Server3 and Server4 over to Switch4 with validated ARP monitoring of Server1 and Server2', () => {
    for (const validate of ['active', 'all'] as const) {
      const net = converge(l2ContextOf(l5Topology({ monitor: arpMonitor(validate) })), ['switch:Switch1']);
      expect(net.bond('Server3:bond0')).toEqual({ used: ['eth1'], up: ['eth1'] });
      expect(net.bond('Server4:bond0')).toEqual({ used: ['eth1'], up: ['eth1'] });
      expect(net.unreachablePair()).toBeNull();
    }
  });

  it('proves validated ARP monitoring survives every single failure', () => {
    expect(breakingSingleFailures(l5Topology({ monitor: arpMonitor('all') }))).toEqual([]);
  });

  it('also fails over with arp_all_targets all, since both targets stay reachable through Switch4', () => {
    const net = converge(l2ContextOf(l5Topology({ monitor: arpMonitor('all', 'all') })), ['switch:Switch1']);
    expect(net.bond('Server3:bond0').used).toEqual(['eth1']);
    expect(net.unreachablePair()).toBeNull();
  });

  it('stays stuck without arp_validate: Server3 and Server4 keep each other\'s dead path up', () => {
    const net = converge(l2ContextOf(l5Topology({ monitor: arpMonitor('none') })), ['switch:Switch1']);
    expect(net.settled.stable).toBe(true);
    expect(net.bond('Server3:bond0').used).toEqual(['eth0']);
    expect(net.bond('Server4:bond0').used).toEqual(['eth0']);
    expect(net.reaches('Server3', 'Server1')).toBe(false);
  });

  it('fails over without arp_validate when no other host shares the dead switch', () => {
    const topology = l5Topology({ monitor: arpMonitor('none') });
    const net = converge(l2ContextOf(topology), ['switch:Switch1', 'host:Server4']);
    expect(net.bond('Server3:bond0').used).toEqual(['eth1']);
    expect(net.reachable('Server3', 'Server1')).toBe(true);
  });
});
