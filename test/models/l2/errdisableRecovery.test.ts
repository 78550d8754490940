/**
 * Err-disable recovery (issue 12, decision 0042): a port BPDU guard err-disabled stays down
 * after its cause has gone unless its switch has `errdisable recovery cause bpduguard`; while
 * the cause is still there recovery changes nothing the converged model shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import type { ErrdisableRecovery, NodeSpec, Topology } from '../../../models/l2/topology.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { topologyKind } from '../../../src/design/kinds/topology.js';
import { check } from '../../../src/explore/check.js';
import { checkShipped, shippedPath, verdicts, violationActions } from '../../fixtures/designs.js';
import { diagnosticsOf } from '../../design/diagnosticsOf.js';
import { cable, hostNode } from './seedTopologies.js';

const FIX = readFileSync(shippedPath('errdisable-recovery.fix'), 'utf8');
const load = (text: string) => parseDesign(text, 't.yaml', [topologyKind]);

/** Core (root) and Access with a guarded desk port p1 to PC, and `recovery` on either switch. */
function office(recovery: { readonly core?: ErrdisableRecovery; readonly access?: ErrdisableRecovery } = {}): Topology {
  const sw = (name: string, ports: NodeSpec['ports'], priority: number | undefined, r: ErrdisableRecovery | undefined): NodeSpec => ({
    name,
    kind: 'switch',
    ports,
    stp: priority === undefined ? { mode: 'rstp' } : { mode: 'rstp', priority },
    ...(r ? { errdisableRecovery: r } : {}),
  });
  return {
    nodes: [
      sw('Core', [{ name: 'up' }, { name: 's1' }], 4096, recovery.core),
      sw('Access', [{ name: 'up' }, { name: 'p1', stp: { edge: true, bpduGuard: true } }], undefined, recovery.access),
      hostNode('PC', 1),
      hostNode('Srv', 1),
    ],
    links: [cable('Core:up', 'Access:up'), cable('Access:p1', 'PC:eth0'), cable('Core:s1', 'Srv:eth0')],
  };
}

const BPDUGUARD: ErrdisableRecovery = { causes: ['bpduguard'], interval: 300 };

describe('a rogue bridge that came and went (fault rogue-visit)', () => {
  it('leaves the guarded port it tripped err-disabled when the switch has no errdisable recovery', () => {
    const ctx = l2ContextOf(office());
    const net = converge(ctx, ['rogue-visit:Access:p1']);
    const p1 = ctx.topo.portIndex.get('Access:p1')!;
    expect([net.faults.errDisabled, net.faults.lingering]).toEqual([[p1], [p1]]);
    expect(net.unreachablePair()).not.toBeNull();
  });

  it('leaves nothing behind when the port’s own switch recovers bpduguard err-disables', () => {
    const net = converge(l2ContextOf(office({ access: BPDUGUARD })), ['rogue-visit:Access:p1']);
    expect([net.faults.errDisabled, net.unreachablePair()]).toEqual([[], null]);
  });

  it('does not take recovery on another switch for the port’s own', () => {
    const net = converge(l2ContextOf(office({ core: BPDUGUARD })), ['rogue-visit:Access:p1']);
    expect(net.faults.lingering).toHaveLength(1);
  });

  it('leaves nothing behind on a port without BPDU guard', () => {
    const net = converge(l2ContextOf(office()), ['rogue-visit:Core:s1']);
    expect([net.faults.errDisabled, net.unreachablePair()]).toEqual([[], null]);
  });

  it('while the bridge is still there, err-disables the port with or without recovery (it trips again at once)', () => {
    for (const access of [undefined, BPDUGUARD]) {
      const net = converge(l2ContextOf(office(access ? { access } : {})), ['rogue:Access:p1']);
      expect(net.faults.errDisabled).toHaveLength(1);
      expect(net.faults.lingering).toEqual([]);
    }
  });
});

describe('the errdisable-recovery designs', () => {
  it('pitfall: PC1 stays cut off after the visitor’s switch is gone', () => {
    const result = checkShipped('errdisable-recovery.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'violated' });
    expect(violationActions(result, 'reachable')).toEqual(['a rogue bridge was plugged in behind port Access1:p1 and unplugged again']);
  });

  it('fix: errdisable recovery brings every desk port back', () => {
    expect(verdicts(checkShipped('errdisable-recovery.fix'))).toEqual({ reachable: 'holds' });
  });

  it('fix: cannot help while the bridge is still plugged in', () => {
    const design = load(FIX.replace('kinds: [rogue-visit]', 'kinds: [rogue-bridge]'));
    expect(verdicts(check(design.model, design.properties, design.options))).toEqual({ reachable: 'violated' });
  });

  it('reads the interval with the vendors’ range and only the bpduguard cause', () => {
    expect(diagnosticsOf(() => load(FIX.replace('interval: 300', 'interval: 10')))[0]?.code).toBe('FL214');
    expect(diagnosticsOf(() => load(FIX.replace('cause: [bpduguard]', 'cause: [udld]')))[0]?.code).toBe('FL213');
    const design = load(FIX.replace(', interval: 300', ''));
    expect(design.document).toBeDefined();
  });
});
