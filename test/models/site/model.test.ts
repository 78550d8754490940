/**
 * The site model composes the layers through connectivity: each network fault reaches the
 * HA stack as the layers' own faults — an advert direction lost or repaired, DRBD's link cut
 * or reconnected, the VIP interface's link — and nothing else.
 */
import { describe, expect, it } from 'vitest';
import type { SiteAction, SiteModel } from '../../../models/site/model.js';
import type { SiteState } from '../../../models/site/state.js';
import { loadDesign } from '../../../src/design/loadDesign.js';

const DIR = new URL('../../../models/designs/', import.meta.url).pathname;

function siteOf(file: string): SiteModel {
  return loadDesign(`${DIR}${file}`).model as SiteModel;
}

function elementIndex(model: SiteModel, id: string): number {
  const i = model.network.candidates.findIndex((e) => e.id === id);
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
}

function after(model: SiteModel, s: SiteState, ...actions: SiteAction[]): SiteState {
  return actions.reduce((t, a) => model.next(t, a), s);
}

describe('the site model', () => {
  it('loses the adverts of one direction only when a heartbeat cable turns one-way', () => {
    const model = siteOf('site-dns-heartbeat-cable.pitfall.yaml');
    const e = elementIndex(model, 'oneway:ns1:eth2');
    expect(model.links([e]).advert).toEqual([false, true]);
    const s = after(model, model.initialStates()[0]!, { type: 'fail', element: e });
    expect(s.ha.vrrp.lossy).toEqual([false, true, false, false]);
    expect(s.ha.vrrp.lan).toBe('connected');
  });

  it('gives the direction back with the dual-master grace when the cable is repaired', () => {
    const model = siteOf('site-dns-heartbeat-cable.pitfall.yaml');
    const e = elementIndex(model, 'link:ns1:eth2—ns2:eth2');
    const cut = after(model, model.initialStates()[0]!, { type: 'fail', element: e });
    expect(cut.ha.vrrp.lossy).toEqual([false, true, true, false]);
    expect(model.faults(cut)).toContainEqual({ type: 'repair', element: e });
    const healed = after(model, cut, { type: 'repair', element: e });
    expect(healed.ha.vrrp.lossy).toEqual([false, false, false, false]);
    expect(healed.ha.vrrp.grace).toBeGreaterThan(0);
  });

  it('cuts DRBD when the replication path is lost and reconnects it when the path is back', () => {
    const model = siteOf('site-heartbeat-switch.pitfall.yaml');
    const e = elementIndex(model, 'switch:stor-sw');
    const down = after(model, model.initialStates()[0]!, { type: 'fail', element: e });
    expect(down.ha.drbd?.link).toBe('cut');
    expect(down.ha.drbd?.nodes.map((n) => n.conn)).toEqual(['WFConnection', 'WFConnection']);
    expect(after(model, down, { type: 'repair', element: e }).ha.drbd?.link).toBe('up');
  });

  it('leaves the stack alone when a fault changes nothing it can see', () => {
    const model = siteOf('site-heartbeat-switch.fix.yaml');
    const e = elementIndex(model, 'link:nfs-a:eth1—core-b:p1');
    const s0 = model.initialStates()[0]!;
    const s1 = after(model, s0, { type: 'fail', element: e });
    expect(s1.ha).toEqual(s0.ha);
    expect(s1.down[e]).toBe(true);
  });

  it('takes the VIP interface down when both of its slaves lose their link', () => {
    const model = siteOf('site-heartbeat-switch.fix.yaml');
    const nics = ['nic:nfs-a:eth0', 'nic:nfs-a:eth1'].map((id) => elementIndex(model, id));
    const s = after(model, model.initialStates()[0]!, ...nics.map((element) => ({ type: 'fail', element }) as const));
    expect(model.links(s).carrier).toEqual([false, true]);
    expect(s.ha.nodes[0].nic).toBe(false);
    expect(model.links(s).client).toEqual([[false, true]]);
  });

  it('offers no partition, DRBD link or NIC fault of the stack: the network produces them', () => {
    const model = siteOf('site-heartbeat-switch.pitfall.yaml');
    const types = new Set(model.faults(model.initialStates()[0]!).map((a) => a.type));
    // The NFS daemons wait for notify_master, so the daemon fault is a hand start here.
    expect([...types].sort()).toEqual(['crash', 'daemonStart', 'fail', 'kill', 'stop']);
  });
});
