/**
 * The L1–L7 and R9 reference designs (models/designs): each pitfall's verdicts and the action
 * labels of its shortest counterexample, and for L1 every single failure that breaks it.
 */
import { describe, expect, it } from 'vitest';
import type { L2Model } from '../../../models/l2/l2Model.js';
import { checkShipped, loadShipped, verdicts, violationActions } from '../../fixtures/designs.js';

describe('topology reference designs', () => {
  it('L1: cuts the single-homed Server1 off by losing Switch1 first', () => {
    const result = checkShipped('l1-failure-points.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'reachable')).toEqual(['switch Switch1 down']);
  });

  it('L1: breaks on one switch, one cable, one NIC and one switch port — and not on the inter-switch link', () => {
    const design = loadShipped('l1-failure-points.pitfall');
    const model = design.model as L2Model;
    const reachable = design.properties.find((p) => p.name === 'reachable')!;
    const breaking = model.candidates.flatMap((e, i) => (reachable.kind === 'always' && !reachable.holds({ failed: [i] }) ? [`${e.kind} ${e.id}`] : []));
    expect(breaking).toEqual([
      'switch switch:Switch1',
      'link link:Server1:eth0—Switch1:p1',
      'switch-port port:Switch1:p1',
      'nic nic:Server1:eth0',
    ]);
    expect(model.candidates.some((e) => e.kind === 'inter-switch-link')).toBe(true);
  });

  it('L2: finds the gray link MII monitoring cannot see', () => {
    const result = checkShipped('l2-bond-monitor.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'reachable')).toEqual(['link Server1:eth0—Switch1:p1 gray (carrier up, no frames)']);
  });

  it('L3: splits the servers with one cable when the switches are not joined', () => {
    const result = checkShipped('l3-dual-homed.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'reachable')).toEqual(['link Server1:eth0—Switch1:p1 down']);
  });

  it('L3: keeps the two-cable bundle LS1-2 from counting as a loop, and survives losing either member', () => {
    const model = loadShipped('l3-dual-homed.fix').model as L2Model;
    const members = model.candidates.filter((e) => e.kind === 'inter-switch-link').map((e) => e.id);
    expect(members).toEqual(['link:LS1-2a', 'link:LS1-2b']);
    expect(model.converged({ failed: [] }).forwardingLoop()).toBeNull();
    for (const id of members) expect(model.converged({ failed: [model.candidates.findIndex((e) => e.id === id)] }).reachable('Server1', 'Server2')).toBe(true);
  });

  it('L4: loses the gateway with Switch1', () => {
    const result = checkShipped('l4-switch-failure.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'reachable')).toEqual(['switch Switch1 down']);
  });

  it('L5: isolates the access switch Switch3 with Switch1 while MII keeps its servers on it', () => {
    const result = checkShipped('l5-access-mii.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'reachable')).toEqual(['switch Switch1 down']);
    if (result.status !== 'violation') return;
    const trace = result.verdicts.find((v) => v.property.name === 'reachable');
    if (trace?.status !== 'violated') return;
    expect(trace.trace.steps[0]?.view).toMatchObject({ 'Server3:bond0': ['eth0'], unreachable: ['Server1↮Server3', 'Server1↮Server4', 'Server2↮Server3', 'Server2↮Server4'], roots: ['Switch2', 'Switch3'] });
  });

  it('L6: finds the storm in the initial state of the ring without spanning tree', () => {
    const result = checkShipped('l6-loop.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'holds', 'no-forwarding-loop': 'violated' });
    expect(violationActions(result, 'no-forwarding-loop')).toEqual([]);
  });

  it('L6: blocks one port of the ring under RSTP, and unblocks it when Switch1 dies', () => {
    const design = loadShipped('l6-loop.fix');
    const model = design.model as L2Model;
    const switch1 = model.candidates.findIndex((e) => e.id === 'switch:Switch1');
    expect(model.view!({ failed: [] })).toMatchObject({ blocked: ['Switch4:p47'], roots: ['Switch1'] });
    expect(model.view!({ failed: [switch1] })).toMatchObject({ blocked: [], roots: ['Switch2'] });
  });

  it('L7: moves the root to the access switch with the lowest MAC when Switch1 dies', () => {
    const result = checkShipped('l7-rstp-election.pitfall');
    expect(verdicts(result)).toEqual({ 'stp-root': 'violated', reachable: 'holds', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'stp-root')).toEqual(['switch Switch1 down']);
    const model = loadShipped('l7-rstp-election.pitfall').model as L2Model;
    expect(model.view!({ failed: [] })).toMatchObject({ roots: ['Switch1'], blocked: ['Switch4:p48'] });
  });

  it('R9: cuts Access2 off with Core1, its only uplink', () => {
    const result = checkShipped('r9-end-to-end-spof.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'reachable')).toEqual(['switch Core1 down']);
  });
});
