import { describe, expect, it } from 'vitest';
import { aggregationBlockers, resolveLacpConfig } from '../../../models/lacp/config.js';
import { createLacpModel } from '../../../models/lacp/model.js';
import { bundled, forwarding } from '../../../models/lacp/state.js';
import { enabled, walk } from '../vrrp/walk.js';
import { bundle, leaf, server, twoMembers } from './params.js';

const booted = bundle({ server: server({ pxe: false }) });

describe('the LACP model', () => {
  it('bundles both members one tick after an OS with an active bond meets an active switch', () => {
    const model = createLacpModel(booted);
    const s = walk(model, ['tick']);
    expect([bundled(model.config, s, 0), bundled(model.config, s, 1)]).toEqual([true, true]);
    expect(s.agg).toBe(0);
  });

  it('lets a passive server answer an active switch within two ticks', () => {
    const model = createLacpModel(bundle({ server: server({ pxe: false, mode: 'passive' }) }));
    const one = walk(model, ['tick']);
    expect(bundled(model.config, one, 0)).toBe(false);
    expect(bundled(model.config, walk(model, ['tick'], one), 0)).toBe(true);
  });

  it('never exchanges a LACPDU when both ends are passive', () => {
    const model = createLacpModel(bundle({ switches: [leaf({ mode: 'passive' })], server: server({ pxe: false, mode: 'passive' }) }));
    const s = walk(model, ['tick*10']);
    expect(s.members.every((m) => m.swRx === 0 && m.svRx === 0)).toBe(true);
  });

  it('keeps a PXE server without a forwarding member when the switch has no fallback', () => {
    const model = createLacpModel(bundle());
    const s = walk(model, ['tick*70']);
    expect(s.phase).toBe('pxe');
    expect(enabled(model, s)).toEqual(['tick', 'memberDown(eth0)', 'memberDown(eth1)', 'reboot(srv1)']);
  });

  it('falls back after the timeout, boots, installs and then bundles (fallback ends at the first LACPDU)', () => {
    const model = createLacpModel(bundle({ switches: [leaf({ fallback: 'individual', fallbackTimeout: 30 })] }));
    const fellBack = walk(model, ['tick*30', 'fallback(leaf1)']);
    expect([forwarding(model.config, fellBack, 0), forwarding(model.config, fellBack, 1)]).toEqual([true, true]);
    const up = walk(model, ['pxeBoot', 'tick*10', 'osUp', 'tick'], fellBack);
    expect(up.switches[0]!.indiv).toBe(false);
    expect([bundled(model.config, up, 0), bundled(model.config, up, 1)]).toEqual([true, true]);
  });

  it('forwards on one member only in static fallback', () => {
    const model = createLacpModel(bundle({ switches: [leaf({ fallback: 'static', fallbackTimeout: 15 })] }));
    const s = walk(model, ['tick*15', 'fallback(leaf1)']);
    expect([forwarding(model.config, s, 0), forwarding(model.config, s, 1)]).toEqual([true, false]);
    const moved = walk(model, ['memberDown(eth0)'], s);
    expect(forwarding(model.config, moved, 1)).toBe(true);
  });

  it('keeps stale partner information for 90 s at the slow rate after a warm reboot', () => {
    const model = createLacpModel(bundle({ server: server({ pxe: false, rate: 'slow' }), switches: [leaf({ rate: 'slow' })] }));
    const s = walk(model, ['tick', 'reboot(srv1)']);
    expect(s.members[0]!.swRx).toBe(90);
  });

  it('names why members can never form one bundle', () => {
    expect(aggregationBlockers(resolveLacpConfig(booted))).toEqual([]);
    const mixed = resolveLacpConfig(bundle({ members: [twoMembers[0]!, { ...twoMembers[1]!, speed: 1000 }] }));
    expect(aggregationBlockers(mixed)).toEqual(['member speeds differ (10000, 1000 Mb/s): different keys']);
    const split = resolveLacpConfig(bundle({ switches: [leaf(), leaf({ name: 'leaf2', system: 'leaf2' })], members: [twoMembers[0]!, { ...twoMembers[1]!, switch: 1 }] }));
    expect(aggregationBlockers(split)).toEqual(['members reach 2 partner systems: one aggregator each']);
    expect(createLacpModel(split).view!(createLacpModel(split).initialStates()[0]!)['cannotAggregate']).toContain('2 partner systems');
  });
});
