import { describe, expect, it } from 'vitest';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import { checkShipped, verdicts, violationActions } from '../../fixtures/designs.js';
import { l5Topology } from './seedTopologies.js';

describe('a hung switch (gray-switch, issue 12)', () => {
  it('keeps carrier on every link of the switch while no frame passes: MII keeps Server3 on it', () => {
    const ctx = l2ContextOf(l5Topology());
    const net = converge(ctx, ['gray-switch:Switch3']);
    expect(net.faults.carrier[ctx.topo.portIndex.get('Server3:eth0')!]).toBe(1);
    expect(net.faults.grayLinks.map((l) => ctx.topo.linkIds[l])).toEqual(expect.arrayContaining(['Server3:eth0—Switch3:Server3', 'Server4:eth0—Switch3:Server4']));
    expect(net.bond('Server3:bond0').used).toEqual(['eth0']);
    expect(net.reachable('Server3', 'Server1')).toBe(false);
  });

  it('pitfall: one fault — the hung Switch1 — cuts the MII-bonded servers off', () => {
    const result = checkShipped('switch-hung.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'reachable')).toEqual(['switch Switch1 hung (carrier up, no frames, no BPDUs)']);
  });

  it('fix: validated ARP monitoring moves the bonds off either hung switch', () => {
    const result = checkShipped('switch-hung.fix');
    expect(verdicts(result)).toEqual({ reachable: 'holds', 'no-forwarding-loop': 'holds' });
    if (result.status === 'pass') expect([result.bounds.exhaustive, result.stats.states]).toEqual([true, 3]);
  });
});
