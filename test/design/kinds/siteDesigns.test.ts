/**
 * The reference sites (models/designs/site-*): each pitfall needs a chain across layers and
 * is found from the file by `check` and by `simulate --seed 1`; each fix passes with one
 * fault of every kind the site can suffer. State counts are pinned: a change of semantics
 * shows up here as a changed number.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/explore/check.js';
import { simulate } from '../../../src/explore/simulate.js';
import { loadDesign } from '../../../src/design/loadDesign.js';
import type { CheckResult } from '../../../src/core/result.js';

const DIR = new URL('../../../models/designs/', import.meta.url).pathname;
const load = (file: string) => loadDesign(`${DIR}${file}`);

function violated(result: CheckResult<unknown>): string[] {
  if (result.status === 'error') expect.fail(`${result.error.code} ${result.error.message}`);
  return result.verdicts.filter((v) => v.status === 'violated').map((v) => v.property.name);
}

/** The labels of the fault steps of `property`'s counterexample. */
function faultsOf(result: CheckResult<unknown>, property: string): string[] {
  if (result.status === 'error') return [];
  const v = result.verdicts.find((x) => x.property.name === property);
  return v?.status === 'violated' ? v.trace.steps.filter((s) => s.fault).map((s) => s.action) : [];
}

const pitfalls = [
  { file: 'site-heartbeat-switch.pitfall.yaml', broken: ['single-primary', 'no-split-brain', 'no-acked-write-lost', 'replicated-within', 'clients-served', 'single-master-seen'], property: 'single-primary', fault: 'switch stor-sw down', states: 24_887 },
  { file: 'site-mii-uplink.pitfall.yaml', broken: ['clients-served'], property: 'clients-served', fault: 'switch core-a down', states: 55_002 },
  { file: 'site-replication-cable.pitfall.yaml', broken: ['replicated-within'], property: 'replicated-within', fault: 'link nfs-a:eth2—nfs-b:eth2 down', states: 84_829 },
  { file: 'site-dns-heartbeat-cable.pitfall.yaml', broken: ['single-master-seen'], property: 'single-master-seen', fault: 'link ns1:eth2—ns2:eth2 down', states: 13_230 },
];

const fixes = [
  { file: 'site-heartbeat-switch.fix.yaml', states: 54_211 },
  { file: 'site-mii-uplink.fix.yaml', states: 64_531 },
  { file: 'site-replication-cable.fix.yaml', states: 54_211 },
  { file: 'site-dns-heartbeat-cable.fix.yaml', states: 13_401 },
];

describe('reference sites', () => {
  it.each(pitfalls)('finds the cross-layer chain of $file with one fault', ({ file, broken, property, fault, states }) => {
    const design = load(file);
    const result = check(design.model, design.properties, design.options);
    expect(violated(result)).toEqual(broken);
    expect(faultsOf(result, property)).toEqual([fault]);
    expect(result.status !== 'error' && result.stats.states).toBe(states);
  });

  it.each(pitfalls)('finds $file by simulate --seed 1 as well', ({ file, property }) => {
    const design = load(file);
    const result = simulate(design.model, design.properties, { seed: 1, maxFaults: design.options.maxFaults ?? 1, shrink: true });
    expect(violated(result.result)).toContain(property);
  });

  it.each(fixes)('passes $file exhaustively with every fault kind the site can suffer (a rogue bridge is opt-in)', ({ file, states }) => {
    const design = load(file);
    const result = check(design.model, design.properties, design.options);
    expect(result.status).toBe('pass');
    expect(result.status === 'pass' && [result.bounds.exhaustive, result.stats.states]).toEqual([true, states]);
    expect(design.faultScope.omitted).toEqual(['rogue-bridge']);
    expect(design.faultScope.explored).toEqual(expect.arrayContaining(['link', 'gray-link', 'one-way', 'switch', 'crash', 'stop', 'kill', 'daemon']));
  });

  it('says which kinds the MII pitfall leaves out', () => {
    expect(load('site-mii-uplink.pitfall.yaml').faultScope.omitted).toEqual(['gray-link', 'gray-switch', 'one-way', 'rogue-bridge']);
  });
});
