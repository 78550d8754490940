import { describe, expect, it } from 'vitest';
import { within } from '../../src/core/property.js';
import { replayPath } from '../../src/core/successors.js';
import { formatPath, parsePath } from '../../src/core/trace.js';
import { check } from '../../src/explore/check.js';
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
    // The initial state: both Backup, the obligation is open but time can still pass.
    expect(evaluateAlong(toyRouters, [r2Master], replayPath(toyRouters, [0]))[0]).toMatchObject({ status: 'pending', elapsed: 0 });
    // cut(link) restarts the clock; timeout(r2) makes r2 Master after 1 unit: in time.
    const late = evaluateAlong(toyRouters, [r2Master], replayPath(toyRouters, [0, 4, 1]));
    expect(late[0]?.status).toBe('holds');
    const strict = within<ToyState>('r2-master-within-0', 0, (s) => s.r2 === 'Master');
    expect(evaluateAlong(toyRouters, [strict], replayPath(toyRouters, [0, 0]))[0]).toMatchObject({ status: 'violated', step: 1 });
  });

  it('fails a pending deadline at a state where time cannot pass, as the search does', () => {
    const r2Master = within<ToyState>('r2-master-within-1', 1, (s) => s.r2 === 'Master');
    // timeout(r1): r1 is Master over a working link, r2 has no action left and never takes over.
    expect(evaluateAlong(toyRouters, [r2Master], replayPath(toyRouters, [0, 0]))[0]).toMatchObject({ status: 'violated', step: 1 });
    // crash(r2) after it: the clock restarts, but the Down r2 has no action either.
    expect(evaluateAlong(toyRouters, [r2Master], replayPath(toyRouters, [0, 0, 1]))[0]).toMatchObject({ status: 'violated', step: 1 });
  });

  it('agrees with check on every violation check reports', () => {
    const r2Master = within<ToyState>('r2-master-within-1', 1, (s) => s.r2 === 'Master');
    const properties = [...toyProperties, r2Master];
    const result = check(toyRouters, properties);
    const violated = result.status === 'error' ? [] : result.verdicts.filter((v) => v.status === 'violated');
    expect(violated.map((v) => v.property.name)).toEqual(['single-master', 'master-within-2', 'r2-master-within-1']);
    for (const v of violated) {
      if (v.status !== 'violated') continue;
      const along = evaluateAlong(toyRouters, properties, replayPath(toyRouters, parsePath(formatPath(v.trace))));
      expect(along.find((a) => a.property === v.property)).toMatchObject({ status: 'violated', step: v.trace.steps.length });
    }
  });
});
