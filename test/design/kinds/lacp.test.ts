import { describe, expect, it } from 'vitest';
import type { LacpModel } from '../../../models/lacp/model.js';
import { lacpKind } from '../../../src/design/kinds/lacp.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { simulate } from '../../../src/explore/simulate.js';
import { checkShipped, loadShipped, traceLabels, verdicts, violatedTrace, violationActions } from '../../fixtures/designs.js';
import { expand } from '../../models/vrrp/walk.js';
import { diagnosticsOf, lines, where } from '../diagnosticsOf.js';

const header = ['faultline: 1', 'name: t', 'lacp:'];
const body = ['  switches:', '    - name: leaf1', '  server:', '    name: srv1', '  members:', '    - { name: eth0, switch: leaf1 }'];
const load = (...text: string[]) => parseDesign(lines(...text), 't.yaml', [lacpKind]);
const failure = (...text: string[]) => diagnosticsOf(() => load(...text));

describe('the LACP design kind', () => {
  it('defaults to active, slow, no fallback, a disk-booting server and 10G members', () => {
    const { config } = load(...header, ...body).model as LacpModel;
    expect(config.switches[0]).toMatchObject({ system: 'leaf1', mode: 'active', rate: 'slow', fallback: 'none' });
    expect(config.server).toMatchObject({ mode: 'active', pxe: false });
    expect(config.members[0]).toMatchObject({ switch: 0, speed: 10000 });
  });

  it('defaults a fallback timeout to 90 s (Arista)', () => {
    const { config } = load(...header, '  switches:', '    - { name: leaf1, fallback: individual }', ...body.slice(2)).model as LacpModel;
    expect(config.switches[0]!.fallbackTimeout).toBe(90);
  });

  it('reports two members with one name as FL280', () => {
    const [d] = failure(...header, ...body, '    - { name: eth0, switch: leaf1 }');
    expect(where(d)).toBe('FL280@10:15');
  });

  it('reports fallback_timeout without fallback as FL281', () => {
    const [d] = failure(...header, '  switches:', '    - { name: leaf1, fallback_timeout: 30 }', ...body.slice(2));
    expect(d?.code).toBe('FL281');
  });

  it('reports a PXE boot too long to bound as FL282', () => {
    const [d] = failure(...header, '  switches:', '    - name: leaf1', '  server:', '    name: srv1', '    pxe: true', '    pxe_timeout: 200', '    install_seconds: 100', '  members:', '    - { name: eth0, switch: leaf1 }');
    expect(where(d)).toBe('FL282@10:22');
  });

  it('reports a member reaching an unknown switch as FL283', () => {
    const [d] = failure(...header, ...body.slice(0, 5), '    - { name: eth0, switch: leaf9 }');
    expect(where(d)).toBe('FL283@9:29');
  });
});

describe('R2, R3 and R5 LACP reference designs', () => {
  it('finds the PXE boot failing without fallback, with no fault', () => {
    const result = checkShipped('r3-lacp-pxe.pitfall');
    expect(verdicts(result)).toEqual({ 'pxe-boot-succeeds': 'violated', 'lag-formed': 'violated' });
    expect(violationActions(result, 'pxe-boot-succeeds')).toEqual(expand(['tick*61']));
  });

  it('passes with a 30 s fallback under any single fault, with a pinned state count', () => {
    const result = checkShipped('r3-lacp-pxe.fix');
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.bounds).toMatchObject({ maxFaults: 1, exhaustive: true });
    expect([result.stats.states, result.stats.transitions]).toEqual([2921, 3056]);
  });

  it('finds passive-passive and mixed speeds never forming, and names both rules in the trace', () => {
    const trace = violatedTrace(checkShipped('r2-lacp-rules.pitfall'), 'lag-formed');
    expect(traceLabels(trace)).toEqual(expand(['tick*6']));
    expect(String(trace.steps.at(-1)!.view['cannotAggregate'])).toMatch(/passive-passive.*speeds differ/);
  });

  it('passes with an active switch and equal speeds', () => {
    expect(checkShipped('r2-lacp-rules.fix').status).toBe('pass');
  });

  it('finds one bundle impossible across two independent switches', () => {
    const trace = violatedTrace(checkShipped('r5-dual-homed.pitfall'), 'lag-formed');
    expect(traceLabels(trace)).toEqual(expand(['tick*6']));
    expect(trace.steps.at(-1)!.view).toMatchObject({ 'leaf1:eth0': 'bundled', 'leaf2:eth1': 'attached' });
  });

  it('passes once both switches send one MC-LAG system id', () => {
    expect(checkShipped('r5-dual-homed.fix').status).toBe('pass');
  });

  it('finds each protocol-level pitfall in random mode too', () => {
    for (const name of ['r3-lacp-pxe.pitfall', 'r2-lacp-rules.pitfall', 'r5-dual-homed.pitfall']) {
      const d = loadShipped(name);
      const { result } = simulate(d.model, d.properties, { seed: 1, runs: 100, maxSteps: 100, maxFaults: 1 });
      expect(result.status, name).toBe('violation');
    }
  });
});
