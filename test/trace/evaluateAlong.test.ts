import { describe, expect, it } from 'vitest';
import { within } from '../../src/core/property.js';
import { replayPath } from '../../src/core/successors.js';
import { evaluateAlong } from '../../src/trace/evaluateAlong.js';
import { dualMasterPath } from '../fixtures/toyResults.js';
import { toyProperties, toyRouters, type ToyState } from '../fixtures/toyRouters.js';

describe('evaluateAlong', () => {
  it('finds the step where the invariant breaks and where the goal is first reached', () => {
    const verdicts = evaluateAlong(toyRouters, toyProperties, replayPath(toyRouters, dualMasterPath));
    expect(verdicts.map((v) => [v.property.name, v.status, 'step' in v ? v.step : null])).toEqual([
      ['single-master', 'violated', 3],
      ['some-master', 'witnessed', 1],
      ['master-within-2', 'holds', null],
    ]);
  });

  it('fails a deadline once the elapsed time since the last fault exceeds the bound', () => {
    const r2Master = within<ToyState>('r2-master-within-1', 1, (s) => s.r2 === 'Master');
    // timeout(r1) [1 unit, r2 still Backup], then cut(link) as fault 2 resets the clock.
    const early = evaluateAlong(toyRouters, [r2Master], replayPath(toyRouters, [0, 0]));
    expect(early[0]).toMatchObject({ status: 'pending', elapsed: 1 });
    const late = evaluateAlong(toyRouters, [r2Master], replayPath(toyRouters, [0, 0, 2, 0]));
    expect(late[0]?.status).toBe('holds');
    const crash = evaluateAlong(toyRouters, [r2Master], replayPath(toyRouters, [0, 0, 1]));
    expect(crash[0]).toMatchObject({ status: 'pending', elapsed: 0 });
    const strict = within<ToyState>('r2-master-within-0', 0, (s) => s.r2 === 'Master');
    expect(evaluateAlong(toyRouters, [strict], replayPath(toyRouters, [0, 0]))[0]).toMatchObject({ status: 'violated', step: 1 });
  });
});
