import { describe, expect, it } from 'vitest';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import { l2Model } from '../../../models/l2/l2Model.js';
import { check } from '../../../src/explore/check.js';
import { noForwardingLoop, reachable } from '../../../properties/l2.js';
import { l5Topology } from './seedTopologies.js';

const LS34 = 'link:Switch3:Switch4—Switch4:Switch3';

describe('L6: the loop Switch1–Switch2–Switch4–Switch3', () => {
  it('finds the broadcast storm without spanning tree, reported as the cycle', () => {
    const net = converge(l2ContextOf(l5Topology({ ring: true, stp: 'none' })), []);
    expect(net.forwardingLoop()).toEqual({
      nodes: ['Switch4', 'Switch2', 'Switch1', 'Switch3'],
      links: [
        'Switch2:Switch4—Switch4:Switch2',
        'Switch1:Switch2—Switch2:Switch1',
        'Switch1:Switch3—Switch3:Switch1',
        'Switch3:Switch4—Switch4:Switch3',
      ],
    });
  });

  it('finds no loop once the ring is open', () => {
    const net = converge(l2ContextOf(l5Topology({ ring: true, stp: 'none' })), [LS34]);
    expect(net.forwardingLoop()).toBeNull();
  });

  it('blocks Switch4\'s port on LS3-4 under RSTP, so LS3-4 carries nothing in normal operation', () => {
    const net = converge(l2ContextOf(l5Topology({ ring: true })), []);
    expect(net.forwardingLoop()).toBeNull();
    expect(net.stp.roots).toEqual(['Switch1']);
    const blocked = [...net.stp.ports.values()].filter((p) => p.state === 'discarding').map((p) => `${p.bridge}:${p.name}:${p.role}`);
    expect(blocked).toEqual(['Switch4:Switch3:alternate']);
  });

  it('puts LS3-4 to work when Switch1 or LS1-3 fails', () => {
    const ctx = l2ContextOf(l5Topology({ ring: true }));
    for (const fault of ['switch:Switch1', 'link:Switch1:Switch3—Switch3:Switch1']) {
      const net = converge(ctx, [fault]);
      expect(net.stp.ports.get('Switch4/Switch3')?.state).toBe('forwarding');
      expect(net.stp.ports.get('Switch3/Switch4')?.state).toBe('forwarding');
      expect(net.unreachablePair()).toBeNull();
    }
  });

  it('proves no loop and full reachability after any single failure through the engine (with MII bonds)', () => {
    const model = l2Model(l5Topology({ ring: true }));
    const result = check(model, [reachable(model), noForwardingLoop(model)], { maxFaults: 1 });
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.stats.states).toBe(1 + model.candidates.length);
    expect(model.candidates.length).toBe(8 + 12 + 24); // nodes, links, cabled ports
  });

  it('finds the loop through the engine in the initial state when spanning tree is off', () => {
    const model = l2Model(l5Topology({ ring: true, stp: 'none' }));
    const result = check(model, [noForwardingLoop(model)], { maxFaults: 1 });
    expect(result.status).toBe('violation');
    if (result.status !== 'violation') return;
    const verdict = result.verdicts[0]!;
    expect(verdict.status === 'violated' && verdict.trace.steps.length).toBe(0);
  });

  it('gives a shortest trace naming the switch in the L5 pitfall', () => {
    const model = l2Model(l5Topology());
    const result = check(model, [reachable(model)], { maxFaults: 2 });
    expect(result.status).toBe('violation');
    const verdict = result.status === 'violation' ? result.verdicts[0] : undefined;
    if (verdict?.status !== 'violated') throw new Error('expected a violation');
    expect(verdict.trace.steps.map((s) => s.action)).toEqual(['switch Switch1 down']);
    expect(verdict.trace.steps[0]!.view['unreachable']).toBe('Server1↔Server3');
  });
});
