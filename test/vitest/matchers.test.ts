import { describe, expect, it } from 'vitest';
import { always, check, checkModel, codecOf, int, loadDesign, record, replay, simulate, spof, type Model } from '../../src/index.js';
import '../../src/vitest/index.js';

const pitfall = 'models/designs/r6-advert-mismatch.pitfall.yaml';
const fix = 'models/designs/r6-advert-mismatch.fix.yaml';

/** The message of the assertion `run` makes fail. */
function failure(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('toHold and toBeViolated', () => {
  const violation = check(loadDesign(pitfall));

  it('pass on the verdicts of a check', () => {
    expect(violation).toBeViolated();
    expect(violation).toBeViolated('single-master');
    expect(violation).toHold('master-within-bound');
    expect(violation).not.toHold();
    expect(check(loadDesign(fix))).toHold();
    expect(check(loadDesign(fix))).not.toBeViolated();
  });

  it('print the property, its short trace and the replay command when they fail', () => {
    const message = failure(() => expect(violation).toHold('single-master'));
    expect(message).toContain('expected single-master to hold, but it is VIOLATED (invariant, 31 steps)');
    expect(message).toContain('at most one MASTER');
    expect(message).toMatch(/14 +downTimer\(gw-a\)/);
    expect(message).toMatch(/gw-b\.state: BACKUP → MASTER\n.*\n +\^ fails here/);
    expect(message).toMatch(/reproduce: faultline replay models\/designs\/r6-advert-mismatch\.pitfall\.yaml --path 0(\/\d+){31}\n/);
    expect(message).toContain(`rerun: faultline check ${pitfall}`);
  });

  it('print the verdict table when a violation was expected and none came', () => {
    const message = failure(() => expect(check(loadDesign(fix))).toBeViolated('single-master'));
    expect(message).toContain('expected single-master to be violated, but it holds');
    expect(message).toMatch(/ +single-master +holds/);
  });

  it('print the seed of a random run', () => {
    const walked = simulate(loadDesign(pitfall), { seed: 42, runs: 50 });
    const message = failure(() => expect(walked).toHold());
    expect(message).toContain(`rerun: faultline simulate ${pitfall} --seed 42`);
  });

  it('name the properties a run checked when asked for one it did not', () => {
    expect(failure(() => expect(violation).toHold('one-master'))).toContain('checked no property "one-master"; it checked: single-master, master-within-bound, no-failback-under-nopreempt');
  });

  it('read a replay: the property fails at the step the path ends on', () => {
    const v = violation.status === 'violation' ? violation.verdicts.find((x) => x.status === 'violated') : undefined;
    if (v?.status !== 'violated') throw new Error('expected a violated verdict');
    const path = [v.trace.initialIndex, ...v.trace.steps.map((s) => s.choice)];
    const replayed = replay(loadDesign(pitfall), path);
    expect(replayed).toBeViolated('single-master');
    expect(failure(() => expect(replayed).toHold('single-master'))).toContain('VIOLATED at step 31');
    expect(replay(loadDesign(pitfall), [0])).toHold('single-master');
  });

  it('read a check of a model of ones own, reproduced by its path', () => {
    type S = { readonly n: number };
    const counter: Model<S> = {
      name: 'counter',
      codec: codecOf(record<S>({ n: int(0, 3) })),
      initialStates: () => [{ n: 0 }],
      actions: (s) => (s.n < 3 ? [{ type: 'inc' }] : []),
      faults: () => [],
      next: (s) => ({ n: s.n + 1 }),
    };
    const result = checkModel(counter, [always<S>('below-three', (s) => s.n < 3)]);
    expect(result).toBeViolated('below-three');
    expect(failure(() => expect(result).toHold())).toContain('reproduce: path 0/0/0/0');
  });

  it('reject what is not a run', () => {
    expect(failure(() => expect(42).toHold())).toContain('toHold expects the result of check, simulate or replay');
  });
});

describe('toBreakNothing', () => {
  it('passes on the L5 fix and lists the breaking fault sets of the pitfall with their replay commands', () => {
    expect(spof(loadDesign('models/designs/l5-access-mii.fix.yaml'))).toBreakNothing();
    const message = failure(() => expect(spof(loadDesign('models/designs/l5-access-mii.pitfall.yaml'))).toBreakNothing());
    expect(message).toContain('expected no fault set of up to 1 element(s) to break anything, but 2 do');
    expect(message).toMatch(/1 +switch Switch1 down +breaks reachable \(Server1 ↮ Server3/);
    expect(message).toMatch(/reproduce: faultline replay models\/designs\/l5-access-mii\.pitfall\.yaml --path 0\/\d+/);
  });
});
