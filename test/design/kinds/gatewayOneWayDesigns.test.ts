import { describe, expect, it } from 'vitest';
import { checkShipped, verdicts, violationActions } from '../../fixtures/designs.js';

describe('the gateway-one-way-link designs (issue 12, item 1)', () => {
  it('pitfall: finds two masters only when Switch1’s frames towards Switch2 are lost', () => {
    const result = checkShipped('gateway-one-way-link.pitfall');
    expect(verdicts(result)).toEqual({ 'single-master': 'violated' });
    expect(violationActions(result, 'single-master')).toEqual(['link Switch1:p48—Switch2:p48 loses Switch1:p48→Switch2:p48']);
  });

  it('fix: keeps one master for a one-way failure of either inter-switch link, exhaustively', () => {
    const result = checkShipped('gateway-one-way-link.fix');
    expect(verdicts(result)).toEqual({ 'single-master': 'holds' });
    if (result.status === 'pass') expect([result.bounds.exhaustive, result.stats.states]).toEqual([true, 5]);
  });
});
