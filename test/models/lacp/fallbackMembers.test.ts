/**
 * How many members forward in LACP fallback (`one-member-in-fallback`): every member with
 * `fallback individual`, one with `fallback static`; the first LACPDU ends either.
 */
import { describe, expect, it } from 'vitest';
import { createLacpModel } from '../../../models/lacp/model.js';
import { membersInFallback, oneMemberInFallback } from '../../../properties/lacp.js';
import { check } from '../../../src/explore/check.js';
import { checkShipped, verdicts, violatedTrace, violationActions } from '../../fixtures/designs.js';

const model = (fallback: 'individual' | 'static', members = 2) =>
  createLacpModel({
    switches: [{ name: 'leaf1', system: 'leaf1', mode: 'active', rate: 'fast', fallback, fallbackTimeout: 5 }],
    server: { name: 'srv1', mode: 'active', rate: 'fast', pxe: true, pxeTimeout: 60, installSeconds: 3 },
    members: Array.from({ length: members }, (_, i) => ({ name: `eth${i}`, switch: 0, speed: 10000 })),
  });

describe('the lacp-fallback-members designs', () => {
  it('pitfall: individual fallback forwards on both members after 30 s without a LACPDU, with no fault', () => {
    const result = checkShipped('lacp-fallback-members.pitfall');
    expect(verdicts(result)).toEqual({ 'pxe-boot-succeeds': 'holds', 'lag-formed': 'holds', 'one-member-in-fallback': 'violated' });
    const actions = violationActions(result, 'one-member-in-fallback');
    expect(actions.at(-1)).toBe('fallback(leaf1)');
    expect(violatedTrace(result, 'one-member-in-fallback').steps.filter((s) => s.fault)).toHaveLength(0);
  });

  it('fix: static fallback keeps one member forwarding, with any single member failure or reboot', () => {
    const result = checkShipped('lacp-fallback-members.fix');
    expect(verdicts(result)).toEqual({ 'pxe-boot-succeeds': 'holds', 'lag-formed': 'holds', 'one-member-in-fallback': 'holds' });
  });
});

describe('members forwarding in fallback', () => {
  it('counts every member with link under individual fallback, and none once LACPDUs end it', () => {
    const m = model('individual', 3);
    const result = check(m, [oneMemberInFallback(m.config)], { maxFaults: 0 });
    expect(verdicts(result)).toEqual({ 'one-member-in-fallback': 'violated' });
    const last = violatedTrace(result, 'one-member-in-fallback').steps.at(-1)!;
    expect(membersInFallback(m.config, last.state as never)).toEqual(['eth0', 'eth1', 'eth2']);
  });

  it('keeps one member under static fallback, moving it when that member fails', () => {
    const m = model('static', 3);
    expect(verdicts(check(m, [oneMemberInFallback(m.config)], { maxFaults: 2 }))).toEqual({ 'one-member-in-fallback': 'holds' });
  });
});
