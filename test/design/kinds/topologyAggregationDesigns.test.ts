/**
 * The R1, R2, R4, R7 and R8 converged-level reference designs (models/designs): verdicts,
 * the action labels of each counterexample and what its last state's view says.
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/core/result.js';
import { checkShipped, traceLabels, verdicts, violatedTrace } from '../../fixtures/designs.js';

/** Action labels and the view of the last state of the trace violating `property`. */
function trace(result: CheckResult<unknown>, property: string): { steps: string[]; last: Record<string, unknown> } {
  const t = violatedTrace(result, property);
  const last = t.steps.length > 0 ? t.steps[t.steps.length - 1]!.view : t.initialView;
  return { steps: traceLabels(t), last: (last ?? {}) as Record<string, unknown> };
}

describe('converged aggregation reference designs', () => {
  it('R1: overloads the surviving node at 12G on a 10G link once Node1 fails', () => {
    const result = checkShipped('r1-active-active-capacity.pitfall');
    expect(verdicts(result)).toEqual({ 'capacity-after-failure': 'violated' });
    const t = trace(result, 'capacity-after-failure');
    expect(t.steps).toEqual(['host Node1 down']);
    expect(t.last['overloaded']).toEqual(['Node2:eth0—Switch1:p3 12G/10G']);
  });

  it('R1: fits 10G into the survivor after any host or link failure', () => {
    expect(verdicts(checkShipped('r1-active-active-capacity.fix'))).toEqual({ 'capacity-after-failure': 'holds' });
  });

  it('R2: reports the passive–passive bundle in the initial state', () => {
    const result = checkShipped('r2-lag-rules.pitfall');
    expect(verdicts(result)).toEqual({ 'lag-formed': 'violated' });
    const t = trace(result, 'lag-formed');
    expect(t.steps).toEqual([]);
    expect(t.last['lag Switch1:Po1']).toBe('not formed: Switch1:Po1 and Server1:bond0 are both LACP passive: neither sends the first LACPDU');
  });

  it('R2: forms the bundle with one active end and equal speeds after any member failure', () => {
    expect(verdicts(checkShipped('r2-lag-rules.fix'))).toEqual({ 'lag-formed': 'holds' });
  });

  it('R4: reports the static team over two independent switches in the initial state', () => {
    const result = checkShipped('r4-server-teaming.pitfall');
    expect(verdicts(result)).toEqual({ 'lag-formed': 'violated', reachable: 'violated' });
    const t = trace(result, 'lag-formed');
    expect(t.steps).toEqual([]);
    expect(String(t.last['lag Server1:team0'])).toMatch(/reach 2 partner systems \(Switch1, Switch2\) joined by no MC-LAG domain: .*MAC flap/);
    expect(trace(result, 'reachable').steps).toEqual(['link Switch1:p48—Switch2:p48 down']);
  });

  it('R4: needs nothing on the switches with a switch-independent team', () => {
    expect(verdicts(checkShipped('r4-server-teaming.fix'))).toEqual({ 'lag-formed': 'holds', reachable: 'holds' });
  });

  it('R7: detours all of Server1’s traffic over the peer-link once its member to P1 is lost', () => {
    const result = checkShipped('r7-gateway-over-mclag.pitfall');
    expect(verdicts(result)).toEqual({
      'lag-formed': 'holds',
      'gateway-reachable': 'holds',
      'single-master': 'holds',
      'path-stretch-within': 'violated',
      'peer-link-load-within': 'violated',
    });
    for (const property of ['path-stretch-within', 'peer-link-load-within']) {
      const t = trace(result, property);
      expect(t.steps).toEqual(['link Server1:eth0—P1:p1 down (member of LAG Server1:bond0 / P1:Po1)']);
      expect(t.last['peer-link share']).toBe('75 %');
      expect(t.last['stretch Server1→gw']).toBe(2);
    }
  });

  it('R7: keeps every frame off the peer-link with an anycast gateway on both peers', () => {
    const result = checkShipped('r7-gateway-over-mclag.fix');
    expect(Object.values(verdicts(result))).toEqual(['holds', 'holds', 'holds', 'holds', 'holds']);
  });

  it('R8: leaves every host without a gateway when the one gateway leaf fails', () => {
    const result = checkShipped('r8-anycast-gateway.pitfall');
    expect(verdicts(result)).toEqual({ 'gateway-reachable': 'violated', reachable: 'holds' });
    const t = trace(result, 'gateway-reachable');
    expect(t.steps).toEqual(['switch Leaf1 down']);
    expect(t.last['gateway gw']).toEqual([]);
  });

  it('R8: serves every host from another leaf after any single failure with anycast at every leaf', () => {
    expect(verdicts(checkShipped('r8-anycast-gateway.fix'))).toEqual({ 'gateway-reachable': 'holds', reachable: 'holds' });
  });
});
