import { describe, expect, it } from 'vitest';
import { spof } from '../../src/api/spof.js';
import { FaultlineError } from '../../src/core/errors.js';
import { loadDesign } from '../../src/design/loadDesign.js';

describe('spof', () => {
  it('finds the two single failures that cut the L5 pitfall, each with a replayable path', () => {
    const report = spof(loadDesign('models/designs/l5-access-mii.pitfall.yaml'));
    expect(report.complete).toBe(true);
    expect(report.rows.map((r) => r.faultSet[0]![0]!.label)).toEqual(['switch Switch1 down', 'link Switch1:p47—Switch3:p48 down']);
    expect(report.rows.every((r) => r.breaks.map((b) => b.property).join() === 'reachable')).toBe(true);
    expect(report.rows[0]!.trace).toMatchObject({ path: expect.stringMatching(/^0\/\d+$/), steps: ['switch Switch1 down'] });
  });

  it('finds nothing in the L5 fix with single failures', () => {
    const report = spof(loadDesign('models/designs/l5-access-mii.fix.yaml'));
    expect(report.rows).toEqual([]);
    expect(report.faultSets).toBe(37);
  });

  it('refuses a design whose kind has no fault-set sweep with FL104', () => {
    const design = loadDesign('models/designs/r6-advert-mismatch.pitfall.yaml');
    expect(() => spof(design)).toThrow(FaultlineError);
    expect(() => spof(design)).toThrow(/FL104/);
  });
});
