import { describe, expect, it } from 'vitest';
import type { VrrpModel } from '../../../models/vrrp/model.js';
import { check } from '../../../src/explore/check.js';
import { vrrpKind } from '../../../src/design/kinds/vrrp.js';
import { parseDesign } from '../../../src/design/loadDesign.js';
import { checkShipped, verdicts, violationActions } from '../../fixtures/designs.js';
import { expand } from '../../models/vrrp/walk.js';
import { diagnosticsOf, lines, where } from '../diagnosticsOf.js';

const header = ['faultline: 1', 'name: t', 'vrrp:', '  vrid: 51'];
const routers = ['  routers:', '    - { name: gw-a, priority: 150 }', '    - { name: gw-b, priority: 100 }'];
const load = (...text: string[]) => parseDesign(lines(...text), 't.yaml', [vrrpKind]);
const failure = (...text: string[]) => diagnosticsOf(() => load(...text));

describe('the vrrp-heal-garp designs (issue 12: gratuitous ARP after a heal)', () => {
  it('pitfall: after a heal whose first advert is the winner’s, host-b keeps sending to the router that stepped down', () => {
    const result = checkShipped('vrrp-heal-garp.pitfall');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds', 'traffic-reaches-master': 'violated' });
    expect(violationActions(result, 'traffic-reaches-master')).toEqual(
      expand(['tick*13', 'partition', 'downTimer(gw-a)', 'tick', 'downTimer(gw-b)', 'heal', 'tick*3', 'advert(gw-a)', 'tick*4', 'advert(gw-a)', 'tick*4', 'advert(gw-a)', 'tick*4', 'advert(gw-a)', 'tick*3']),
    );
  });

  it('fix: higher_prio_send_advert makes the winner re-announce the VIP, and every state passes', () => {
    const result = checkShipped('vrrp-heal-garp.fix');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds', 'master-within-bound': 'holds', 'traffic-reaches-master': 'holds' });
    if (result.status === 'pass') expect([result.bounds.exhaustive, result.stats.states]).toEqual([true, 6707]);
  });

  it('fix by use_vmac instead: the winner’s next advert moves the switches’ entry for the virtual MAC', () => {
    const design = load(...header, '  use_vmac: true', ...routers, '  hosts: [{ name: h-a, near: gw-a }, { name: h-b, near: gw-b }]', 'faults: { budget: 2, kinds: [partition, crash] }', 'check: [traffic-reaches-master]');
    expect(verdicts(check(design.model, design.properties, design.options))).toEqual({ 'traffic-reaches-master': 'holds' });
  });

  it('finds that a MASTER already in place sends no GARP when the other one crashes: one-way loss, then crash (a 2 s refresh fixes it)', () => {
    const text = (extra: string[]) => [...header, '  higher_prio_send_advert: true', ...extra, ...routers, '  hosts: [{ name: h-a, near: gw-a }, { name: h-b, near: gw-b }]', 'faults: { budget: 2, kinds: [loss, crash] }', 'check: [traffic-reaches-master]'];
    const lossy = load(...text([]));
    const result = check(lossy.model, lossy.properties, lossy.options);
    expect(violationActions(result, 'traffic-reaches-master')).toContain('crash(gw-a)');
    // With garp_master_delay 5 s the first refresh comes 7 s after becoming MASTER, past the 4.5 s bound.
    const late = load(...text(['  garp_master_refresh: 2']));
    expect(verdicts(check(late.model, late.properties, late.options))).toEqual({ 'traffic-reaches-master': 'violated' });
    const refreshed = load(...text(['  garp_master_delay: 0', '  garp_master_refresh: 2']));
    expect(verdicts(check(refreshed.model, refreshed.properties, refreshed.options))).toEqual({ 'traffic-reaches-master': 'holds' });
  });
});

describe('the VRRP kind’s hosts and GARP options', () => {
  it('adds one host next to each router when traffic-reaches-master is asked without hosts, and leaves hosts out otherwise', () => {
    const asked = load(...header, ...routers, 'check: [traffic-reaches-master]');
    expect((asked.model as VrrpModel).config.arp.hosts).toEqual([
      { name: 'host-gw-a', near: 0 },
      { name: 'host-gw-b', near: 1 },
    ]);
    expect((load(...header, ...routers).model as VrrpModel).config.arp.hosts).toEqual([]);
  });

  it('checks traffic-reaches-master by default once hosts are declared', () => {
    const design = load(...header, ...routers, '  hosts: [{ name: h, near: gw-b }]');
    expect(design.properties.map((p) => p.name)).toContain('traffic-reaches-master');
    expect(load(...header, ...routers).properties.map((p) => p.name)).not.toContain('traffic-reaches-master');
  });

  it('reads garp options on the section and lets a router override them', () => {
    const design = load(...header, '  garp_master_delay: 0', '  garp_lower_prio_repeat: 0', '  routers:', '    - { name: gw-a, priority: 150, garp_master_refresh: 3, higher_prio_send_advert: true }', '    - { name: gw-b, priority: 100, garp_lower_prio_repeat: 2 }', 'check: [traffic-reaches-master]');
    expect((design.model as VrrpModel).config.routers.map((r) => r.garp)).toEqual([
      { delayTicks: 0, refreshTicks: 12, lowerPrio: false, higherPrioSendAdvert: true },
      { delayTicks: 0, refreshTicks: 0, lowerPrio: true, higherPrioSendAdvert: false },
    ]);
  });

  it('rejects a host near no router and a host name used twice, at the key (FL294)', () => {
    const [d] = failure(...header, ...routers, '  hosts:', '    - { name: h, near: gw-c }');
    expect(where(d)).toBe('FL294@9:24');
    expect(failure(...header, ...routers, '  hosts:', '    - { name: gw-a, near: gw-a }').map((x) => x.code)).toEqual(['FL294']);
  });

  it('refuses a settling bound of 8 s or more, where a Linux host may have re-resolved by itself (FL238)', () => {
    const [d] = failure(...header, ...routers, 'check:', '  - traffic-reaches-master: { seconds: 8 }');
    expect(where(d)).toBe('FL238@9:40');
    expect(d!.hint).toContain('delay_first_probe_time');
    expect(failure(...header, '  advert_int: 2', ...routers, 'check: [traffic-reaches-master]').map((x) => x.code)).toEqual(['FL238']);
    const design = load(...header, ...routers, 'check:', '  - traffic-reaches-master: { seconds: 7 }');
    expect((design.model as VrrpModel).config.arp.settleTicks).toBe(28);
  });
});
