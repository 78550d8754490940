/** VRRP and anycast gateways at the converged level (models/l2/gatewayState.ts). */
import { describe, expect, it } from 'vitest';
import { compileTopology } from '../../../models/l2/compileTopology.js';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import { convergeLags, lagContextOf } from '../../../models/l2/lagConverged.js';
import { NO_AGGREGATION, type GatewaySpec } from '../../../models/l2/lagSpec.js';
import type { Topology } from '../../../models/l2/topology.js';
import { cable, hostNode, switchNode } from './seedTopologies.js';

/** Two switches joined by LS1-2, Server1 on Switch1, Server2 on Switch2. */
const TWO: Topology = {
  nodes: [switchNode('Switch1', ['h', 'isl']), switchNode('Switch2', ['h', 'isl']), hostNode('Server1', 1), hostNode('Server2', 1)],
  links: [cable('Server1:eth0', 'Switch1:h'), cable('Server2:eth0', 'Switch2:h'), { ...cable('Switch1:isl', 'Switch2:isl'), id: 'LS1-2' }],
};

/** TWO without spanning tree (one link, no loop): a one-way link keeps forwarding its working direction. */
const TWO_NO_STP: Topology = { ...TWO, nodes: [switchNode('Switch1', ['h', 'isl'], 'none'), switchNode('Switch2', ['h', 'isl'], 'none'), ...TWO.nodes.slice(2)] };

function gateway(spec: GatewaySpec, failed: string[] = [], topo: Topology = TWO) {
  const ctx = lagContextOf(compileTopology(topo), { ...NO_AGGREGATION, gateways: [spec] });
  const status = convergeLags(ctx, converge(l2ContextOf(topo), failed)).gateways[0]!;
  const name = (n: number) => ctx.topo.nodeNames[n];
  return {
    masters: status.masters.map(name),
    serving: (host: string) => status.serving(ctx.topo.nodeIndex.get(host)!).map(name),
  };
}

const vrrp: GatewaySpec = { name: 'gw', kind: 'vrrp', members: [{ node: 'Switch1', priority: 100 }, { node: 'Switch2', priority: 200 }] };

describe('converged gateways', () => {
  it('elects the highest priority as the one VRRP master serving every host', () => {
    const g = gateway(vrrp);
    expect(g.masters).toEqual(['Switch2']);
    expect(g.serving('Server1')).toEqual(['Switch2']);
  });

  it('makes a master in each part of a partitioned LAN', () => {
    const g = gateway(vrrp, ['link:LS1-2']);
    expect(g.masters).toEqual(['Switch2', 'Switch1']);
    expect(g.serving('Server1')).toEqual(['Switch1']);
  });

  it('keeps one VRRP master when a one-way link still carries the master’s adverts', () => {
    // Switch2 (200) is master; frames from Switch1 to Switch2 are lost, Switch2's still reach Switch1.
    expect(gateway(vrrp, ['oneway:Switch1:isl'], TWO_NO_STP).masters).toEqual(['Switch2']);
  });

  it('makes a second VRRP master when the one-way link silences the master towards the backup', () => {
    expect(gateway(vrrp, ['oneway:Switch2:isl'], TWO_NO_STP).masters).toEqual(['Switch2', 'Switch1']);
  });

  it('hands the VRRP role to the backup when the master fails', () => {
    expect(gateway(vrrp, ['switch:Switch2']).masters).toEqual(['Switch1']);
  });

  it('serves every host from every reachable anycast member', () => {
    const g = gateway({ name: 'gw', kind: 'anycast', members: [{ node: 'Switch1' }, { node: 'Switch2' }] });
    expect(g.serving('Server2')).toEqual(['Switch1', 'Switch2']);
    expect(gateway({ name: 'gw', kind: 'anycast', members: [{ node: 'Switch1' }] }, ['link:LS1-2']).serving('Server2')).toEqual([]);
  });
});
