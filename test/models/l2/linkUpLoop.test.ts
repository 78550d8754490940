/**
 * The moment a link comes up, before its first BPDU (issue 12, decision 0042 §3): edge ports
 * and switches without spanning tree forward at once, so a link whose ends both do can loop
 * frames that the converged network never shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import { linkUpLoop } from '../../../models/l2/linkUpLoop.js';
import type { NodeSpec, PortStp, StpMode, Topology } from '../../../models/l2/topology.js';
import { topologyKind } from '../../../src/design/kinds/topology.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { check } from '../../../src/explore/check.js';
import { checkShipped, shippedPath, verdicts, violatedTrace } from '../../fixtures/designs.js';
import { cable, hostNode } from './seedTopologies.js';

const PITFALL = readFileSync(shippedPath('stp-edge-loop.pitfall'), 'utf8');
const load = (text: string) => parseDesign(text, 't.yaml', [topologyKind]);
const run = (text: string) => {
  const d = load(text);
  return verdicts(check(d.model, d.properties, d.options));
};

function sw(name: string, ports: Readonly<Record<string, PortStp>>, mode: StpMode = 'rstp', priority?: number): NodeSpec {
  return { name, kind: 'switch', ports: Object.entries(ports).map(([p, stp]) => ({ name: p, stp })), stp: priority === undefined ? { mode } : { mode, priority } };
}

/** Access (root) with wall ports w1, w2 cabled to a desk switch D (`deskMode`), a PC on D. */
function desk(wall: PortStp, deskMode: StpMode = 'none'): Topology {
  return {
    nodes: [sw('Access', { w1: wall, w2: wall }, 'rstp', 4096), sw('D', { a: {}, b: {}, pc: {} }, deskMode), hostNode('PC', 1)],
    links: [cable('Access:w1', 'D:a'), cable('Access:w2', 'D:b'), cable('D:pc', 'PC:eth0')],
  };
}

const loopOf = (t: Topology, failed: readonly string[] = []) => {
  const ctx = l2ContextOf(t);
  const c = converge(ctx, failed);
  return { converged: c.forwardingLoop(), linkUp: linkUpLoop(ctx, c) };
};

describe('the link-up window of edge ports', () => {
  it('finds the storm when a desk switch without STP is cabled into two edge wall ports, which the converged network blocks', () => {
    const { converged, linkUp } = loopOf(desk({ edge: true }));
    expect(converged).toBeNull();
    expect(linkUp?.cycle.nodes).toEqual(expect.arrayContaining(['Access', 'D']));
  });

  it('finds it with BPDU guard too: the guard acts on the first BPDU, after the window', () => {
    const t = desk({ edge: true, bpduGuard: true });
    const ctx = l2ContextOf(t);
    expect(converge(ctx, []).faults.errDisabled).toHaveLength(1);
    expect(loopOf(t).linkUp).not.toBeNull();
  });

  it('finds none when the wall ports are not edge ports (they discard until spanning tree places them)', () => {
    expect(loopOf(desk({}))).toEqual({ converged: null, linkUp: null });
  });

  it('finds none when the far end runs spanning tree without edge: it discards until the proposal is agreed', () => {
    expect(loopOf(desk({ edge: true }, 'rstp')).linkUp).toBeNull();
  });

  it('leaves out a link that a fault holds down', () => {
    expect(loopOf(desk({ edge: true }), ['link:Access:w2—D:b']).linkUp).toBeNull();
  });
});

describe('the stp-edge-loop designs', () => {
  it('pitfall: the edge inter-switch link loops at link-up, with no fault; the converged check alone holds', () => {
    const result = checkShipped('stp-edge-loop.pitfall');
    expect(verdicts(result)).toEqual({ 'no-forwarding-loop': 'violated', reachable: 'holds' });
    const trace = violatedTrace(result, 'no-forwarding-loop');
    expect(trace.steps).toHaveLength(0);
    expect(trace.initialView['link-up-loop']).toEqual(['LS1-2b comes up', 'Switch2', 'Switch1', 'Switch2']);
    expect(run(PITFALL.replace('no-forwarding-loop: { link_up: true }', 'no-forwarding-loop'))).toEqual({ 'no-forwarding-loop': 'holds', reachable: 'holds' });
  });

  it('fix: no edge on the inter-switch link, no loop converged or at link-up', () => {
    expect(verdicts(checkShipped('stp-edge-loop.fix'))).toEqual({ 'no-forwarding-loop': 'holds', reachable: 'holds' });
  });

  it('pitfall with BPDU guard on the edge ends: still the window', () => {
    expect(run(PITFALL.replace('speed: 10G, stp: { edge: true } }\nfaults', 'speed: 10G, stp: { edge: true, bpdu_guard: true } }\nfaults'))['no-forwarding-loop']).toBe('violated');
  });
});
