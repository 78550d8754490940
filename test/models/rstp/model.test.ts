import { describe, expect, it } from 'vitest';
import { createRstpModel } from '../../../models/rstp/model.js';
import { rootPathOf } from '../../../models/rstp/select.js';
import { convergeStp } from '../../../models/stp/convergeStp.js';
import { portKey, type StpTopology } from '../../../models/stp/types.js';
import { forwardingCycle, isConverged, noForwardingLoop, reconverged } from '../../../properties/rstp.js';
import { check } from '../../../src/explore/check.js';
import type { RstpParams } from '../../../models/rstp/config.js';
import { corePair, ring3, rootAndTriangle } from './params.js';

function asStp(p: RstpParams): StpTopology {
  const counters = new Map<string, number>();
  const ports = p.links.flatMap((l) =>
    [l.a, l.b].map((e) => {
      const n = (counters.get(e.bridge) ?? 0) + 1;
      counters.set(e.bridge, n);
      return { bridge: e.bridge, name: e.port, number: n, priority: 128, cost: l.cost };
    }),
  );
  return {
    bridges: p.bridges.map((b) => ({ id: b.name, priority: b.priority, mac: b.mac, mode: 'rstp' as const })),
    ports,
    links: p.links.map((l, i) => ({ id: `l${i}`, a: { bridge: l.a.bridge, port: l.a.port }, b: { bridge: l.b.bridge, port: l.b.port } })),
  };
}

describe('the RSTP protocol model', () => {
  it.each([
    ['ring3', ring3()],
    ['rootAndTriangle', rootAndTriangle()],
    ['corePair', corePair()],
  ])('converges from a cold start to the roles and states convergeStp computes (%s)', (_, params) => {
    const model = createRstpModel(params);
    const [s] = model.initialStates();
    const stp = convergeStp(asStp(params), new Set());
    model.config.ports.forEach((p, i) => {
      const expected = stp.ports.get(portKey(model.config.bridges[p.bridge]!.name, p.name))!;
      expect([s!.ports[i]!.role, s!.ports[i]!.st === 'forwarding' ? 'forwarding' : 'discarding']).toEqual([expected.role, expected.state]);
    });
    expect(isConverged(model.config, s!)).toBe(true);
    expect(s!.slots.every((m) => m === null)).toBe(true);
  });

  it('runs the cold start itself without a forwarding loop and converges within the bound (ring of 3)', () => {
    const model = createRstpModel(ring3({ start: 'cold', faultKinds: [] }));
    const result = check(model, [noForwardingLoop(model.config), reconverged(model.config)]);
    expect(result.status).toBe('pass');
  });

  it('proves root failure loop-free when every BPDU arrives before the next hello, with pinned counts', () => {
    const model = createRstpModel(rootAndTriangle({ failing: ['r'], faultKinds: ['bridge-down'] }));
    const result = check(model, [noForwardingLoop(model.config), reconverged(model.config)], { maxFaults: 1 });
    expect(result.status).toBe('pass');
    expect(result.status !== 'error' && [result.stats.states, result.stats.transitions]).toEqual([6156, 17039]);
  });

  it('ages a silent neighbour out after 3 hellos and reconverges within the default bound (ring of 3)', () => {
    const model = createRstpModel(ring3({ faultKinds: ['bridge-silent', 'link-down'] }));
    const result = check(model, [noForwardingLoop(model.config), reconverged(model.config)], { maxFaults: 1 });
    expect(result.status).toBe('pass');
    expect(result.status !== 'error' && [result.stats.states, result.stats.transitions]).toEqual([172, 312]);
  });

  it('finds the storm through a hung bridge whose ports keep forwarding', () => {
    const model = createRstpModel(ring3({ faultKinds: ['bridge-hang'] }));
    const result = check(model, [noForwardingLoop(model.config)], { maxFaults: 1 });
    expect(result.status).toBe('violation');
    if (result.status !== 'violation' || result.verdicts[0]!.status !== 'violated') return;
    const trace = result.verdicts[0]!.trace;
    expect(trace.steps[0]!.action).toBe('bridge-hang(b1)');
    // 3 hellos to age b1's information out, then fdWhile twice (Learning, Forwarding).
    expect(trace.steps.filter((st) => st.action === 'tick')).toHaveLength(5);
    expect(forwardingCycle(model.config, trace.steps.at(-1)!.state)).not.toBeNull();
  });

  it('moves the root port to the alternate at once when the root port link goes down', () => {
    const model = createRstpModel(ring3({ faultKinds: ['link-down'] }));
    const [s] = model.initialStates();
    const down = model.next(s!, { type: 'link-down', link: 2 });
    const b3 = model.config.bridges.findIndex((b) => b.name === 'b3');
    expect(rootPathOf(model.config, down.ports, b3).rootPort).toBe(model.config.portsOf[b3]![0]);
  });
});
