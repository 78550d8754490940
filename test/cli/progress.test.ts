import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { statesProgress, sweepProgress, walksProgress } from '../../src/cli/progress.js';

function fakeIo(stderrIsTTY: boolean, env: Record<string, string> = {}): CliIo & { written: string[] } {
  const io = {
    written: [] as string[],
    out: () => {},
    err: (text: string) => void io.written.push(text),
    stdoutIsTTY: false,
    stderrIsTTY,
    env,
    now: () => Date.now(),
  };
  return io;
}

/** What a terminal shows: the text of the last redraw, escape sequences removed. */
function lines(io: { written: string[] }): string[] {
  return io.written
    .join('')
    .split(/\r|\x1b\[\??[0-9;]*[A-Za-z]|\x1b[78]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const tick = (ms: number, states: number) => ({ states, transitions: states * 3, depth: 7, seconds: ms / 1000, statesPerSecond: (states * 1000) / ms, queued: 4321 });

describe('progress on a terminal', () => {
  beforeEach(() => void vi.useFakeTimers({ now: 0 }));
  afterEach(() => void vi.useRealTimers());

  it('draws states, queue, depth and rate of an exhaustive search, redrawn at most five times a second, and erases itself', () => {
    const io = fakeIo(true);
    const progress = statesProgress(io);
    for (let ms = 1000; ms <= 2000; ms += 50) {
      vi.setSystemTime(ms);
      progress.update(tick(ms, ms * 10));
    }
    const drawn = lines(io);
    expect(drawn[0]).toBe('10,000 states  queue 4,321  depth 7  10,000 states/s  1.0 s');
    // One draw at the start, then one each 2 × 200 ms at most (cli-progress's synchronous redraw).
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    expect(drawn.length).toBeLessThanOrEqual(6);
    const before = io.written.length;
    progress.done();
    expect(io.written.slice(before).join('')).toMatch(/\x1b\[2K|\x1b\[0K/);
  });

  it('draws a bar of the walks with the time left once the rate is known', () => {
    const io = fakeIo(true);
    const progress = walksProgress(io, 1000);
    for (let s = 1; s <= 5; s++) {
      vi.setSystemTime(s * 1000);
      progress.update({ ...tick(s * 1000, 0), queued: s * 100, transitions: s * 10_000 });
    }
    progress.done();
    const last = lines(io).at(-1)!;
    expect(last).toMatch(/^\[={20}-{20}\] 500\/1,000 walks {2}longest 7 {2}10,000 steps\/s {2}5\.0 s {2}ETA 5s$/);
  });

  it('draws a bar of a spof sweep’s class sets', () => {
    const io = fakeIo(true);
    const progress = sweepProgress(io);
    vi.setSystemTime(1000);
    progress.update({ done: 250, total: 1000, seconds: 1 });
    progress.done();
    expect(lines(io)[0]).toMatch(/^\[={10}-{30}\] 250\/1,000 class sets {2}1\.0 s {2}ETA/);
  });
});

describe('progress off a terminal', () => {
  it('writes nothing when stderr is not a terminal, nor under CI on a terminal', () => {
    for (const io of [fakeIo(false), fakeIo(true, { CI: 'true' }), fakeIo(true, { CI: '1' })]) {
      for (const progress of [statesProgress(io), walksProgress(io, 10)]) {
        progress.update(tick(1000, 10));
        progress.done();
      }
      const sweep = sweepProgress(io);
      sweep.update({ done: 1, total: 2, seconds: 1 });
      sweep.done();
      expect(io.written).toEqual([]);
    }
  });

  it('draws on a terminal whose CI variable says false', () => {
    const io = fakeIo(true, { CI: 'false' });
    const progress = statesProgress(io);
    progress.update(tick(1000, 10));
    progress.done();
    expect(io.written.length).toBeGreaterThan(0);
  });
});
