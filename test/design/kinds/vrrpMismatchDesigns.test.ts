import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { vrrpKind } from '../../../src/design/kinds/vrrp.js';
import { check } from '../../../src/explore/check.js';
import { readFileSync } from 'node:fs';
import { checkShipped, shippedPath, verdicts, violatedTrace, violationActions } from '../../fixtures/designs.js';
import { expand } from '../../models/vrrp/walk.js';

const twoMasters = expand(['tick*13', 'downTimer(gw-a)', 'tick', 'downTimer(gw-b)']);

describe('VRRP configuration mismatch designs (issue 12: static findings and their consequence)', () => {
  it.each([
    ['vrrp-vrid-mismatch', 'mismatch.gw-a/gw-b.virtual_router_id', '51 ≠ 52'],
    ['vrrp-auth-mismatch', 'mismatch.gw-a/gw-b.authentication', 'PASS (one auth_pass) ≠ PASS (another auth_pass)'],
    ['vrrp-vip-mismatch', 'mismatch.gw-a/gw-b.virtual_ipaddress', '[192.0.2.1, 192.0.2.2] ≠ [192.0.2.1]'],
  ])('%s pitfall: a zero-step, zero-fault consistent-config finding naming both routers, and two MASTERs found by exploration', (name, key, value) => {
    const result = checkShipped(`${name}.pitfall`);
    expect(verdicts(result)).toEqual({ 'consistent-config': 'violated', 'single-master': 'violated', 'master-within-bound': 'holds' });
    const finding = violatedTrace(result, 'consistent-config');
    expect(finding.steps).toEqual([]);
    expect(finding.initialView).toMatchObject({ [key]: value });
    expect(violationActions(result, 'single-master')).toEqual(twoMasters);
    if (result.status !== 'error') {
      const verdict = result.verdicts.find((v) => v.property.name === 'consistent-config');
      expect(verdict?.property.description).toContain('gw-a and gw-b:');
    }
  });

  it.each(['vrrp-vrid-mismatch', 'vrrp-auth-mismatch', 'vrrp-vip-mismatch'])('%s fix: every property holds exhaustively', (name) => {
    const result = checkShipped(`${name}.fix`);
    expect(result.status).toBe('pass');
    if (result.status === 'pass') expect(result.bounds).toMatchObject({ maxFaults: 1, exhaustive: true });
  });

  it('r6-advert-mismatch checked for consistent-config: the advert_int mismatch is a static finding too', () => {
    const text = readFileSync(shippedPath('r6-advert-mismatch.pitfall'), 'utf8').replace('check:\n', 'check:\n  - consistent-config\n');
    const design = parseDesign(text, 'r6.yaml', [vrrpKind]);
    const result = check(design.model, design.properties, design.options);
    expect(violatedTrace(result, 'consistent-config').initialView).toMatchObject({ 'mismatch.gw-a/gw-b.advert_int': '1 s ≠ 2 s' });
    expect(verdicts(result)['single-master']).toBe('violated');
  });

  it('vrrp-vip-mismatch under keepalived 2.3.3: the finding stays, the two MASTERs go (the mismatch is only logged)', () => {
    const text = readFileSync(shippedPath('vrrp-vip-mismatch.pitfall'), 'utf8').replace('keepalived_version: 2.2.7', 'keepalived_version: 2.3.3');
    const design = parseDesign(text, 'newer.yaml', [vrrpKind]);
    const result = check(design.model, design.properties, design.options);
    expect(verdicts(result)).toEqual({ 'consistent-config': 'violated', 'single-master': 'holds', 'master-within-bound': 'holds' });
  });
});
