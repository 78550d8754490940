/**
 * Uplink failure tracking on switches (Cisco link-state tracking, Avaya/NVIDIA/Dell
 * equivalents): downstream server ports are taken down while every upstream port has lost its
 * link, so the servers' MII bonds fail over; a gray uplink keeps its link and stays unseen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { L2Model } from '../../../models/l2/l2Model.js';
import { topologyKind } from '../../../src/design/kinds/topology.js';
import { parseDesign, type LoadedDesign } from '../../../src/design/loadDesign.js';
import { check } from '../../../src/explore/check.js';
import { checkShipped, shippedPath, verdicts, violationActions } from '../../fixtures/designs.js';
import { diagnosticsOf } from '../../design/diagnosticsOf.js';

const FIX = readFileSync(shippedPath('uplink-tracking.fix'), 'utf8');
const GROUP = '[{ name: 1, upstream: [p48], downstream: [p1, p2] }]';

/** The fix design with Switch3's tracking groups written as `groups`, and other edits. */
function variant(groups: string, ...edits: (readonly [string, string])[]): LoadedDesign {
  const text = edits.reduce((t, [from, to]) => t.split(from).join(to), FIX.replace(`{ name: Switch3, stp: { mode: rstp }, link_state_tracking: ${GROUP} }`, `{ name: Switch3, stp: { mode: rstp }, link_state_tracking: ${groups} }`));
  return parseDesign(text, 't.yaml', [topologyKind]);
}

/** The converged network of `design` with the elements `ids` failed. */
function after(design: LoadedDesign, ...ids: string[]) {
  const model = design.model as L2Model;
  return model.converged({ failed: ids.map((id) => model.candidates.findIndex((e) => e.id === id)).sort((a, b) => a - b) });
}

const UPLINK3 = 'link:Switch1:p47—Switch3:p48';

describe('the uplink-tracking designs', () => {
  it('pitfall: isolates Server3 and Server4 behind Switch3 when its only uplink dies, their MII bonds seeing nothing', () => {
    const result = checkShipped('uplink-tracking.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'reachable')).toHaveLength(1);
    if (result.status !== 'error') expect(result.stats.states).toBe(38);
  });

  it('fix: survives every single cable, NIC, port and switch failure, exhaustively', () => {
    const result = checkShipped('uplink-tracking.fix');
    expect(verdicts(result)).toEqual({ reachable: 'holds', 'no-forwarding-loop': 'holds' });
    if (result.status !== 'error') expect(result.stats.states).toBe(38);
  });
});

describe('link-state tracking', () => {
  it('takes the downstream ports down when the only upstream port loses its link, and the bonds move to eth1', () => {
    const net = after(variant(GROUP), UPLINK3);
    expect(net.bond('Server3:bond0').used).toEqual(['eth1']);
    expect(net.bond('Server4:bond0').used).toEqual(['eth1']);
    expect(net.reachable('Server3', 'Server1')).toBe(true);
  });

  it('keeps them up while one of two upstream ports has its link', () => {
    const two = variant('[{ upstream: [p48, p47], downstream: [p1, p2] }]', ['    - { a: "Switch2:p47", b: "Switch4:p48", speed: 40G }', '    - { a: "Switch2:p47", b: "Switch4:p48", speed: 40G }\n    - { a: "Switch2:p46", b: "Switch3:p47", speed: 40G }']);
    expect(after(two, UPLINK3).bond('Server3:bond0').used).toEqual(['eth0']);
    expect(after(two, UPLINK3, 'link:Switch2:p46—Switch3:p47').bond('Server3:bond0').used).toEqual(['eth1']);
  });

  it('does not see a gray uplink, which keeps its link: Switch3 is cut off with its server ports up', () => {
    const design = variant(GROUP, ['kinds: [link, inter-switch-link, nic, switch-port, switch]', 'kinds: [link, inter-switch-link, nic, switch-port, switch, gray-link]']);
    const net = after(design, 'gray:Switch1:p47—Switch3:p48');
    expect(net.bond('Server3:bond0').used).toEqual(['eth0']);
    expect(net.reachable('Server3', 'Server1')).toBe(false);
    expect(verdicts(check(design.model, design.properties, design.options)).reachable).toBe('violated');
  });

  it('brings the downstream ports back with the uplink (a fault set without it is the state before)', () => {
    const net = after(variant(GROUP));
    expect(net.bond('Server3:bond0').used).toEqual(['eth0']);
  });

  it('rejects a group port the switch does not have, at the value', () => {
    const [d] = diagnosticsOf(() => variant('[{ upstream: [p49], downstream: [p1] }]'));
    expect(d?.code).toBe('FL217');
    expect(d?.message).toBe('switch Switch3: tracking group "1" names "p49", which is no port of Switch3');
    expect(d?.hint).toContain('p48');
  });

  it('rejects a port upstream in one group and downstream in another', () => {
    const [d] = diagnosticsOf(() => variant('[{ upstream: [p48], downstream: [p1] }, { name: b, upstream: [p2], downstream: [p48] }]'));
    expect(d?.code).toBe('FL217');
    expect(d?.message).toBe('switch Switch3: port p48 is upstream in a tracking group and downstream in "b"');
  });
});
