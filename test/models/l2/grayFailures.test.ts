import { describe, expect, it } from 'vitest';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import { arpMonitor, l3Topology, l5Topology } from './seedTopologies.js';

const SERVER3_ETH0 = 'Server3:eth0—Switch3:Server3';

describe('gray failures', () => {
  it('hides a gray link from MII monitoring: carrier stays up and Server3 is cut off', () => {
    const ctx = l2ContextOf(l5Topology());
    const net = converge(ctx, [`gray:${SERVER3_ETH0}`]);
    expect(net.faults.carrier[ctx.topo.portIndex.get('Server3:eth0')!]).toBe(1);
    expect(net.bond('Server3:bond0').used).toEqual(['eth0']);
    expect(net.reaches('Server3', 'Server1')).toBe(false);
    expect(net.reaches('Server1', 'Server3')).toBe(false);
  });

  it('lets validated ARP monitoring see through a gray link and fail over', () => {
    const net = converge(l2ContextOf(l5Topology({ monitor: arpMonitor('active') })), [`gray:${SERVER3_ETH0}`]);
    expect(net.bond('Server3:bond0').used).toEqual(['eth1']);
    expect(net.reachable('Server3', 'Server1')).toBe(true);
  });

  it('breaks one direction only when a NIC loses its transmit side', () => {
    const net = converge(l2ContextOf(l5Topology()), ['oneway:Server3:eth0']);
    expect(net.reaches('Server3', 'Server1')).toBe(false);
    expect(net.reaches('Server1', 'Server3')).toBe(true);
    expect(net.reachable('Server1', 'Server3')).toBe(false);
    expect(net.unreachablePair()).toEqual(['Server1', 'Server3']);
  });

  it('opens a loop when legacy STP loses BPDUs one way on the blocked segment', () => {
    // Switch3 is designated on LS3-4; Switch4 stops hearing it and unblocks its port.
    const ctx = l2ContextOf(l5Topology({ ring: true, stp: 'stp' }));
    const net = converge(ctx, ['oneway:Switch3:Switch4']);
    expect(net.forwarding[ctx.topo.portIndex.get('Switch4:Switch3')!]).toBe(1);
    expect(net.forwarding[ctx.topo.portIndex.get('Switch3:Switch4')!]).toBe(1);
    expect(net.forwardingLoop()?.nodes).toEqual(['Switch3', 'Switch1', 'Switch2', 'Switch4']);
  });

  it('keeps the ring loop-free under RSTP, whose dispute mechanism blocks the deaf-side sender', () => {
    const ctx = l2ContextOf(l5Topology({ ring: true }));
    const net = converge(ctx, ['oneway:Switch3:Switch4']);
    expect(net.forwardingLoop()).toBeNull();
    expect(net.forwarding[ctx.topo.portIndex.get('Switch3:Switch4')!]).toBe(0);
    expect(net.forwarding[ctx.topo.portIndex.get('Switch4:Switch3')!]).toBe(1);
    expect(net.unreachablePair()).toBeNull();
  });

  it('changes nothing in the tree when the lost direction is towards the designated port', () => {
    const ctx = l2ContextOf(l5Topology({ ring: true, stp: 'stp' }));
    const net = converge(ctx, ['oneway:Switch4:Switch3']);
    expect(net.forwardingLoop()).toBeNull();
    expect(net.forwarding[ctx.topo.portIndex.get('Switch4:Switch3')!]).toBe(0);
  });

  it('drops frames both ways on a gray inter-switch link while carrier stays up', () => {
    const ctx = l2ContextOf(l3Topology({ interSwitchLink: true }));
    const net = converge(ctx, ['gray:Switch1:Switch2—Switch2:Switch1', 'link:Server1:eth0—Switch1:Server1']);
    expect(net.faults.carrier[ctx.topo.portIndex.get('Switch1:Switch2')!]).toBe(1);
    expect(net.reachable('Server1', 'Server2')).toBe(false);
  });
});
