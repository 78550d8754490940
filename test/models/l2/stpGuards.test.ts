import { describe, expect, it } from 'vitest';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import type { NodeSpec, PortStp, StpMode, Topology } from '../../../models/l2/topology.js';
import { checkShipped, verdicts, violationActions } from '../../fixtures/designs.js';
import { cable, hostNode } from './seedTopologies.js';

/** A switch whose ports carry the given spanning-tree settings. */
function sw(name: string, ports: Readonly<Record<string, PortStp>>, mode: StpMode = 'stp', priority?: number): NodeSpec {
  return { name, kind: 'switch', ports: Object.entries(ports).map(([p, stp]) => ({ name: p, stp })), stp: priority === undefined ? { mode } : { mode, priority } };
}

/**
 * A legacy-STP triangle: S1 root, S2, S3 (S3's port to S2 is the alternate, blocked), and a host
 * H on S3:h. `guards` adds settings per port label.
 */
function triangle(guards: Readonly<Record<string, PortStp>> = {}, mode: StpMode = 'stp'): Topology {
  const g = (label: string): PortStp => guards[label] ?? {};
  return {
    nodes: [
      sw('S1', { a: g('S1:a'), b: g('S1:b') }, mode, 4096),
      sw('S2', { a: g('S2:a'), b: g('S2:b') }, mode, 8192),
      sw('S3', { a: g('S3:a'), b: g('S3:b'), h: g('S3:h') }, mode),
      hostNode('H', 1),
    ],
    links: [cable('S1:a', 'S2:a'), cable('S1:b', 'S3:a'), cable('S2:b', 'S3:b'), cable('S3:h', 'H:eth0')],
  };
}

const port = (ctx: ReturnType<typeof l2ContextOf>, label: string): number => ctx.topo.portIndex.get(label)!;

describe('loop guard (issue 12, decision 0034)', () => {
  it('keeps a deaf alternate port discarding (loop-inconsistent) where legacy STP would open a loop', () => {
    expect(converge(l2ContextOf(triangle()), ['oneway:S2:b']).forwardingLoop()).not.toBeNull();
    const ctx = l2ContextOf(triangle({ 'S3:b': { loopGuard: true } }));
    const net = converge(ctx, ['oneway:S2:b']);
    expect(net.forwardingLoop()).toBeNull();
    expect([...net.inconsistent]).toEqual([[port(ctx, 'S3:b'), 'loop']]);
    expect(net.forwarding[port(ctx, 'S3:b')]).toBe(0);
  });

  it('does nothing on a designated port, which expects no BPDUs', () => {
    const ctx = l2ContextOf(triangle({ 'S2:b': { loopGuard: true } }));
    const net = converge(ctx, ['oneway:S2:b']);
    expect(net.inconsistent.size).toBe(0);
    expect(net.forwardingLoop()).not.toBeNull();
  });
});

describe('root guard (issue 12, decision 0034)', () => {
  it('a rogue bridge with priority 0 behind a host port becomes root without it', () => {
    const net = converge(l2ContextOf(triangle()), ['rogue:S3:h']);
    expect(net.stp.roots).toEqual(['rogue@S3:h']);
    expect(net.stp.bridges.get('S1')!.root).toBe('rogue@S3:h');
  });

  it('with it the port turns root-inconsistent and discards, and S1 stays root', () => {
    const ctx = l2ContextOf(triangle({ 'S3:h': { rootGuard: true } }));
    const net = converge(ctx, ['rogue:S3:h']);
    expect(net.stp.bridges.get('S1')!.root).toBe('S1');
    expect([...net.inconsistent]).toEqual([[port(ctx, 'S3:h'), 'root']]);
    expect(net.faults.carrier[port(ctx, 'S3:h')]).toBe(1);
    expect(net.forwarding[port(ctx, 'S3:h')]).toBe(0);
  });

  it('on a root port (a misplaced guard) it cuts the switch off its root', () => {
    const ctx = l2ContextOf(triangle({ 'S3:a': { rootGuard: true } }));
    const net = converge(ctx, []);
    expect([...net.inconsistent]).toEqual([[port(ctx, 'S3:a'), 'root']]);
    expect(net.stp.bridges.get('S3')!.rootPort).toBe('b');
  });
});

describe('BPDU guard (issue 12, decision 0034)', () => {
  it('err-disables a guarded port that a rogue bridge sends BPDUs into: the link loses carrier', () => {
    const ctx = l2ContextOf(triangle({ 'S3:h': { edge: true, bpduGuard: true } }));
    const net = converge(ctx, ['rogue:S3:h']);
    expect(net.faults.errDisabled).toEqual([port(ctx, 'S3:h')]);
    expect(net.faults.carrier[port(ctx, 'H:eth0')]).toBe(0);
    expect(net.stp.bridges.get('S3')!.root).toBe('S1');
  });

  it('leaves a guarded port facing a plain host up', () => {
    const net = converge(l2ContextOf(triangle({ 'S3:h': { edge: true, bpduGuard: true } })), []);
    expect(net.faults.errDisabled).toEqual([]);
  });

  it('err-disables a guarded port cabled to a switch running spanning tree, with no fault', () => {
    const ctx = l2ContextOf(triangle({ 'S3:b': { edge: true, bpduGuard: true } }));
    expect(converge(ctx, []).faults.errDisabled).toEqual([port(ctx, 'S3:b')]);
  });

  it('of two guarded ends of one cable, only the first trips (the cable then carries no BPDU)', () => {
    const ctx = l2ContextOf(triangle({ 'S2:b': { bpduGuard: true }, 'S3:b': { bpduGuard: true } }));
    expect(converge(ctx, []).faults.errDisabled).toEqual([port(ctx, 'S2:b')]);
  });

  it('sees BPDUs flooded through a switch without spanning tree', () => {
    const topo: Topology = {
      nodes: [sw('S1', { a: {} }, 'rstp'), sw('Hub', { a: {}, b: {} }, 'none'), sw('S2', { a: { bpduGuard: true } }, 'rstp')],
      links: [cable('S1:a', 'Hub:a'), cable('Hub:b', 'S2:a')],
    };
    const ctx = l2ContextOf(topo);
    expect(converge(ctx, []).faults.errDisabled).toEqual([port(ctx, 'S2:a')]);
    expect(converge(ctx, ['link:S1:a—Hub:a']).faults.errDisabled).toEqual([]);
  });

  it('has no effect on a switch that runs no spanning tree', () => {
    const ctx = l2ContextOf(triangle({ 'S3:b': { bpduGuard: true } }, 'none'));
    expect(converge(ctx, []).faults.errDisabled).toEqual([]);
  });
});

describe('shipped pairs (issue 12, decision 0034)', () => {
  it('stp-loop-guard pitfall: loop guard on the root’s designated ports does not stop the one-way loop', () => {
    const result = checkShipped('stp-loop-guard.pitfall');
    expect(verdicts(result)).toEqual({ 'no-forwarding-loop': 'violated' });
    expect(violationActions(result, 'no-forwarding-loop')).toEqual(['link Switch1:p47—Switch2:p47 loses Switch1:p47→Switch2:p47']);
  });

  it('stp-loop-guard fix: loop guard on every inter-switch port', () => {
    expect(verdicts(checkShipped('stp-loop-guard.fix'))).toEqual({ 'no-forwarding-loop': 'holds' });
  });

  it('stp-root-guard pitfall: a rogue bridge on an access port takes the root', () => {
    const result = checkShipped('stp-root-guard.pitfall');
    expect(verdicts(result)).toEqual({ 'stp-root': 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'stp-root')).toEqual(['a rogue bridge with priority 0 appears behind port Switch3:p1']);
  });

  it('stp-root-guard fix: root guard on the access ports keeps the root in the core', () => {
    expect(verdicts(checkShipped('stp-root-guard.fix'))).toEqual({ 'stp-root': 'holds', 'no-forwarding-loop': 'holds' });
  });

  it('stp-bpdu-guard pitfall: an edge port loses edge status and lets the rogue become root', () => {
    const result = checkShipped('stp-bpdu-guard.pitfall');
    expect(verdicts(result)).toEqual({ 'stp-root': 'violated', 'no-forwarding-loop': 'holds', reachable: 'holds' });
  });

  it('stp-bpdu-guard fix: BPDU guard err-disables the port and the bonds fail over', () => {
    expect(verdicts(checkShipped('stp-bpdu-guard.fix'))).toEqual({ 'stp-root': 'holds', 'no-forwarding-loop': 'holds', reachable: 'holds' });
  });

  it('stp-edge-port pitfall: the access template on an uplink err-disables it, and one link failure isolates the switch', () => {
    const result = checkShipped('stp-edge-port.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'reachable')).toEqual(['link Switch1:p1—Switch3:p47 down']);
  });

  it('stp-edge-port fix: the uplink without it', () => {
    expect(verdicts(checkShipped('stp-edge-port.fix'))).toEqual({ reachable: 'holds', 'no-forwarding-loop': 'holds' });
  });
});
