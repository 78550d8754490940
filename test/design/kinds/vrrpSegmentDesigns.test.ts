import { describe, expect, it } from 'vitest';
import type { VrrpModel } from '../../../models/vrrp/model.js';
import { singleMaster } from '../../../properties/vrrp.js';
import { vrrpKind } from '../../../src/design/kinds/vrrp.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { checkShipped, loadShipped, verdicts, violationActions } from '../../fixtures/designs.js';
import { expand, walk } from '../../models/vrrp/walk.js';
import { diagnosticsOf, lines, where } from '../diagnosticsOf.js';

const header = ['faultline: 1', 'name: t', 'vrrp:', '  vrid: 51'];
const load = (...text: string[]) => parseDesign(lines(...text), 't.yaml', [vrrpKind]);
const failure = (...text: string[]) => diagnosticsOf(() => load(...text));

describe('the vrrp-segment-split designs (issue 12: a partition into groups, 2 | 1 across two switches)', () => {
  it('pitfall: the hosts of the switch without a gateway lose their MASTER when the inter-switch link fails', () => {
    const result = checkShipped('vrrp-segment-split.pitfall');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds', 'master-per-segment': 'violated' });
    expect(violationActions(result, 'master-per-segment')).toEqual(expand(['partition', 'tick*12', 'downTimer(gw-a)', 'tick*4', 'advert(gw-a)', 'tick*3']));
  });

  it('fix: one MASTER on each side of the cut, one after the heal; passes exhaustively', () => {
    const result = checkShipped('vrrp-segment-split.fix');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds', 'master-per-segment': 'holds' });
    if (result.status === 'pass') expect(result.bounds.exhaustive).toBe(true);
    const model = loadShipped('vrrp-segment-split.fix').model as VrrpModel;
    const split = walk(model, ['tick*12', 'downTimer(gw-a)', 'partition', '~14', 'downTimer(gw-c)']);
    expect(split.routers.map((r) => r.st)).toEqual(['MASTER', 'BACKUP', 'MASTER']);
    expect(singleMaster(model.config).holds(split)).toBe(true);
    const healed = walk(model, ['heal', '~4'], split);
    expect(healed.routers.map((r) => r.st)).toEqual(['MASTER', 'BACKUP', 'BACKUP']);
  });

  it('keeps routers of one segment together across the cut: gw-b still hears gw-a', () => {
    const model = loadShipped('vrrp-segment-split.fix').model as VrrpModel;
    const split = walk(model, ['tick*12', 'downTimer(gw-a)', 'partition', '~14', 'downTimer(gw-c)', '~30']);
    expect(split.routers.map((r) => r.st)).toEqual(['MASTER', 'BACKUP', 'MASTER']);
  });

  it('counts MASTERs per side: two MASTERs on one side of the cut are a violation, one on each side is not', () => {
    const model = loadShipped('vrrp-segment-split.fix').model as VrrpModel;
    const split = walk(model, ['tick*12', 'downTimer(gw-a)', 'partition', '~14', 'downTimer(gw-c)']);
    const holds = singleMaster(model.config).holds;
    const twoOnA = { ...split, routers: split.routers.map((r, i) => (i === 1 ? { ...r, st: 'MASTER' as const, down: 0, adv: 4 } : r)) };
    expect(holds(twoOnA)).toBe(false);
    // Without segments every router is its own side: the old reading, where a partition leaves nothing to count.
    expect(singleMaster().holds(twoOnA)).toBe(true);
  });

  it('offers one partition that cuts between the segments, and keeps the old isolation without segments', () => {
    const design = load(...header, '  segments: [sw1, sw2]', '  routers:', '    - { name: r1, segment: sw1 }', '    - { name: r2, segment: sw1 }', '    - { name: r3, segment: sw2 }', 'faults:', '  kinds: [partition]');
    const config = (design.model as VrrpModel).config;
    expect([config.segments, config.segmentOf]).toEqual([['sw1', 'sw2'], [0, 0, 1]]);
    expect(design.properties.map((p) => p.name)).toEqual(['single-master', 'master-within-bound', 'no-failback-under-nopreempt', 'consistent-config', 'master-per-segment']);
    const plain = load(...header, '  routers:', '    - { name: r1 }', '    - { name: r2 }');
    expect((plain.model as VrrpModel).config.segmentOf).toEqual([0, 1]);
    expect(plain.properties.map((p) => p.name)).not.toContain('master-per-segment');
  });

  it('rejects a segment that is not declared, a router without one, and a segment without segments (FL293)', () => {
    const [unknown] = failure(...header, '  segments: [sw1, sw2]', '  routers:', '    - { name: r1, segment: sw1 }', '    - { name: r2, segment: sw3 }');
    expect(where(unknown)).toBe('FL293@8:28');
    expect(unknown!.message).toContain('sw3');
    const [missing] = failure(...header, '  segments: [sw1]', '  routers:', '    - { name: r1, segment: sw1 }', '    - { name: r2 }');
    expect(missing!.code).toBe('FL293');
    const [undeclared] = failure(...header, '  routers:', '    - { name: r1, segment: sw1 }', '    - { name: r2 }');
    expect(undeclared!.code).toBe('FL293');
  });
});
