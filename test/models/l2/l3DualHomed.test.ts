import { describe, expect, it } from 'vitest';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import { l3Topology } from './seedTopologies.js';

const SERVER1_TO_SWITCH1 = 'link:Server1:eth0—Switch1:Server1';

describe('L3: two switches, dual-homed active-backup servers', () => {
  it('reaches every server from every other with nothing failed', () => {
    const net = converge(l2ContextOf(l3Topology()), []);
    expect(net.unreachablePair()).toBeNull();
    expect(net.bond('Server1:bond0')).toEqual({ used: ['eth0'], up: ['eth0', 'eth1'] });
  });

  it('cuts Server2 off Server1 when Server1 loses its link to Switch1 and no inter-switch link exists', () => {
    const net = converge(l2ContextOf(l3Topology()), [SERVER1_TO_SWITCH1]);
    expect(net.bond('Server1:bond0').used).toEqual(['eth1']);
    expect(net.bond('Server2:bond0').used).toEqual(['eth0']);
    expect(net.reaches('Server2', 'Server1')).toBe(false);
    expect(net.reaches('Server1', 'Server2')).toBe(false);
    expect(net.unreachablePair()).toEqual(['Server1', 'Server2']);
  });

  it('keeps Server1 and Server2 connected over the inter-switch link after the same fault', () => {
    const net = converge(l2ContextOf(l3Topology({ interSwitchLink: true })), [SERVER1_TO_SWITCH1]);
    expect(net.bond('Server1:bond0').used).toEqual(['eth1']);
    expect(net.reachable('Server1', 'Server2')).toBe(true);
    expect(net.unreachablePair()).toBeNull();
  });

  it('makes the single inter-switch link itself a weak point', () => {
    const ctx = l2ContextOf(l3Topology({ interSwitchLink: true }));
    const net = converge(ctx, [SERVER1_TO_SWITCH1, 'link:Switch1:Switch2—Switch2:Switch1']);
    expect(net.reachable('Server1', 'Server2')).toBe(false);
  });

  it('names the failed element the same way in ids and labels', () => {
    const ctx = l2ContextOf(l3Topology());
    expect(ctx.elements.get(SERVER1_TO_SWITCH1)?.label).toBe('link Server1:eth0—Switch1:Server1 down');
    expect(ctx.elements.get(SERVER1_TO_SWITCH1)?.kind).toBe('link');
  });
});

describe('L4: switch failure', () => {
  it('moves every bond to Switch2 when Switch1 dies, and traffic continues', () => {
    const net = converge(l2ContextOf(l3Topology({ interSwitchLink: true })), ['switch:Switch1']);
    expect(net.bond('Server1:bond0')).toEqual({ used: ['eth1'], up: ['eth1'] });
    expect(net.bond('Server2:bond0')).toEqual({ used: ['eth1'], up: ['eth1'] });
    expect(net.reachable('Server1', 'Server2')).toBe(true);
  });

  it('holds even without the inter-switch link, since both bonds move together', () => {
    const net = converge(l2ContextOf(l3Topology()), ['switch:Switch1']);
    expect(net.reachable('Server1', 'Server2')).toBe(true);
  });

  it('loses a server that dies, but does not count it against the others', () => {
    const net = converge(l2ContextOf(l3Topology()), ['host:Server1']);
    expect(net.reachable('Server1', 'Server2')).toBe(false);
    expect(net.unreachablePair()).toBeNull();
  });
});
