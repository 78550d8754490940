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
  it('builds the four default properties and a budget of 1 when check and faults are absent', () => {
    const design = load(...header, ...twoRouters);
    expect(design.properties.map((p) => [p.name, p.kind])).toEqual([
      ['single-master', 'always'],
      ['master-within-bound', 'within'],
      ['no-failback-under-nopreempt', 'always'],
      ['consistent-config', 'always'],
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

  it('accepts a router whose vrid differs from the instance, as a consistent-config finding (FL234 retired)', () => {
    const design = load(...header, '    - name: r1', '    - name: r2', '      vrid: 52');
    const config = (design.model as VrrpModel).config;
    expect(config.routers.map((r) => r.vrid)).toEqual([51, 52]);
    expect(design.properties.find((p) => p.name === 'consistent-config')?.description).toContain('r1 and r2: virtual_router_id 51 ≠ 52');
  });

  it('takes authentication and virtual_ipaddress from the instance unless a router overrides them', () => {
    const design = load(
      'faultline: 1', 'name: t', 'vrrp:', '  vrid: 51',
      '  authentication: { auth_type: PASS, auth_pass: secret-long }', '  virtual_ipaddress: [192.0.2.1/24, 192.0.2.2]',
      '  routers:', '    - name: r1', '    - name: r2', '      authentication: { auth_type: AH, auth_pass: other }', '      virtual_ipaddress: [192.0.2.1]',
    );
    const { routers, vipMismatchDrops } = (design.model as VrrpModel).config;
    expect(routers.map((r) => [r.auth, r.vips])).toEqual([
      [{ type: 'PASS', key: 'secret-l' }, ['192.0.2.1', '192.0.2.2']],
      [{ type: 'AH', key: 'other' }, ['192.0.2.1']],
    ]);
    expect(vipMismatchDrops).toBe(true);
  });

  it('reads keepalived_version: before 2.3.3 a different VIP set drops adverts, from 2.3.3 it does not', () => {
    const drops = (version: string) =>
      (load('faultline: 1', 'name: t', 'vrrp:', '  vrid: 51', `  keepalived_version: "${version}"`, '  routers:', '    - name: r1', '    - name: r2').model as VrrpModel).config.vipMismatchDrops;
    expect(['2.2.7', '2.3.2', '1.3.5', '2.3.3', '2.4', '3.0.0'].map(drops)).toEqual([true, true, true, false, false, false]);
  });

  it('rejects a virtual_ipaddress entry that is no IP address, at the entry (FL291)', () => {
    const [d] = failure(...header, '    - name: r1', '      virtual_ipaddress: [192.0.2.1/24, 192.0.2.300]', '    - name: r2');
    expect(where(d)).toBe('FL291@7:41');
    expect(failure(...header, '    - name: r1', '      virtual_ipaddress: [192.0.2.1/33]', '    - name: r2').map((x) => x.code)).toEqual(['FL291']);
    expect(() => load(...header, '    - name: r1', '      virtual_ipaddress: [2001:db8::1/64]', '    - name: r2')).not.toThrow();
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
