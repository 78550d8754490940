import { describe, expect, it } from 'vitest';
import { check, designFrom, loadDesign, simulate, spof, type Design } from 'faultline';
import 'faultline/vitest';

describe('our office gateways', () => {
  const gateways = loadDesign('designs/office-gateways.yaml');

  it('keep one master and never fail back, under any two crashes', () => {
    const result = check(gateways);
    expect(result).toHold('single-master');
    expect(result).toHold('no-failback-under-nopreempt');
    expect(result).toHold();
  });

  it('hold on random walks too (the seed is printed if one fails)', () => {
    expect(simulate(gateways, { runs: 200 })).toHold();
  });

  it('would fail back if nopreempt moved to gw-b: the regression we guard against', () => {
    const misplaced: Design = {
      faultline: 1,
      name: 'office-gateways-misplaced',
      vrrp: { version: 2, vrid: 52, routers: [{ name: 'gw-a', priority: 150, state: 'BACKUP' }, { name: 'gw-b', priority: 100, state: 'BACKUP', nopreempt: true }] },
      faults: { budget: 2, kinds: ['crash'] },
      check: ['single-master', 'no-failback-under-nopreempt'],
    };
    const result = check(designFrom(misplaced));
    expect(result).toBeViolated('no-failback-under-nopreempt');
    expect(result).toHold('single-master');
  });
});

describe('our rack', () => {
  const rack = loadDesign('designs/rack.yaml');

  it('survives every single cable and NIC failure', () => {
    expect(spof(rack)).toBreakNothing();
  });

  it('would be cut in two by the inter-switch cable if the bonds watched carrier only', () => {
    if (!('topology' in rack.document)) throw new Error('the rack is a topology design');
    const text = JSON.stringify(rack.document);
    const mii = JSON.parse(text.replace(/"monitor":\{"arp":\{[^}]*\}\}/g, '"monitor":{"mii":{"miimon":100}}')) as Design;
    const report = spof(designFrom({ ...mii, name: 'rack-mii', check: ['reachable'] }));
    expect(report).not.toBreakNothing();
    expect(report.rows[0]?.faultSet[0]?.[0]?.label).toBe('link tor1:p48—tor2:p48 down');
  });
});
