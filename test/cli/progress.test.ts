import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { progressLine } from '../../src/cli/progress.js';

function fakeIo(stderrIsTTY: boolean): CliIo & { written: string[]; clock: number } {
  const io = {
    written: [] as string[],
    clock: 0,
    out: () => {},
    err: (text: string) => void io.written.push(text),
    stdoutIsTTY: false,
    stderrIsTTY,
    env: {},
    now: () => io.clock,
  };
  return io;
}

const tick = { states: 12345, transitions: 0, depth: 7, seconds: 1.5, statesPerSecond: 8230, queued: 0 };

describe('progressLine', () => {
  it('redraws in place on a terminal at most five times a second, then erases itself', () => {
    const io = fakeIo(true);
    const progress = progressLine(io, 'states');
    for (let ms = 0; ms < 1000; ms += 50) {
      io.clock = ms;
      progress.update(tick);
    }
    expect(io.written).toHaveLength(5);
    expect(io.written[0]).toBe('\r\x1b[2K12,345 states  depth 7  8,230 states/s  1.5 s');
    progress.done();
    expect(io.written.at(-1)).toBe('\r\x1b[2K');
  });

  it('writes nothing when stderr is not a terminal', () => {
    const io = fakeIo(false);
    const progress = progressLine(io, 'states');
    progress.update(tick);
    progress.done();
    expect(io.written).toEqual([]);
  });
});
