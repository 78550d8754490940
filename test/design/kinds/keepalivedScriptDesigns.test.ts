import { describe, expect, it } from 'vitest';
import type { HaStackModel } from '../../../models/hastack/model.js';
import type { HaState } from '../../../models/hastack/state.js';
import { hastackKind } from '../../../src/design/kinds/hastack.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { checkShipped, loadShipped, verdicts, violatedTrace } from '../../fixtures/designs.js';
import { diagnosticsOf, where } from '../diagnosticsOf.js';

const faultsOf = (result: ReturnType<typeof checkShipped>, property: string) =>
  violatedTrace(result, property)
    .steps.filter((s) => s.fault)
    .map((s) => s.action);

/** Steps the model's first enabled protocol action until `done` holds (no fault). */
function runUntil(model: HaStackModel, s: HaState, done: (s: HaState) => boolean): HaState {
  let t = s;
  for (let i = 0; i < 500 && !done(t); i++) t = model.next(t, model.actions(t)[0]!);
  return t;
}

describe('check scripts that cannot execute, under keepalived semantics (issue 12)', () => {
  it('pitfall: a script whose exec fails counts as passing, so a MASTER with a stopped daemon keeps the VIP (2 faults)', () => {
    const result = checkShipped('keepalived-script-exec.pitfall');
    expect(verdicts(result)).toEqual({ 'vip-holder-serves': 'violated' });
    expect(faultsOf(result, 'vip-holder-serves').sort()).toEqual(['dnsStop(ns1)', 'scriptLost(ns1)']);
    const last = violatedTrace(result, 'vip-holder-serves').steps.at(-1)!.view;
    expect(last).toMatchObject({ 'ns1.vip': true, 'ns1.serves': false, 'ns1.scripts': 'cannot execute' });
  });

  it('reports a failed exec as a successful run even while the daemon is down', () => {
    const model = loadShipped('keepalived-script-exec.pitfall').model as HaStackModel;
    let s = model.initialStates()[0]!;
    const fault = (type: string) => model.faults(s).find((f) => f.type === type && 'node' in f && f.node === 0)!;
    s = model.next(s, fault('daemonStop'));
    s = model.next(s, fault('scriptLost'));
    const run = model.actions(s).find((a) => a.type === 'track' && a.node === 0);
    expect(run && model.formatAction!(run)).toBe('chk_dns(ns1): ok');
  });

  it('fix: vrrp_track_process runs no script, so the same faults move the VIP within 6 s', () => {
    const result = checkShipped('keepalived-script-exec.fix');
    expect(result.status).toBe('pass');
    if (result.status === 'pass') expect(result.bounds).toMatchObject({ maxFaults: 2, exhaustive: true });
  });

  it('pitfall: a script missing when keepalived starts is disabled there, and a stopped daemon keeps the VIP (1 fault)', () => {
    const result = checkShipped('keepalived-script-missing.pitfall');
    expect(verdicts(result)).toEqual({ 'vip-holder-serves': 'violated' });
    expect(faultsOf(result, 'vip-holder-serves')).toEqual(['dnsStop(ns1)']);
    const model = loadShipped('keepalived-script-missing.pitfall').model as HaStackModel;
    const s0 = model.initialStates()[0]!;
    expect(s0.nodes.map((n) => n.trks[0]!.trk)).toEqual(['off', 'init']);
    expect(model.view!(s0)).toMatchObject({ 'ns1.keepalived': 'BACKUP', 'ns2.keepalived': 'FAULT' });
  });

  it('disables a script keepalived cannot execute when it starts again after the script was lost', () => {
    const model = loadShipped('keepalived-script-exec.pitfall').model as HaStackModel;
    let s = runUntil(model, model.initialStates()[0]!, (t) => t.nodes[0].trks[0]!.trk === 'ok');
    s = model.next(s, model.faults(s).find((f) => f.type === 'scriptLost' && f.node === 0)!);
    expect(s.nodes[0].trks[0]!.trk).toBe('ok');
    // keepalived restarted (systemctl restart): at load it cannot find the script and disables it.
    const restarted = model.next(model.next(s, { type: 'stop', node: 0 }), { type: 'start', node: 0 });
    expect(restarted.nodes[0].trks[0]!.trk).toBe('off');
    expect(model.view!(restarted)['ns1.keepalived']).toBe('BACKUP');
  });

  it('fix: passes once the script is on both nodes', () => {
    const result = checkShipped('keepalived-script-missing.fix');
    expect(result.status).toBe('pass');
  });

  it('rejects a missing_on that names no node of the cluster (FL292)', () => {
    const text = [
      'faultline: 1', 'name: t', 'cluster:', '  service: dns', '  vrrp: { vrid: 53 }', '  nodes:', '    - { name: ns1, priority: 150 }', '    - { name: ns2 }',
      '  vrrp_script: { name: chk, check: dns, missing_on: [ns3] }',
    ].join('\n');
    const [d] = diagnosticsOf(() => parseDesign(text, 't.yaml', [hastackKind]));
    expect(where(d)).toBe('FL292@9:54');
  });
});
