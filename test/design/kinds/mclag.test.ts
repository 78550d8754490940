import { describe, expect, it } from 'vitest';
import type { MclagModel } from '../../../models/mclag/model.js';
import { mclagKind } from '../../../src/design/kinds/mclag.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { simulate } from '../../../src/explore/simulate.js';
import { checkShipped, loadShipped, verdicts, violationActions } from '../../fixtures/designs.js';
import { diagnosticsOf, lines, where } from '../diagnosticsOf.js';
import { expand } from '../../models/vrrp/walk.js';

const header = ['faultline: 1', 'name: t', 'mclag:'];
const peers = ['  peers:', '    - name: leaf1', '      priority: 100', '    - name: leaf2', '  server: srv1'];
const load = (...text: string[]) => parseDesign(lines(...text), 't.yaml', [mclagKind]);
const failure = (...text: string[]) => diagnosticsOf(() => load(...text));

describe('the MC-LAG design kind', () => {
  it('maps a vPC domain to suspend-and-promote with a 5 s timeout and a default budget of 1', () => {
    const design = load(...header, '  vendor: cisco-vpc', ...peers);
    const { config } = design.model as MclagModel;
    expect(config).toMatchObject({ onPeerLinkLoss: 'suspend-secondary', onPeerLost: 'promote', autoRecovery: false, timeoutTicks: 5, keepalive: 'separate' });
    expect(design.properties.map((p) => [p.name, p.kind])).toEqual([
      ['no-dual-active', 'always'],
      ['server-keeps-path', 'within'],
    ]);
    expect(design.options.maxFaults).toBe(1);
  });

  it('maps clagd to its own system id, auto-recovery and a 20 s peer timeout', () => {
    const { config } = load(...header, '  vendor: cumulus-clag', ...peers).model as MclagModel;
    expect(config).toMatchObject({ onPeerLost: 'own-system-id', autoRecovery: true, timeoutTicks: 20 });
  });

  it('maps Arista to promotion over the peer link, with dual-primary detection as a path of its own', () => {
    const plain = load(...header, '  vendor: arista-mlag', ...peers).model as MclagModel;
    const detecting = load(...header, '  vendor: arista-mlag', '  dual_primary_detection: { delay: 5 }', ...peers).model as MclagModel;
    expect(plain.config).toMatchObject({ onPeerLinkLoss: 'promote-secondary', keepalive: 'over-peer-link' });
    expect(plain.config.dualPrimary).toBeUndefined();
    expect(detecting.config).toMatchObject({ onPeerLinkLoss: 'promote-secondary', dualPrimary: { delay: 5, heartbeat: 'separate', recoveryDelay: 0 } });
  });

  it('reports an Arista keepalive on a separate path as FL219, pointing at the heartbeat', () => {
    const [d] = failure(...header, '  vendor: arista-mlag', '  keepalive: separate', ...peers);
    expect(where(d)).toBe('FL219@5:14');
    expect(d?.hint).toContain('dual_primary_detection');
  });

  it('rejects dual-primary detection on another vendor (FL281) and without a delay (FL211)', () => {
    expect(where(failure(...header, '  vendor: cisco-vpc', '  dual_primary_detection: { delay: 5 }', ...peers)[0])).toMatch(/^FL281@5:/);
    expect(failure(...header, '  vendor: arista-mlag', '  dual_primary_detection: { heartbeat: separate }', ...peers)[0]?.code).toBe('FL211');
  });

  it('counts dual-active seconds only for designs that check dual-active-at-most', () => {
    const plain = load(...header, '  vendor: arista-mlag', ...peers).model as MclagModel;
    const bounded = load(...header, '  vendor: arista-mlag', ...peers, 'check:', '  - dual-active-at-most: { seconds: 7 }').model as MclagModel;
    expect([plain.config.dualActiveCap, bounded.config.dualActiveCap]).toEqual([0, 8]);
  });

  it('takes the bound of server-keeps-path from seconds', () => {
    const design = load(...header, '  vendor: cisco-vpc', ...peers, 'check:', '  - server-keeps-path: { seconds: 9 }');
    expect(design.properties[0]).toMatchObject({ kind: 'within', bound: 9 });
  });

  it('reports two peers with one name as FL280 at the second name', () => {
    const [d] = failure(...header, '  vendor: cisco-vpc', '  peers:', '    - name: leaf1', '    - name: leaf1', '  server: srv1');
    expect(where(d)).toBe('FL280@7:13');
  });

  it('reports an option the vendor lacks as FL281', () => {
    const [d] = failure(...header, '  vendor: cumulus-clag', '  auto_recovery: true', ...peers);
    expect(where(d)).toBe('FL281@5:18');
  });

  it('reports a vPC keepalive timeout outside 3..20 s as FL282', () => {
    const [d] = failure(...header, '  vendor: cisco-vpc', '  keepalive_timeout: 30', ...peers);
    expect(where(d)).toBe('FL282@5:22');
  });

  it('reports an unknown property parameter as FL284', () => {
    const [d] = failure(...header, '  vendor: cisco-vpc', ...peers, 'check:', '  - no-dual-active: { seconds: 3 }');
    expect(d?.code).toBe('FL284');
  });
});

describe('R5 MC-LAG reference designs', () => {
  it('finds dual-active after the peer link alone fails when the keepalive rides on it', () => {
    const result = checkShipped('r5-mclag-split-brain.pitfall');
    expect(verdicts(result)).toEqual({ 'no-dual-active': 'violated', 'server-keeps-path': 'holds' });
    expect(violationActions(result, 'no-dual-active')).toEqual(expand(['peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'tick*5', 'peerDead(leaf2)']));
  });

  it('passes every single fault with a separate keepalive, with a pinned state count', () => {
    const result = checkShipped('r5-mclag-split-brain.fix');
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.bounds).toMatchObject({ maxFaults: 1, exhaustive: true });
    expect([result.stats.states, result.stats.transitions]).toEqual([20, 27]);
  });

  it('names the peer-link and the keepalive failures in order for the vPC double fault', () => {
    const result = checkShipped('r5-mclag-double-fault.pitfall');
    expect(verdicts(result)).toEqual({ 'no-dual-active': 'violated', 'server-keeps-path': 'holds' });
    expect(violationActions(result, 'no-dual-active')).toEqual(
      expand(['peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'keepaliveDown', 'tick*5', 'peerDead(leaf2)']),
    );
  });

  it('passes every double fault when clagd falls back to its own system id', () => {
    const result = checkShipped('r5-mclag-double-fault.fix');
    expect(result.status).toBe('pass');
    if (result.status !== 'pass') return;
    expect(result.bounds).toMatchObject({ maxFaults: 2, exhaustive: true });
    expect([result.stats.states, result.stats.transitions]).toEqual([205, 341]);
  });

  it('finds the server cut off when the primary dies after the peer link, without auto-recovery', () => {
    const result = checkShipped('r5-mclag-auto-recovery.pitfall');
    expect(verdicts(result)).toEqual({ 'no-dual-active': 'holds', 'server-keeps-path': 'violated' });
    expect(violationActions(result, 'server-keeps-path')).toEqual(
      expand(['peerLinkDown', 'detect(leaf1)', 'detect(leaf2)', 'tick', 'peerAlive(leaf2)', 'crash(leaf1)', 'tick*8']),
    );
  });

  it('passes with auto-recovery', () => {
    expect(checkShipped('r5-mclag-auto-recovery.fix').status).toBe('pass');
  });

  it('finds each MC-LAG pitfall in random mode too, with its faults in the BFS order or near it', () => {
    const expected: Record<string, string[]> = {
      'r5-mclag-split-brain.pitfall': ['peerLinkDown'],
      'r5-mclag-double-fault.pitfall': ['keepaliveDown', 'peerLinkDown'],
      'r5-mclag-auto-recovery.pitfall': ['crash(leaf1)', 'peerLinkDown'],
    };
    for (const [name, faults] of Object.entries(expected)) {
      const d = loadShipped(name);
      const { result } = simulate(d.model, d.properties, { seed: 2, runs: 300, maxSteps: 40, maxFaults: d.options.maxFaults ?? 1 });
      expect(result.status, name).toBe('violation');
      if (result.status === 'error') continue;
      const trace = result.verdicts.find((v) => v.status === 'violated');
      if (trace?.status !== 'violated') continue;
      expect(trace.trace.steps.filter((s) => s.fault).map((s) => s.action).sort(), name).toEqual(faults);
      expect(trace.trace.steps.length, name).toBeLessThanOrEqual(16);
    }
  });
});
