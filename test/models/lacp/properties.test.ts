import { describe, expect, it } from 'vitest';
import { createLacpModel } from '../../../models/lacp/model.js';
import { defaultFormBound, lacpProperties, lagFormed, pxeBootSucceeds } from '../../../properties/lacp.js';
import type { CheckResult } from '../../../src/core/result.js';
import { check } from '../../../src/explore/check.js';
import { simulate } from '../../../src/explore/simulate.js';
import { expand } from '../vrrp/walk.js';
import { bundle, leaf, server } from './params.js';

function actionsOf<S>(result: CheckResult<S>, property: string): string[] {
  const verdict = result.status === 'error' ? undefined : result.verdicts.find((v) => v.property.name === property);
  if (verdict?.status !== 'violated') throw new Error(`${property} is ${verdict?.status}`);
  return verdict.trace.steps.map((s) => s.action);
}

describe('pxe-boot-succeeds', () => {
  it('fails 61 s after power-on without fallback, with no fault', () => {
    const model = createLacpModel(bundle());
    const result = check(model, [pxeBootSucceeds(model.config)], { maxFaults: 0 });
    expect(actionsOf(result, 'pxe-boot-succeeds')).toEqual(expand(['tick*61']));
  });

  it("fails with Arista's default 90 s fallback timeout against a 60 s PXE ROM", () => {
    const model = createLacpModel(bundle({ switches: [leaf({ fallback: 'individual', fallbackTimeout: 90 })] }));
    expect(check(model, [pxeBootSucceeds(model.config)], { maxFaults: 0 }).status).toBe('violation');
  });

  it('fails after a warm reboot at the slow rate: 90 s of stale partner info come before the fallback clock', () => {
    const model = createLacpModel(bundle({ switches: [leaf({ fallback: 'static', fallbackTimeout: 30, rate: 'slow' })] }));
    const result = check(model, [pxeBootSucceeds(model.config)], { maxFaults: 1 });
    expect(actionsOf(result, 'pxe-boot-succeeds')).toEqual(
      expand(['tick*30', 'fallback(leaf1)', 'pxeBoot', 'tick*10', 'osUp', 'tick', 'reboot(srv1)', 'tick*61']),
    );
  });

  it('holds with a 30 s fallback at the fast rate under every single fault (pinned state count)', () => {
    const model = createLacpModel(bundle({ switches: [leaf({ fallback: 'individual', fallbackTimeout: 30 })] }));
    // Individual fallback forwards on both members: one-member-in-fallback fails (fallbackMembers.test.ts).
    const result = check(model, lacpProperties(model.config).filter((p) => p.name !== 'one-member-in-fallback'), { maxFaults: 1 });
    expect(result.status).toBe('pass');
    expect(result.status !== 'error' && [result.stats.states, result.stats.transitions]).toEqual([2921, 3056]);
  });
});

describe('lag-formed', () => {
  it('defaults to PXE timeout + install + 5 s, or 5 s for a server that boots from disk', () => {
    expect(defaultFormBound(createLacpModel(bundle()).config)).toBe(75);
    expect(defaultFormBound(createLacpModel(bundle({ server: server({ pxe: false }) })).config)).toBe(5);
  });

  it('holds for a passive server behind an active switch, and fails once the switch is passive too', () => {
    const ok = createLacpModel(bundle({ server: server({ pxe: false, mode: 'passive' }) }));
    expect(check(ok, [lagFormed(ok.config)], { maxFaults: 1 }).status).toBe('pass');
    const pp = createLacpModel(bundle({ switches: [leaf({ mode: 'passive' })], server: server({ pxe: false, mode: 'passive' }) }));
    expect(actionsOf(check(pp, [lagFormed(pp.config)], { maxFaults: 1 }), 'lag-formed')).toEqual(expand(['tick*6']));
  });
});

describe('random mode on the LACP model', () => {
  it('finds the PXE failure without fallback', () => {
    const model = createLacpModel(bundle());
    const { result } = simulate(model, [pxeBootSucceeds(model.config)], { seed: 3, runs: 100, maxSteps: 100, maxFaults: 1 });
    expect(result.status).toBe('violation');
    const steps = actionsOf(result, 'pxe-boot-succeeds');
    expect(steps.filter((a) => a === 'tick').length).toBeGreaterThanOrEqual(61);
    expect(steps.length).toBeLessThanOrEqual(64);
  });
});
