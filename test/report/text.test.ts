import { describe, expect, it } from 'vitest';
import { replayPath } from '../../src/core/successors.js';
import type { CheckResult } from '../../src/core/result.js';
import { renderText } from '../../src/report/text.js';
import { traceLines } from '../../src/report/textTrace.js';
import { plain, wantsColour } from '../../src/report/style.js';
import { evaluateAlong } from '../../src/trace/evaluateAlong.js';
import { dualMasterPath, toyStats, toyViolation } from '../fixtures/toyResults.js';
import { toyProperties, toyRouters, type ToyState } from '../fixtures/toyRouters.js';

const design = { file: 'designs/toy.yaml', name: 'toy' };

describe('renderText', () => {
  it('prints verdicts, the changed fields per step, fault marks, a replay line and the stats', () => {
    const text = renderText({ kind: 'run', command: 'check', design, result: toyViolation(), limits: {} }, plain);
    expect(text).toMatchInlineSnapshot(`
      "faultline check designs/toy.yaml: design "toy" (model toy-routers)

        single-master    VIOLATED (invariant, 3 steps)
        some-master      witnessed (1 step, path 0/0)
        master-within-2  holds

      single-master: violated (invariant)
        at most one router is Master

        initial state
             r1 = Backup
             r2 = Backup
             link = true
        1  timeout(r1)
             r1: Backup → Master
        2  cut(link)  [fault]
             link: true → false
        3  timeout(r2)
             r2: Backup → Master

        reproduce: faultline replay designs/toy.yaml --path 0/0/2/0

      stats: 1,234 states, 5,678 transitions, depth 9, 0.50 s, 2,468 states/s, 24.0 bytes/state, fault budget 2
      VIOLATION: 1 of 3 properties fail
      "
    `);
  });

  it('names the limit and its value when a run is incomplete', () => {
    const result: CheckResult<ToyState> = {
      status: 'incomplete',
      limit: 'max-states',
      model: 'toy-routers',
      stats: { ...toyStats, storage: 'hash-compaction', omissionProbability: 1.5e-9 },
      verdicts: toyProperties.map((property) => ({ status: 'undecided', property })),
    };
    const text = renderText({ kind: 'run', command: 'check', design, result, limits: { 'max-states': 1000 } }, plain);
    expect(text).toContain('INCOMPLETE: the run stopped at --max-states 1000');
    expect(text).toContain('hash compaction (omission probability ≤ 1.5e-9)');
  });

  it('prints the seed and a rerun line for random runs, success included', () => {
    const result: CheckResult<ToyState> = {
      status: 'pass',
      model: 'toy-routers',
      stats: toyStats,
      bounds: { maxFaults: 2, maxDepth: 20, exhaustive: false },
      verdicts: [{ status: 'holds', property: toyProperties[0]! }],
    };
    const searched = { runs: 100, maxSteps: 20, maxFaults: 2, timeoutSeconds: Infinity, faultKinds: ['crash', 'cut'] };
    const random = { seed: 42, runs: 100, steps: 2000, stepsPerSecond: 4000, searched };
    const text = renderText({ kind: 'run', command: 'simulate', design, result, random, limits: {} }, plain);
    expect(text).toContain('use --seed=42 to reproduce: faultline simulate designs/toy.yaml --seed 42 --runs 100 --max-steps 20 --max-faults 2\n');
    expect(text).toContain('100 runs, 2,000 steps');
    expect(text).not.toContain('hold (');
    expect(text).toContain('no violation found: 100 random walks of up to 20 steps, fault budget 2, fault kinds crash, cut, checked 1 properties (random walks prove nothing)');
  });

  it('marks the failing state of a replayed trace and lists each property along it', () => {
    const trace = replayPath(toyRouters, dualMasterPath);
    const verdicts = evaluateAlong(toyRouters, toyProperties, trace);
    const text = renderText({ kind: 'replay', design, model: toyRouters.name, trace, verdicts }, plain);
    expect(text).toMatchInlineSnapshot(`
      "faultline replay designs/toy.yaml: design "toy" (model toy-routers)
      path 0/0/2/0

        initial state
             r1 = Backup
             r2 = Backup
             link = true
        1  timeout(r1)
             r1: Backup → Master
        2  cut(link)  [fault]
             link: true → false
        3  timeout(r2)
             r2: Backup → Master
             ^ fails here

        single-master    VIOLATED at step 3
        some-master      witnessed at step 1
        master-within-2  holds along this trace

      1 of 3 properties fail along this trace
      "
    `);
  });

  it('quotes a design path with spaces in the reproduce line', () => {
    const text = renderText({ kind: 'run', command: 'check', design: { file: 'my designs/a.yaml', name: 'a' }, result: toyViolation(), limits: {} }, plain);
    expect(text).toContain("faultline replay 'my designs/a.yaml' --path 0/0/2/0");
  });
});

describe('wantsColour', () => {
  it('colours only a TTY, and never with NO_COLOR', () => {
    expect(wantsColour(true, {})).toBe(true);
    expect(wantsColour(false, {})).toBe(false);
    expect(wantsColour(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour(true, { FORCE_COLOR: '0' })).toBe(false);
  });
});

describe('traceLines', () => {
  it('folds three or more identical ticks into one line with their net change, keeping faults apart', () => {
    const tick = (t: number, up = true) => ({ choice: 0, action: 'tick', actionValue: null, fault: false, state: null, view: { t, up } });
    const trace = {
      initialView: { t: 0, up: true },
      steps: [tick(1), tick(2), tick(3), tick(4), { ...tick(4, false), action: 'cut', fault: true }, tick(5, false), tick(6, false)],
    };
    expect(traceLines(trace, plain).join('\n')).toMatchInlineSnapshot(`
      "  initial state
               t = 0
               up = true
        1–4  tick ×4
               t: 0 → 4
          5  cut  [fault]
               up: true → false
          6  tick
               t: 4 → 5
          7  tick
               t: 5 → 6"
    `);
  });
});
