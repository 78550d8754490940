/** The reproduce lines a report prints give the same verdict when run. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, faultline } from './runFaultline.js';

const RESOLVER = 'models/designs/d1-resolver-timeout.pitfall.yaml';

beforeAll(buildOnce, 120_000);

describe('reproduce lines', () => {
  it('replays a deadline violation of check as a violation at the same step', () => {
    const run = faultline('check', RESOLVER);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/lookup-latency-within +VIOLATED \(deadline, 1 step\)/);
    const reproduce = /reproduce: faultline replay (\S+) --path (\S+)/.exec(run.stdout);
    const replay = faultline('replay', reproduce?.[1] ?? '', '--path', reproduce?.[2] ?? '');
    expect(replay.code).toBe(1);
    expect(replay.stdout).toMatch(/lookup-latency-within +VIOLATED at step 1/);
    expect(replay.stdout).not.toContain('pending');
  });
});
