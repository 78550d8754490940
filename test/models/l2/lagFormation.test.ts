/** The converged LAG rule and MC-LAG suspension (models/l2/lagFormation.ts). */
import { describe, expect, it } from 'vitest';
import { compileTopology } from '../../../models/l2/compileTopology.js';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import { convergeLags, lagContextOf } from '../../../models/l2/lagConverged.js';
import { NO_AGGREGATION, type AggregationSpec, type LagGroupSpec } from '../../../models/l2/lagSpec.js';
import type { Topology } from '../../../models/l2/topology.js';
import { cable, hostNode, MII, switchNode } from './seedTopologies.js';

/** Server1's 802.3ad bond to `far` (one switch, or P1 and P2). */
function dualHomed(far: readonly [string, string], speeds: readonly [number, number] = [10000, 10000]): Topology {
  const switches = [...new Set(far)];
  return {
    nodes: [...switches.map((s) => switchNode(s, ['p1', 'p2', 'p48'])), hostNode('Server1')],
    links: [
      cable(`Server1:eth0`, `${far[0]}:p1`, speeds[0]),
      cable(`Server1:eth1`, `${far[1]}:${far[0] === far[1] ? 'p2' : 'p1'}`, speeds[1]),
      ...(switches.length === 2 ? [cable(`${switches[0]}:p48`, `${switches[1]}:p48`, 40000)] : []),
    ],
    bonds: [{ name: 'bond0', host: 'Server1', mode: '802.3ad', slaves: ['eth0', 'eth1'], monitor: MII }],
  };
}

/** The LAG layer of `topology` with `spec` on it, converged with `failed` down. */
function lagsOf(topology: Topology, spec: Partial<AggregationSpec>, failed: string[] = []) {
  const aggregation = { ...NO_AGGREGATION, ...spec };
  const withSpec = { ...topology, aggregation };
  const ctx = lagContextOf(compileTopology(withSpec), aggregation);
  return { ctx, lags: convergeLags(ctx, converge(l2ContextOf(withSpec), failed)) };
}

function statusOf(topology: Topology, spec: Partial<AggregationSpec>, failed: string[] = []) {
  const { lags } = lagsOf(topology, spec, failed);
  return Object.fromEntries(lags.lag.lags.map((l) => [l.id, l.formed ? 'formed' : l.skipped ? 'skipped' : l.reason]));
}

const po = (node: string, ports: string[], mode: LagGroupSpec['mode'] = 'active', minLinks?: number): LagGroupSpec => ({
  name: 'Po1', node, ports, mode, ...(minLinks ? { minLinks } : {}),
});

describe('the converged LAG rule', () => {
  it('forms a bundle with one active end, equal speeds and one partner', () => {
    expect(statusOf(dualHomed(['Switch1', 'Switch1']), { lags: [po('Switch1', ['p1', 'p2'], 'passive')] })).toEqual({
      'Server1:bond0': 'formed',
      'Switch1:Po1': 'formed',
    });
  });

  it('refuses a bond whose switch ports are in no port-channel', () => {
    expect(statusOf(dualHomed(['Switch1', 'Switch1']), {})['Server1:bond0']).toMatch(/Switch1:p1 .* is in no LAG: both ends must be configured/);
  });

  it('refuses members of different speeds', () => {
    const status = statusOf(dualHomed(['Switch1', 'Switch1'], [10000, 1000]), { lags: [po('Switch1', ['p1', 'p2'])] });
    expect(status['Switch1:Po1']).toBe('members of Switch1:Po1 run at 10G and 1G: different keys, so different aggregators');
  });

  it('refuses a static end facing an LACP end', () => {
    expect(statusOf(dualHomed(['Switch1', 'Switch1']), { lags: [po('Switch1', ['p1', 'p2'], 'static')] })['Switch1:Po1']).toMatch(/static .* never aggregate/);
  });

  it('refuses two independent switches and accepts them as an MC-LAG pair', () => {
    const topology = dualHomed(['P1', 'P2']);
    const lags = [po('P1', ['p1']), po('P2', ['p1'])];
    expect(statusOf(topology, { lags })['Server1:bond0']).toMatch(/reach 2 partner systems \(P1, P2\)/);
    const mclag = [{ name: 'pair', peers: ['P1', 'P2'] as const, peerLink: ['P1:p48—P2:p48'] }];
    expect(statusOf(topology, { lags, mclag })).toEqual({ 'Server1:bond0': 'formed', 'P1:Po1': 'formed', 'P2:Po1': 'formed' });
  });

  it('suspends the secondary’s members when the peer-link fails while both peers live', () => {
    const topology = dualHomed(['P1', 'P2']);
    const spec = { lags: [po('P1', ['p1']), po('P2', ['p1'], 'active', 1)], mclag: [{ name: 'pair', peers: ['P1', 'P2'] as const, peerLink: ['P1:p48—P2:p48'] }] };
    const { ctx, lags } = lagsOf(topology, spec, ['link:P1:p48—P2:p48']);
    expect(lags.lag.domains).toEqual([{ name: 'pair', peerLinkUp: false, keepaliveUp: true, suspended: true, dualActive: false, svisDown: false }]);
    expect(lags.lag.lags[0]!.used.map((p) => ctx.topo.portLabels[p])).toEqual(['Server1:eth0']);
    expect(statusOf(topology, spec, ['switch:P1'])['Server1:bond0']).toBe('formed');
  });

  it('fails min-links when too few members are up', () => {
    const status = statusOf(dualHomed(['Switch1', 'Switch1']), { lags: [po('Switch1', ['p1', 'p2'], 'active', 2)] }, ['link:Server1:eth0—Switch1:p1']);
    expect(status['Switch1:Po1']).toBe('only 1 of 2 members of Switch1:Po1 up (min-links 2)');
  });
});
