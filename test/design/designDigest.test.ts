import { describe, expect, it } from 'vitest';
import { designDigest } from '../../src/design/designDigest.js';
import { parseDesign } from '../../src/design/loadDesign.js';

const text = `faultline: 1
name: gateway-pair
vrrp:
  vrid: 51
  routers:
    - { name: gw-a, priority: 150 }
    - { name: gw-b, priority: 100 }
check: [single-master]
`;

describe('the digest of a design as loaded', () => {
  it('stays when only comments and layout change, and changes with anything checked', () => {
    const digest = designDigest(parseDesign(text, 'pair.yaml'));
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(designDigest(parseDesign(`# a comment\n${text.replace('vrid: 51', 'vrid:   51')}`, 'pair.yaml'))).toBe(digest);
    expect(designDigest(parseDesign(text.replace('priority: 100', 'priority: 90'), 'pair.yaml'))).not.toBe(digest);
  });
});
