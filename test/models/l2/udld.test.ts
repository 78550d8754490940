import { describe, expect, it } from 'vitest';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import type { Topology } from '../../../models/l2/topology.js';
import { checkShipped, verdicts, violationActions } from '../../fixtures/designs.js';
import { l5Topology } from './seedTopologies.js';

/** The L6 ring under legacy STP, UDLD aggressive on LS3-4 when asked. */
function ring(udld: boolean): Topology {
  const topo = l5Topology({ ring: true, stp: 'stp' });
  return { ...topo, links: topo.links.map((l) => (udld && l.a.node === 'Switch3' && l.b.node === 'Switch4' ? { ...l, udld: 'aggressive' as const } : l)) };
}

describe('UDLD aggressive (issue 12)', () => {
  it('err-disables a link that loses one direction, so legacy STP sees a link failure and no loop opens', () => {
    const ctx = l2ContextOf(ring(true));
    const net = converge(ctx, ['oneway:Switch3:Switch4']);
    expect(net.faults.carrier[ctx.topo.portIndex.get('Switch4:Switch3')!]).toBe(0);
    expect(net.forwardingLoop()).toBeNull();
    expect(converge(l2ContextOf(ring(false)), ['oneway:Switch3:Switch4']).forwardingLoop()).not.toBeNull();
  });

  it('err-disables a gray link too (no UDLD echo either way)', () => {
    const ctx = l2ContextOf(ring(true));
    const net = converge(ctx, ['gray:Switch3:Switch4—Switch4:Switch3']);
    expect(net.faults.linkDown[ctx.topo.linkIndex.get('Switch3:Switch4—Switch4:Switch3')!]).toBe(1);
  });

  it('pitfall: a one-way inter-switch link opens a loop in the legacy-STP ring', () => {
    const result = checkShipped('stp-unidirectional.pitfall');
    expect(verdicts(result)).toEqual({ 'no-forwarding-loop': 'violated', reachable: 'violated' });
    expect(violationActions(result, 'no-forwarding-loop')).toEqual(['link Switch1:p47—Switch2:p47 loses Switch1:p47→Switch2:p47']);
  });

  it('fix: with UDLD aggressive on the ring every one-way failure becomes a plain link failure', () => {
    const result = checkShipped('stp-unidirectional.fix');
    expect(verdicts(result)).toEqual({ 'no-forwarding-loop': 'holds', reachable: 'holds' });
    if (result.status === 'pass') expect([result.bounds.exhaustive, result.stats.states]).toEqual([true, 9]);
  });
});
