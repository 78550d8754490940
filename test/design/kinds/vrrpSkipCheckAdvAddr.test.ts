import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vrrpKind } from '../../../src/design/kinds/vrrp.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { check } from '../../../src/explore/check.js';
import { shippedPath, verdicts } from '../../fixtures/designs.js';

describe('skip_check_adv_addr (issue 12: keepalived options)', () => {
  it('does not make keepalived accept a peer whose virtual_ipaddress differs from the start: the mismatch pitfall fails the same way', () => {
    const text = readFileSync(shippedPath('vrrp-vip-mismatch.pitfall'), 'utf8').replace('  keepalived_version: 2.2.7\n', '  keepalived_version: 2.2.7\n  skip_check_adv_addr: true\n');
    expect(text).toContain('skip_check_adv_addr: true');
    const design = parseDesign(text, 'skip.yaml', [vrrpKind]);
    expect(verdicts(check(design.model, design.properties, design.options))).toEqual({
      'consistent-config': 'violated',
      'single-master': 'violated',
      'master-within-bound': 'holds',
    });
  });
});
