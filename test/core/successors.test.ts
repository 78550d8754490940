import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/core/errors.js';
import { initialStatesOf, replayPath, successorsOf } from '../../src/core/successors.js';
import { counterModel } from '../fixtures/counter.js';
import { packedCounterModel } from '../fixtures/packedCounter.js';
import { symmetricProcessesModel } from '../fixtures/symmetricProcesses.js';

function fl102(run: () => void): string | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof FaultlineError) return e.diagnostics[0]?.code;
    throw e;
  }
  return undefined;
}

describe('successor enumeration', () => {
  it('lists actions before faults, numbering them in order', () => {
    const model = counterModel({ max: 3, withGlitch: true });
    const succ = successorsOf(model, { n: 1, glitched: false });
    expect(succ.map((s) => [s.choice, s.label, s.fault, s.state.n])).toEqual([
      [0, 'inc', false, 2],
      [1, 'dec', false, 0],
      [2, 'reset', false, 0],
      [3, 'glitch', true, 1],
    ]);
  });

  it('numbers only the enabled instances of a packed model', () => {
    const model = packedCounterModel(3);
    const three = new Uint8Array([3, 0, 0, 0]);
    expect(successorsOf(model, three).map((s) => [s.choice, s.label, s.action, model.view(s.state)])).toEqual([
      [0, 'dec', 1, { n: 2 }],
      [1, 'reset', 2, { n: 0 }],
    ]);
  });

  it('canonicalizes initial states and successors', () => {
    const model = symmetricProcessesModel(3, 3, true);
    expect(initialStatesOf(model)).toEqual([{ phase: [0, 0, 0] }]);
    const succ = successorsOf(model, { phase: [0, 1, 2] });
    expect(succ.map((s) => s.state.phase)).toEqual([
      [1, 1, 2],
      [0, 2, 2],
      [0, 0, 1],
    ]);
  });

  it('replays a path to the same states and labels', () => {
    const trace = replayPath(counterModel({ max: 3, withGlitch: true }), [0, 0, 0, 2, 1]);
    expect(trace.steps.map((s) => [s.action, s.fault, s.view])).toEqual([
      ['inc', false, { n: 1, glitched: false }],
      ['inc', false, { n: 2, glitched: false }],
      ['reset', false, { n: 0, glitched: false }],
      ['glitch', true, { n: 0, glitched: true }],
    ]);
  });

  it('rejects a path that does not fit the model with FL102', () => {
    const model = counterModel({ max: 3 });
    expect(fl102(() => replayPath(model, [1]))).toBe('FL102');
    expect(fl102(() => replayPath(model, [0, 1]))).toBe('FL102');
    expect(fl102(() => replayPath(model, [0, 0, 0, 0, 2]))).toBe('FL102');
    expect(replayPath(model, [0, 0, 0, 0]).steps.at(-1)?.view).toEqual({ n: 3, glitched: false });
  });
});
