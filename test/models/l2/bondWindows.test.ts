/**
 * Bond black-hole windows around a fault and its repair (`bond-failover-within`): miimon +
 * downdelay before a dead active slave is dropped, updelay against the switch port's
 * spanning-tree Listening/Learning before a returning slave is used, and the kernel's rounding
 * of both to a multiple of miimon.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { L2Model } from '../../../models/l2/l2Model.js';
import { bondWindowsOf } from '../../../models/l2/bondWindows.js';
import { topologyKind } from '../../../src/design/kinds/topology.js';
import { parseDesign, type LoadedDesign } from '../../../src/design/loadDesign.js';
import { check } from '../../../src/explore/check.js';
import { checkShipped, shippedPath, verdicts, violatedTrace, violationActions } from '../../fixtures/designs.js';
import { diagnosticsOf, where } from '../../design/diagnosticsOf.js';

const PITFALL = readFileSync(shippedPath('bond-updelay.pitfall'), 'utf8');

/** The pitfall design with `edits` ([from, to] text replacements) applied. */
function variant(...edits: (readonly [string | RegExp, string])[]): LoadedDesign {
  const text = edits.reduce((t, [from, to]) => t.replace(typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : from, to), PITFALL);
  return parseDesign(text, 't.yaml', [topologyKind]);
}

/** The single faults (element ids) after which, or after whose repair, the property fails. */
function breakingFaults(design: LoadedDesign): string[] {
  const model = design.model as L2Model;
  const property = design.properties.find((p) => p.name === 'bond-failover-within')!;
  return model.candidates.flatMap((e, i) => (property.holds({ failed: [i] }) ? [] : [e.id])).sort();
}

/** The windows of one fault of `design`, by element id. */
function windowsAfter(design: LoadedDesign, ...ids: string[]) {
  const model = design.model as L2Model;
  const failed = ids.map((id) => model.candidates.findIndex((e) => e.id === id)).sort((a, b) => a - b);
  return bondWindowsOf(model, { failed }).map((w) => ({ bond: w.bond, on: w.on, slave: w.slave, ms: w.ms }));
}

const ETH0 = 'link:Server1:eth0—Switch1:p1';
const SERVER_ETH0_FAULTS = [ETH0, 'link:Server2:eth0—Switch1:p2', 'nic:Server1:eth0', 'nic:Server2:eth0', 'port:Switch1:p1', 'port:Switch1:p2'].sort();

describe('the bond-updelay designs', () => {
  it('pitfall: finds the 30 s black hole of a failback with updelay 0 into a port in Listening/Learning, after one cable pull', () => {
    const result = checkShipped('bond-updelay.pitfall');
    expect(verdicts(result)).toEqual({ reachable: 'holds', 'bond-failover-within': 'violated' });
    expect(violationActions(result, 'bond-failover-within')).toEqual(['link Server1:eth0—Switch1:p1 down']);
    const last = violatedTrace(result, 'bond-failover-within').steps.at(-1)!;
    expect(JSON.stringify(last)).toContain('30 s on eth0');
    if (result.status !== 'error') expect(result.stats.states).toBe(15);
  });

  it('pitfall: breaks on either server’s primary cable, NIC or switch port, and on no backup slave (no failback to it)', () => {
    expect(breakingFaults(variant())).toEqual(SERVER_ETH0_FAULTS);
    expect(windowsAfter(variant(), ETH0)).toEqual([{ bond: 'Server1:bond0', on: 'fault', slave: 'eth0', ms: 300 }, { bond: 'Server1:bond0', on: 'repair', slave: 'eth0', ms: 30_000 }]);
  });

  it('fix: holds for every single cable, NIC and switch-port failure and its repair, exhaustively', () => {
    const result = checkShipped('bond-updelay.fix');
    expect(verdicts(result)).toEqual({ reachable: 'holds', 'bond-failover-within': 'holds' });
    if (result.status !== 'error') expect(result.stats.states).toBe(15);
  });
});

describe('bond windows', () => {
  it('has none with updelay 0 when the server ports are edge ports (portfast): they forward at once', () => {
    const design = variant([/speed: 10G \}/g, 'speed: 10G, stp: { edge: true } }']);
    expect(breakingFaults(design)).toEqual([]);
  });

  it('waits two forward delays on an RSTP port facing a host too (no agreement; AutoEdge not modelled)', () => {
    const design = variant(['mode: stp', 'mode: rstp'], ['forward_delay: 15', 'forward_delay: 4']);
    expect(windowsAfter(design, ETH0)).toEqual([{ bond: 'Server1:bond0', on: 'fault', slave: 'eth0', ms: 300 }, { bond: 'Server1:bond0', on: 'repair', slave: 'eth0', ms: 8_000 }]);
  });

  it('takes the forward delay of the tree’s root, not of the switch the port is on', () => {
    const design = variant(['priority: 8192, forward_delay: 15', 'priority: 8192, forward_delay: 30']);
    expect(windowsAfter(design, ETH0).map((w) => w.ms)).toEqual([300, 30_000]);
  });

  it('has no repair window without primary: active-backup then stays on the slave that took over', () => {
    expect(breakingFaults(variant([', primary: eth0', '']))).toEqual([]);
  });

  it('has none when the bond had no working slave: the kernel ignores updelay and nothing was lost', () => {
    const design = variant();
    expect(windowsAfter(design, ETH0, 'link:Server1:eth1—Switch2:p1')).toEqual([]);
    expect((design.properties.find((p) => p.name === 'bond-failover-within')!).holds({ failed: [0, 1] })).toBe(true);
  });

  it('charges miimon + downdelay to a fault: a downdelay longer than the service’s bound fails it', () => {
    const design = variant(['updelay: 0', 'updelay: 30000'], ['downdelay: 200', 'downdelay: 5000']);
    expect(windowsAfter(design, ETH0)).toEqual([{ bond: 'Server1:bond0', on: 'fault', slave: 'eth0', ms: 5_100 }]);
    expect(breakingFaults(design)).toEqual(SERVER_ETH0_FAULTS);
  });

  it('has no window for a bond that round-robins: the transmit path skips a slave without carrier, and every slave is used', () => {
    const design = variant([/mode: active-backup/g, 'mode: balance-rr'], [/updelay: 0/g, 'updelay: 30000'], [/downdelay: 200/g, 'downdelay: 5000']);
    expect(breakingFaults(design)).toEqual([]);
  });

  it('applies a delay as the kernel rounds it down to a multiple of miimon, and warns at the value', () => {
    const design = variant(['updelay: 0, downdelay: 200 } } }\n    - { host: Server2', 'updelay: 29950, downdelay: 200 } } }\n    - { host: Server2']);
    expect(windowsAfter(design, ETH0)).toEqual([{ bond: 'Server1:bond0', on: 'fault', slave: 'eth0', ms: 300 }, { bond: 'Server1:bond0', on: 'repair', slave: 'eth0', ms: 100 }]);
    expect(design.warnings?.map(where)).toEqual(['FL208@41:135']);
    expect(design.warnings?.[0]?.message).toBe('bond Server1:bond0: updelay 29950 is not a multiple of miimon 100; the kernel rounds it to 29900 ms');
  });

  it('rejects a delay with miimon 0, which the kernel refuses', () => {
    const [d] = diagnosticsOf(() => variant(['miimon: 100, updelay: 0, downdelay: 200 } } }\n    - { host: Server2', 'miimon: 0, downdelay: 200 } } }\n    - { host: Server2']));
    expect(d?.code).toBe('FL209');
    expect(d?.message).toBe('bond Server1:bond0: downdelay 200 with miimon 0');
  });

  it('needs the service’s bound in seconds', () => {
    const [d] = diagnosticsOf(() => variant(['bond-failover-within: { seconds: 2 }', 'bond-failover-within: {}']));
    expect(d?.code).toBe('FL258');
  });

  it('still shows a one-fault trace under budget 2: the fewest faults the window needs', () => {
    const design = variant([/budget: 1/, 'budget: 2']);
    const result = check(design.model, design.properties, design.options);
    expect(verdicts(result)['bond-failover-within']).toBe('violated');
    expect(violationActions(result, 'bond-failover-within')).toEqual(['link Server1:eth0—Switch1:p1 down']);
  });
});
