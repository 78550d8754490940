import { describe, expect, it } from 'vitest';
import type { VrrpModel } from '../../../models/vrrp/model.js';
import { vrrpKind } from '../../../src/design/kinds/vrrp.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { diagnosticsOf, lines, where } from '../diagnosticsOf.js';

const header = ['faultline: 1', 'name: t', 'vrrp:', '  vrid: 51', '  routers:'];
const twoRouters = ['    - name: r1', '      priority: 150', '    - name: r2', '      priority: 100'];
const load = (...text: string[]) => parseDesign(lines(...text), 't.yaml', [vrrpKind]);
const failure = (...text: string[]) => diagnosticsOf(() => load(...text));

describe('the VRRP design kind', () => {
  it('builds the three default properties and a budget of 1 when check and faults are absent', () => {
    const design = load(...header, ...twoRouters);
    expect(design.properties.map((p) => [p.name, p.kind])).toEqual([
      ['single-master', 'always'],
      ['master-within-bound', 'within'],
      ['no-failback-under-nopreempt', 'always'],
    ]);
    // 3 × 1 s + skew of priority 100 (2 ticks) + one advert: 12 + 2 + 4 ticks of 0.25 s.
    expect(design.properties[1]).toMatchObject({ bound: 18 });
    expect(design.options.maxFaults).toBe(1);
  });

  it('derives priority from state and state from priority, as keepalived does', () => {
    const design = load(...header, '    - name: gw', '      state: MASTER', '    - name: b');
    const { routers } = (design.model as VrrpModel).config;
    expect(routers.map((r) => [r.priority, r.startsMaster])).toEqual([
      [255, true],
      [100, false],
    ]);
  });

  it('builds only the requested properties and turns seconds into ticks', () => {
    const design = load(...header, ...twoRouters, 'check:', '  - master-within-bound: { seconds: 4 }');
    expect(design.properties.map((p) => p.name)).toEqual(['master-within-bound']);
    expect(design.properties[0]).toMatchObject({ kind: 'within', bound: 16 });
  });

  it('restricts the faults to faults.kinds and takes the budget from faults.budget', () => {
    const design = load(...header, ...twoRouters, 'faults:', '  budget: 2', '  kinds: [partition]');
    const model = design.model as VrrpModel;
    const [s0] = model.initialStates();
    expect(model.faults(s0!).map((f) => model.formatAction!(f))).toEqual(['partition']);
    expect(design.options.maxFaults).toBe(2);
  });

  it('rejects a unicast_peer that names no other router of the instance (FL230)', () => {
    const [d] = failure(...header, '    - name: r1', '      unicast_peer: [r1]', '    - name: r2', '      unicast_peer: [r3]');
    expect(where(d)).toBe('FL230@7:22');
    expect(d?.message).toContain('the router itself');
  });

  it('delivers unicast adverts to the listed peers only, and multicast adverts to multicast routers only', () => {
    const design = load(...header, '    - name: r1', '      unicast_peer: [r2]', '    - name: r2', '    - name: r3', '      unicast_peer: [r1]');
    // reach[a * 3 + b]: r1 → r2 only; r2 (multicast) → no unicast router; r3 → r1.
    expect((design.model as VrrpModel).config.reach).toEqual([false, true, false, false, true, false, true, false, false]);
  });

  it('rejects an instance with a single router (FL231)', () => {
    expect(failure(...header, '    - name: r1').map(where)).toEqual(['FL231@5:3']);
  });

  it('rejects two routers with the same name, pointing at the second (FL232)', () => {
    const [d] = failure(...header, '    - name: r1', '    - name: r1');
    expect(where(d)).toBe('FL232@7:13');
    expect(d?.hint).toContain('vrrp.routers[0]');
  });

  it('rejects two address owners (FL233)', () => {
    const [d] = failure(...header, '    - name: r1', '      priority: 255', '    - name: r2', '      priority: 255');
    expect(where(d)).toBe('FL233@9:17');
    expect(d?.message).toContain('"r1" and "r2"');
  });

  it('rejects a router whose vrid differs from the instance (FL234)', () => {
    const [d] = failure(...header, '    - name: r1', '    - name: r2', '      vrid: 52');
    expect(where(d)).toBe('FL234@8:13');
  });

  it('rejects a fractional advert_int under VRRPv2 but accepts it under v3 (FL235)', () => {
    const [d] = failure(...header, '    - name: r1', '    - name: r2', '      advert_int: 0.5');
    expect(where(d)).toBe('FL235@8:19');
    const v3 = load('faultline: 1', 'name: t', 'vrrp:', '  version: 3', '  vrid: 51', '  routers:', '    - name: r1', '    - name: r2', '      advert_int: 0.5');
    expect((v3.model as VrrpModel).config.routers.map((r) => r.advertTicks)).toEqual([8, 4]);
  });

  it('rejects an advert_int finer than a centisecond (FL236)', () => {
    const text = ['faultline: 1', 'name: t', 'vrrp:', '  version: 3', '  vrid: 51', '  advert_int: 0.015', '  routers:', '    - name: r1', '    - name: r2'];
    expect(failure(...text).map(where)).toEqual(['FL236@6:15']);
  });

  it('rejects advert intervals too far apart for the time resolution (FL237)', () => {
    const [d] = failure(...header, '    - name: r1', '    - name: r2', '      advert_int: 30');
    expect(d?.code).toBe('FL237');
  });

  it('rejects unknown or bad property parameters (FL238)', () => {
    expect(failure(...header, ...twoRouters, 'check:', '  - single-master: { grace: 2 }').map((d) => d.code)).toEqual(['FL238']);
    expect(failure(...header, ...twoRouters, 'check:', '  - master-within-bound: { seconds: -1 }').map((d) => d.code)).toEqual(['FL238']);
  });
});
