/** The R5 converged MC-LAG reference pair (models/designs/r5-mclag-converged.*): verdicts and traces. */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/core/result.js';
import { loadDesign } from '../../../src/design/loadDesign.js';
import { check } from '../../../src/explore/check.js';

function run(name: string): CheckResult<unknown> {
  const design = loadDesign(new URL(`../../../models/designs/${name}.yaml`, import.meta.url).pathname);
  return check(design.model, design.properties, design.options);
}

function verdicts(result: CheckResult<unknown>): Record<string, string> {
  if (result.status === 'error') throw new Error(result.error.message);
  return Object.fromEntries(result.verdicts.map((v) => [v.property.name, v.status]));
}

describe('R5 MC-LAG at the converged level', () => {
  it('finds dual-active when the peer-link fails and takes the keepalive over it along', () => {
    const result = run('r5-mclag-converged.pitfall');
    expect(verdicts(result)).toEqual({ 'no-dual-active': 'violated', 'gateway-reachable': 'holds', 'lag-formed': 'holds' });
    if (result.status === 'error') throw new Error(result.error.message);
    const verdict = result.verdicts.find((v) => v.property.name === 'no-dual-active');
    if (verdict?.status !== 'violated') throw new Error('expected a violation');
    expect(verdict.trace.steps.map((s) => s.action)).toEqual(['MC-LAG pair peer-link down (peer-a, peer-b)']);
    expect(verdict.trace.steps[0]!.view['mclag pair']).toBe('peer-link down, keepalive down: dual-active');
  });

  it('suspends the secondary and keeps every server reaching its gateway with a separate keepalive', () => {
    const result = run('r5-mclag-converged.fix');
    expect(verdicts(result)).toEqual({ reachable: 'holds', 'no-dual-active': 'holds', 'gateway-reachable': 'holds', 'lag-formed': 'holds' });
    if (result.status === 'error') throw new Error(result.error.message);
    expect(result.stats.states).toBe(14);
  });
});
