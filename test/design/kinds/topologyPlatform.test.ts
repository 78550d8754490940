/**
 * Spanning-tree values checked against the platform a switch names (`stp.platform`): what the
 * Linux kernel bridge accepts (any 16-bit bridge priority, 6-bit port priorities) loads with a
 * warning where 802.1D-2004 switches differ; what the platform rejects is FL227 at the value.
 */
import { describe, expect, it } from 'vitest';
import type { L2Model } from '../../../models/l2/l2Model.js';
import { topologyKind } from '../../../src/design/kinds/topology.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { checkShipped, loadShipped, verdicts, violatedTrace } from '../../fixtures/designs.js';
import { diagnosticsOf, lines, where } from '../diagnosticsOf.js';

/** Two switches joined by two cables (lines 1–9); `a` and `b` are S1's and S2's `stp:` maps. */
const pair = (a: string, b: string, linkA = '', linkB = '') =>
  lines(
    'faultline: 1',
    'name: t',
    'topology:',
    '  switches:',
    `    - { name: S1, stp: ${a} }`,
    `    - { name: S2, stp: ${b} }`,
    '  links:',
    `    - { a: "S1:p1", b: "S2:p1"${linkA} }`,
    `    - { a: "S1:p2", b: "S2:p2"${linkB} }`,
  );
const load = (text: string) => parseDesign(text, 't.yaml', [topologyKind]);

describe('spanning-tree values and the platform that runs them', () => {
  it('rejects a bridge priority that is no multiple of 4096 on an 802.1D-2004 switch, at the value, pointing at platform: linux', () => {
    const [d] = diagnosticsOf(() => load(pair('{ priority: 100 }', '{}')));
    expect(where(d)).toBe('FL227@5:36');
    expect(d?.message).toBe('switch S1: bridge priority 100 is not a multiple of 4096 in 0..61440 (the nearest are 0 and 4096)');
    expect(d?.hint).toContain('say platform: linux');
  });

  it('rejects it on a Linux bridge running RSTP, since RSTP on Linux is mstpd', () => {
    const [d] = diagnosticsOf(() => load(pair('{ mode: rstp, platform: linux, priority: 100 }', '{}')));
    expect(d?.code).toBe('FL227');
    expect(d?.hint).toContain('mstpd');
  });

  it('loads it on a Linux bridge running the kernel STP, with a located warning', () => {
    const design = load(pair('{ mode: stp, platform: linux, priority: 100 }', '{ mode: stp }'));
    expect(design.warnings?.map(where)).toEqual(['FL228@5:64']);
    expect(design.warnings?.[0]?.message).toContain('accepted by the Linux kernel bridge but by no 802.1D-2004 switch');
  });

  it('loads a Linux bridge priority that is a multiple of 4096 without a warning', () => {
    expect(load(pair('{ mode: stp, platform: linux, priority: 61440 }', '{}')).warnings).toBeUndefined();
  });

  it('rejects an 802.1D port priority written on a Linux port, saying what it is in Linux units', () => {
    const [d] = diagnosticsOf(() => load(pair('{ mode: stp, platform: linux }', '{ mode: stp, platform: linux }', ', stp: { priority: 128 }')));
    expect(where(d)).toBe('FL227@8:50');
    expect(d?.message).toBe('S1:p1: port priority 128 is not an integer in 0..63');
    expect(d?.hint).toContain("802.1D's 128 is Linux 32");
  });

  it('rejects a 6-bit port priority on an 802.1D-2004 switch', () => {
    const [d] = diagnosticsOf(() => load(pair('{}', '{}', ', stp: { priority: 33 }')));
    expect(d?.message).toBe('S1:p1: port priority 33 is not a multiple of 16 in 0..240');
  });

  it('lets a 6-bit Linux port priority decide which of two parallel cables blocks', () => {
    const linux = '{ mode: stp, platform: linux, priority: 0 }';
    const other = '{ mode: stp, platform: linux }';
    // S1 is the root; S2 takes the cable whose S1 end has the lower port id: priority 1 on p2.
    const design = load(pair(linux, other, ', stp: { priority: 2 }', ', stp: { priority: 1 }'));
    const model = design.model as L2Model;
    expect(model.view!({ failed: [] }).blocked).toEqual(['S2:p1']);
    expect(design.warnings?.map((w) => w.code)).toEqual(['FL228', 'FL228', 'FL228', 'FL228']);
    // Swapped, the other cable blocks.
    const swapped = load(pair(linux, other, ', stp: { priority: 1 }', ', stp: { priority: 2 }')).model as L2Model;
    expect(swapped.view!({ failed: [] }).blocked).toEqual(['S2:p2']);
  });

  it('rejects a Linux port number above the 10 bits the kernel keeps', () => {
    const text = lines(
      'faultline: 1',
      'name: t',
      'topology:',
      '  switches:',
      '    - { name: S1, stp: { mode: stp, platform: linux }, ports: [{ name: p1, number: 1024 }] }',
      '    - { name: S2 }',
      '  links:',
      '    - { a: "S1:p1", b: "S2:p1" }',
    );
    const [d] = diagnosticsOf(() => load(text));
    expect(d?.code).toBe('FL227');
    expect(d?.message).toContain('port number 1024 is above 1023');
  });
});

describe('the stp-linux-bridge-priority reference pair', () => {
  it('pitfall: the hypervisor bridge at Linux priority 100 is the root with no fault, and the load warns at both values', () => {
    const result = checkShipped('stp-linux-bridge-priority.pitfall');
    expect(verdicts(result)).toEqual({ 'stp-root': 'violated', reachable: 'holds', 'no-forwarding-loop': 'holds' });
    expect(violatedTrace(result, 'stp-root').steps).toEqual([]);
    expect(loadShipped('stp-linux-bridge-priority.pitfall').warnings?.map((w) => `${w.code}@${w.location?.line}`)).toEqual(['FL228@25', 'FL228@26']);
  });

  it('fix: at 61440 the cores keep the root under every single fault, with no warning', () => {
    const result = checkShipped('stp-linux-bridge-priority.fix');
    expect(verdicts(result)).toEqual({ 'stp-root': 'holds', reachable: 'holds', 'no-forwarding-loop': 'holds' });
    expect(loadShipped('stp-linux-bridge-priority.fix').warnings).toBeUndefined();
  });
});
