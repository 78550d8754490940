import { describe, expect, it } from 'vitest';
import { converge, l2ContextOf } from '../../../models/l2/converge.js';
import type { BondMonitor, BondSpec, Topology } from '../../../models/l2/topology.js';
import { checkShipped, loadShipped, verdicts, violationActions } from '../../fixtures/designs.js';
import type { L2Model } from '../../../models/l2/l2Model.js';
import { l3Topology } from './seedTopologies.js';

const SERVER1_ETH0 = 'Server1:eth0—Switch1:Server1';

/** l3Topology with Server1's bond in `mode` under `monitor`. */
function withServer1Bond(monitor: BondMonitor, mode: BondSpec['mode'] = 'active-backup'): Topology {
  const topo = l3Topology({ interSwitchLink: true });
  return { ...topo, bonds: topo.bonds!.map((b) => (b.host === 'Server1' ? { ...b, mode, monitor } : b)) };
}

describe('bonds without link monitoring', () => {
  it('keeps an active-backup bond with miimon 0 on its dead preferred slave: no failover', () => {
    const net = converge(l2ContextOf(withServer1Bond({ kind: 'mii', miimon: 0 })), [`link:${SERVER1_ETH0}`]);
    expect(net.bond('Server1:bond0').used).toEqual(['eth0']);
    expect(net.reachable('Server1', 'Server2')).toBe(false);
  });

  it('is just as blind with use_carrier 0 on a driver that reports no link state', () => {
    const blind: BondMonitor = { kind: 'mii', miimon: 100, useCarrier: false, driverReportsLink: false };
    const net = converge(l2ContextOf(withServer1Bond(blind)), [`link:${SERVER1_ETH0}`]);
    expect(net.bond('Server1:bond0').used).toEqual(['eth0']);
    expect(net.reachable('Server1', 'Server2')).toBe(false);
  });

  it('fails over with use_carrier 0 when the driver answers link queries', () => {
    const net = converge(l2ContextOf(withServer1Bond({ kind: 'mii', miimon: 100, useCarrier: false })), [`link:${SERVER1_ETH0}`]);
    expect(net.bond('Server1:bond0').used).toEqual(['eth1']);
    expect(net.reachable('Server1', 'Server2')).toBe(true);
  });

  it('still skips a slave without carrier in balance-rr, whose transmit path tests the carrier', () => {
    const net = converge(l2ContextOf(withServer1Bond({ kind: 'mii', miimon: 0 }, 'balance-rr')), [`link:${SERVER1_ETH0}`]);
    expect(net.bond('Server1:bond0').used).toEqual(['eth1']);
  });

  it('keeps receiving on the dead preferred slave in balance-tlb', () => {
    const net = converge(l2ContextOf(withServer1Bond({ kind: 'mii', miimon: 0 }, 'balance-tlb')), [`link:${SERVER1_ETH0}`]);
    expect(net.bond('Server1:bond0').used).toEqual(['eth0', 'eth1']);
  });
});

describe('the bond-no-monitor designs', () => {
  it('pitfall: loses Server1 when its preferred cable is pulled', () => {
    const result = checkShipped('bond-no-monitor.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'reachable')).toEqual(['link Server1:eth0—Switch1:p1 down']);
    if (result.status !== 'error') expect(result.stats.states).toBe(21);
  });

  it('pitfall: breaks on either server’s preferred cable, NIC or switch port — both bonds are blind', () => {
    const design = loadShipped('bond-no-monitor.pitfall');
    const model = design.model as L2Model;
    const reachable = design.properties.find((p) => p.name === 'reachable')!;
    const breaking = model.candidates.flatMap((e, i) => (reachable.kind === 'always' && !reachable.holds({ failed: [i] }) ? [e.id] : []));
    expect(breaking.sort()).toEqual(
      ['link:Server1:eth0—Switch1:p1', 'link:Server2:eth0—Switch1:p2', 'nic:Server1:eth0', 'nic:Server2:eth0', 'port:Switch1:p1', 'port:Switch1:p2'].sort(),
    );
  });

  it('fix: survives every single cable, NIC and switch-port failure, exhaustively', () => {
    const result = checkShipped('bond-no-monitor.fix');
    expect(verdicts(result)).toEqual({ reachable: 'holds', 'no-forwarding-loop': 'holds' });
    if (result.status !== 'error') expect(result.stats.states).toBe(21);
  });
});
