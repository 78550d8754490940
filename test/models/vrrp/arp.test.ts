import { describe, expect, it } from 'vitest';
import { hostReachesMaster } from '../../../models/vrrp/arp.js';
import type { VrrpParams } from '../../../models/vrrp/config.js';
import { createVrrpModel, type VrrpModel } from '../../../models/vrrp/model.js';
import type { RouterState, VrrpState } from '../../../models/vrrp/state.js';
import { instance, router } from './params.js';
import { walk } from './walk.js';

const HOSTS = [
  { name: 'host-a', near: 'gw-a' },
  { name: 'host-b', near: 'gw-b' },
];

/** gw-a (150) and gw-b (100), one host next to each. */
function pair(garp: VrrpParams['routers'][number]['garp'] = {}, extra: Partial<VrrpParams> = {}): VrrpModel {
  return createVrrpModel(instance([router('gw-a', 150, { garp }), router('gw-b', 100, { garp })], { hosts: HOSTS, faultKinds: ['partition'], ...extra }));
}

const master = (adv: number): RouterState => ({ st: 'MASTER', down: 0, adv, pd: -1, boot: 0, wait: -1, garp: -1, nic: true, vip: true, svc: false, respawn: -1 });

/**
 * Just healed: both routers MASTER (gw-b took over while cut off and told host-b), the LAN
 * connected again; `first` is the router whose advert timer is due.
 */
function healed(model: VrrpModel, first: 'gw-a' | 'gw-b'): VrrpState {
  const [s0] = model.initialStates();
  return { ...s0!, routers: first === 'gw-a' ? [master(0), master(2)] : [master(2), master(0)], hosts: [0, 1], calm: 0 };
}

const hostsOf = (model: VrrpModel, s: VrrpState): string[] => s.hosts.map((h) => model.config.routers[h]!.name);
const served = (model: VrrpModel, s: VrrpState): boolean[] => s.hosts.map((_, k) => hostReachesMaster(model.config, s, k));

describe('gratuitous ARP after a heal (keepalived, decision 0041)', () => {
  it('leaves host-b on the router that stepped down when the winner’s advert arrives first (keepalived defaults)', () => {
    const model = pair();
    const s = model.next(healed(model, 'gw-a'), { type: 'advert', router: 0 });
    expect(s.routers.map((r) => r.st)).toEqual(['MASTER', 'BACKUP']);
    expect(hostsOf(model, s)).toEqual(['gw-a', 'gw-b']);
    expect(served(model, s)).toEqual([true, false]);
  });

  it('moves host-b back with higher_prio_send_advert: the loser’s last advert draws the winner’s lower-priority GARP burst', () => {
    const model = pair({ higherPrioSendAdvert: true });
    const s = model.next(healed(model, 'gw-a'), { type: 'advert', router: 0 });
    expect(s.routers.map((r) => r.st)).toEqual(['MASTER', 'BACKUP']);
    expect(hostsOf(model, s)).toEqual(['gw-a', 'gw-a']);
    expect(served(model, s)).toEqual([true, true]);
  });

  it('moves host-b back when the loser’s advert arrives first (garp_lower_prio_repeat defaults to garp_master_repeat)', () => {
    const model = pair();
    const s = model.next(healed(model, 'gw-b'), { type: 'advert', router: 1 });
    expect(s.routers.map((r) => r.st)).toEqual(['MASTER', 'BACKUP']);
    expect(hostsOf(model, s)).toEqual(['gw-a', 'gw-a']);
  });

  it('does not with garp_lower_prio_repeat 0 (as vrrp_strict forces)', () => {
    const model = pair({ lowerPrioRepeat: 0 });
    const s = model.next(healed(model, 'gw-b'), { type: 'advert', router: 1 });
    expect(s.routers.map((r) => r.st)).toEqual(['MASTER', 'BACKUP']);
    expect(hostsOf(model, s)).toEqual(['gw-a', 'gw-b']);
  });

  it('with use_vmac follows the winner’s next advert, sent from the virtual MAC, unless adverts leave from the base interface', () => {
    const vmac = pair({}, { useVmac: true });
    expect(hostsOf(vmac, vmac.next(healed(vmac, 'gw-a'), { type: 'advert', router: 0 }))).toEqual(['gw-a', 'gw-a']);
    const base = pair({}, { useVmac: true, vmacXmitBase: true });
    expect(hostsOf(base, base.next(healed(base, 'gw-a'), { type: 'advert', router: 0 }))).toEqual(['gw-a', 'gw-b']);
  });
});

describe('GARP bursts and who hears them', () => {
  it('sends a burst on becoming MASTER to the hosts on its side only, and arms the second burst garp_master_delay later', () => {
    const model = pair();
    const s = walk(model, ['partition', 'tick*13', 'downTimer(gw-a)']);
    expect(s.hosts).toEqual([0, -1]);
    expect(s.routers[0]!.garp).toBe(20); // 5 s of 0.25 s ticks
  });

  it('sends the second burst when it falls due, then refreshes every garp_master_refresh seconds', () => {
    const model = pair({ masterDelay: 1, masterRefresh: 2 });
    const up = walk(model, ['tick*13', 'downTimer(gw-a)']);
    expect(up.routers[0]!.garp).toBe(4);
    const moved: VrrpState = { ...up, hosts: [1, 1] };
    const second = walk(model, ['~4', 'garp(gw-a)'], moved);
    expect(second.hosts).toEqual([0, 0]);
    expect(second.routers[0]!.garp).toBe(8);
  });

  it('reaches the hosts of every router on the sender’s segment during a partition (decision 0040 segments)', () => {
    const routers = [router('gw-a', 150, { segment: 'sw1' }), router('gw-b', 120, { segment: 'sw1' }), router('gw-c', 100, { segment: 'sw2' })];
    const hosts = [
      { name: 'h-a', near: 'gw-a' },
      { name: 'h-b', near: 'gw-b' },
      { name: 'h-c', near: 'gw-c' },
    ];
    const model = createVrrpModel(instance(routers, { segments: ['sw1', 'sw2'], hosts, faultKinds: ['partition'] }));
    const s = walk(model, ['partition', 'tick*13', 'downTimer(gw-a)']);
    expect(s.hosts).toEqual([0, 0, -1]);
  });

  it('arms no timed burst with garp_master_delay 0 and no refresh', () => {
    const model = pair({ masterDelay: 0 });
    expect(walk(model, ['tick*13', 'downTimer(gw-a)']).routers[0]!.garp).toBe(-1);
  });

  it('adds no byte to the state of a design without hosts', () => {
    const without = createVrrpModel(instance([router('gw-a', 150), router('gw-b', 100)], { faultKinds: ['partition'] }));
    const withHosts = pair();
    expect(without.codec.width).toBe(19);
    // A GARP timer per router and an entry per host; no settling counter until the property asks for one.
    expect(withHosts.codec.width).toBe(19 + 2 + 2);
  });
});
