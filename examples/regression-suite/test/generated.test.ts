import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designFrom, loadDesign, replay, spof } from 'faultline';
import { faultPath, topologyDesign } from 'faultline/fast-check';
import 'faultline/vitest';

describe('generated fault sequences on our gateways', () => {
  const gateways = loadDesign('designs/office-gateways.yaml');

  it('never break a property, whatever crashes happen when', () => {
    fc.assert(
      fc.property(faultPath(gateways), (path) => {
        expect(replay(gateways, path)).not.toBeViolated();
      }),
      { numRuns: 100 },
    );
  });
});

describe('generated racks', () => {
  it('show why we ban MII-only bonds across switches: fast-check finds and shrinks the pitfall', () => {
    const survives = fc.property(topologyDesign({ faultKinds: ['inter-switch-link'], monitors: ['mii'] }), (d) => spof(designFrom(d)).rows.length === 0);
    const details = fc.check(survives, { seed: 42, numRuns: 100 });
    expect(details.failed).toBe(true);
    const shrunk = details.counterexample?.[0];
    if (shrunk === undefined || !('topology' in shrunk)) throw new Error('expected a topology counterexample');
    expect(shrunk.topology.switches).toHaveLength(2);
    expect(shrunk.topology.hosts).toHaveLength(2);
  });
});
