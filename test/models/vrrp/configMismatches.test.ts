import { describe, expect, it } from 'vitest';
import { resolveVrrpConfig } from '../../../models/vrrp/config.js';
import { configMismatches, formatMismatch } from '../../../models/vrrp/configMismatches.js';
import { createVrrpModel } from '../../../models/vrrp/model.js';
import { consistentConfig } from '../../../properties/vrrp.js';
import { instance, router } from './params.js';
import { walk } from './walk.js';

const pass = (p: string) => ({ authentication: { type: 'PASS' as const, pass: p } });
const states = (model: ReturnType<typeof createVrrpModel>, labels: string[]) => walk(model, labels).routers.map((r) => r.st);

describe('configuration mismatches of a VRRP group', () => {
  it('finds none when the routers agree, and consistent-config then holds', () => {
    const config = resolveVrrpConfig(instance([router('r1', 150, pass('samepass')), router('r2', 100, pass('samepass'))]));
    expect(configMismatches(config)).toEqual([]);
    expect(config.accepts).toEqual([true, true, true, true]);
    expect(consistentConfig(config).holds(createVrrpModel(config).initialStates()[0]!)).toBe(true);
  });

  it('names both routers, the setting and both values of each mismatch, pair by pair', () => {
    const config = resolveVrrpConfig(
      instance([router('r1', 150), router('r2', 100, { vrid: 52 }), router('r3', 90, { virtualIps: ['192.0.2.1/24'] })]),
    );
    expect(configMismatches(config).map((m) => [m.setting, ...m.routers, ...m.values])).toEqual([
      ['virtual_router_id', 'r1', 'r2', '51', '52'],
      ['virtual_ipaddress', 'r1', 'r3', '(none)', '[192.0.2.1]'],
      ['virtual_router_id', 'r2', 'r3', '52', '51'],
      ['virtual_ipaddress', 'r2', 'r3', '(none)', '[192.0.2.1]'],
    ]);
    expect(consistentConfig(config).holds(createVrrpModel(config).initialStates()[0]!)).toBe(false);
  });

  it('compares only the first 8 characters of auth_pass, as keepalived does, and never prints the password', () => {
    const same = resolveVrrpConfig(instance([router('r1', 150, pass('password-one')), router('r2', 100, pass('password-two'))]));
    expect(configMismatches(same)).toEqual([]);
    const other = resolveVrrpConfig(instance([router('r1', 150, pass('secret-1')), router('r2', 100, pass('secret-2'))]));
    const [m] = configMismatches(other);
    expect(formatMismatch(m!)).toBe('r1 and r2: authentication PASS (one auth_pass) ≠ PASS (another auth_pass) (each ignores the other\'s adverts — authentication fails: both become MASTER)');
    expect(formatMismatch(m!)).not.toContain('secret');
  });

  it('treats authentication on one router only as a mismatch under VRRPv2 and as none under VRRPv3 (keepalived ignores it)', () => {
    const routers = [router('r1', 150, pass('secret-1')), router('r2', 100)];
    expect(configMismatches(resolveVrrpConfig(instance(routers))).map((m) => m.values)).toEqual([['PASS', 'none']]);
    expect(configMismatches(resolveVrrpConfig(instance(routers, { version: 3 })))).toEqual([]);
  });

  it('reports a VRRPv3 advert_int mismatch as a finding whose adverts are still accepted', () => {
    const config = resolveVrrpConfig(instance([router('r1', 150), router('r2', 100, { advertInt: 2 })], { version: 3 }));
    expect(config.accepts).toEqual([true, true, true, true]);
    expect(configMismatches(config).map((m) => m.consequence)).toEqual(['VRRPv3 logs it and a BACKUP learns the MASTER’s interval']);
  });

  it('compares virtual IP sets without order or prefix length; keepalived 2.3.3 accepts a different set', () => {
    const reordered = [router('r1', 150, { virtualIps: ['192.0.2.1/24', '192.0.2.2'] }), router('r2', 100, { virtualIps: ['192.0.2.2/32', '192.0.2.1'] })];
    expect(configMismatches(resolveVrrpConfig(instance(reordered)))).toEqual([]);
    const differ = [router('r1', 150, { virtualIps: ['192.0.2.1', '192.0.2.2'] }), router('r2', 100, { virtualIps: ['192.0.2.1'] })];
    expect(resolveVrrpConfig(instance(differ)).accepts).toEqual([true, false, false, true]);
    const newer = resolveVrrpConfig(instance(differ, { vipMismatchDrops: false }));
    expect(newer.accepts).toEqual([true, true, true, true]);
    expect(configMismatches(newer).map((m) => m.consequence)).toEqual(['keepalived logs it and accepts the adverts (2.3.3 and later)']);
  });
});

describe('the VRRP model with mismatched routers', () => {
  it('makes both routers MASTER when their VRIDs differ, with no fault', () => {
    const model = createVrrpModel(instance([router('r1', 150), router('r2', 100, { vrid: 52 })]));
    expect(states(model, ['tick*13', 'downTimer(r1)', 'tick', 'downTimer(r2)'])).toEqual(['MASTER', 'MASTER']);
  });

  it('keeps the lower router BACKUP once their authentication agrees', () => {
    const model = createVrrpModel(instance([router('r1', 150, pass('secret-1')), router('r2', 100, pass('secret-1'))]));
    expect(states(model, ['tick*13', 'downTimer(r1)', 'tick'])).toEqual(['MASTER', 'BACKUP']);
  });

  it('ignores even the priority-0 advert of a stopping MASTER whose VIP set differs (keepalived 2.2.7)', () => {
    const model = createVrrpModel(instance([router('r1', 150, { virtualIps: ['192.0.2.1'] }), router('r2', 100, { virtualIps: ['192.0.2.2'] })]));
    const s = walk(model, ['tick*13', 'downTimer(r1)', 'stop(r1)']);
    expect(s.routers[1]!.down).toBe(1);
  });

  it('names each mismatch in every state of a trace', () => {
    const model = createVrrpModel(instance([router('r1', 150), router('r2', 100, { advertInt: 2 })]));
    expect(model.view!(model.initialStates()[0]!)).toMatchObject({ 'mismatch.r1/r2.advert_int': '1 s ≠ 2 s' });
  });
});
