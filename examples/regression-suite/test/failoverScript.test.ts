import { describe, expect, it } from 'vitest';
import { checkModel, render, type CheckResult } from 'faultline';
import 'faultline/vitest';
import { failoverScript, MISSES, singleActive, someoneActive } from '../models/failoverScript.js';

/** The fault and step labels of the trace that violates `name`. */
function traceOf<S>(result: CheckResult<S>, name: string): string[] {
  const verdict = result.status === 'error' ? undefined : result.verdicts.find((v) => v.property.name === name);
  if (verdict?.status !== 'violated') throw new Error(`expected a trace for ${name}`);
  return verdict.trace.steps.map((s) => s.action);
}

describe('our failover script, version 1', () => {
  const result = checkModel(failoverScript(1), [singleActive, someoneActive], { maxFaults: 2 });

  it('leaves nobody holding the address when the active node crashes and restarts quickly', () => {
    expect(result).toBeViolated('someone-active');
    expect(traceOf(result, 'someone-active').slice(0, 2)).toEqual(['crash(node0)', 'restart(node0)']);
  });

  it('takes the address on both nodes when the heartbeat link is cut: it needs fencing', () => {
    expect(result).toBeViolated('single-active');
    expect(traceOf(result, 'single-active')).toEqual(['cut', ...Array<string>(MISSES).fill('second')]);
  });

  it('reports the same way as a design', () => {
    expect(render(result)).toContain('single-active');
  });
});

describe('our failover script, version 2', () => {
  const result = checkModel(failoverScript(2), [singleActive, someoneActive], { maxFaults: 2 });

  it('always has a node holding the address again after a fault', () => {
    expect(result).toHold('someone-active');
  });

  it('still needs fencing against a cut heartbeat link', () => {
    expect(result).toBeViolated('single-active');
  });
});
