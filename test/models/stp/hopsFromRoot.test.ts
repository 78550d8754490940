import { describe, expect, it } from 'vitest';
import type { L2Model } from '../../../models/l2/l2Model.js';
import { hopsFromRoot } from '../../../models/stp/hopsFromRoot.js';
import { bridgesBeyondMaxAge } from '../../../properties/stpMaxAge.js';
import { checkShipped, loadShipped, verdicts, violationActions } from '../../fixtures/designs.js';

const ring = (kind: 'pitfall' | 'fix') => loadShipped(`stp-max-age-hops.${kind}`).model as L2Model;
const failing = (model: L2Model, id: string) => ({ failed: [model.candidates.findIndex((e) => e.id === id)] });

describe('Max Age as a hop limit (issue 12, item 8)', () => {
  it('counts hops from the root along root ports: the intact ring of eight is four deep', () => {
    const model = ring('pitfall');
    const hops = hopsFromRoot(model.converged({ failed: [] }).stp);
    expect(Object.fromEntries(hops)).toEqual({ S1: 0, S2: 1, S3: 2, S4: 3, S5: 4, S6: 3, S7: 2, S8: 1 });
  });

  it('puts S2 seven hops out once the link next to the root is cut, beyond max_age 6', () => {
    const model = ring('pitfall');
    expect(bridgesBeyondMaxAge(model, failing(model, 'link:L1-2'))).toEqual([{ bridge: 'S2', hops: 7, maxAge: 6 }]);
    expect(bridgesBeyondMaxAge(model, { failed: [] })).toEqual([]);
  });

  it('pitfall: stp-within-max-age fails after one inter-switch link failure', () => {
    const result = checkShipped('stp-max-age-hops.pitfall');
    expect(verdicts(result)).toEqual({ 'stp-within-max-age': 'violated', 'no-forwarding-loop': 'holds' });
    expect(violationActions(result, 'stp-within-max-age')).toEqual(['link S1:p2—S2:p1 down']);
  });

  it('fix: holds for every single inter-switch link failure with max_age 20', () => {
    const result = checkShipped('stp-max-age-hops.fix');
    expect(verdicts(result)).toEqual({ 'stp-within-max-age': 'holds', 'no-forwarding-loop': 'holds' });
    if (result.status === 'pass') expect([result.bounds.exhaustive, result.stats.states]).toEqual([true, 9]);
  });
});
