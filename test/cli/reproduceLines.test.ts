/** The reproduce lines a report prints give the same verdict when run. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, faultline } from './runFaultline.js';

const RESOLVER = 'models/designs/d1-resolver-timeout.pitfall.yaml';
const NOPREEMPT = 'models/designs/r6-nopreempt-placement.pitfall.yaml';
const ADVERT = 'models/designs/r6-advert-mismatch.pitfall.yaml';
const ADVERT_FIX = 'models/designs/r6-advert-mismatch.fix.yaml';

/** The words of a printed command after `faultline`. */
function argsOf(line: string): string[] {
  return line.trim().split(/\s+/).slice(1);
}

beforeAll(buildOnce, 120_000);

describe('reproduce lines', () => {
  it('replays a deadline violation of check as a violation at the same step', () => {
    const run = faultline('check', RESOLVER);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/lookup-latency-within +VIOLATED \(deadline, 1 step,/);
    const reproduce = /reproduce: faultline replay (\S+) --path (\S+)/.exec(run.stdout);
    const replay = faultline('replay', reproduce?.[1] ?? '', '--path', reproduce?.[2] ?? '');
    expect(replay.code).toBe(1);
    expect(replay.stdout).toMatch(/lookup-latency-within +VIOLATED at step 1/);
    expect(replay.stdout).not.toContain('pending');
  });

  it('reruns simulate with every option that shaped the walks, and the rerun gives the same verdict', () => {
    const first = faultline('simulate', NOPREEMPT, '--seed', '42', '--runs', '300', '--max-steps', '60', '--max-faults', '2');
    expect(first.code).toBe(1);
    const line = /use --seed=42 to reproduce: (faultline simulate .*)/.exec(first.stdout)?.[1] ?? '';
    expect(line).toBe(`faultline simulate ${NOPREEMPT} --seed 42 --runs 300 --max-steps 60 --max-faults 2`);
    const again = faultline(...argsOf(line));
    expect(again.code).toBe(1);
    const verdicts = (out: string) => out.split('\n').filter((l) => /VIOLATED|holds|undecided/.test(l) && l.startsWith('  ') && !l.includes(':'));
    expect(verdicts(first.stdout)).toHaveLength(3);
    expect(verdicts(again.stdout)).toEqual(verdicts(first.stdout));
  });

  it('says what a random run searched when it finds nothing, never that all properties hold', () => {
    const run = faultline('simulate', ADVERT_FIX, '--seed', '3', '--runs', '40');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('all 3 properties hold');
    expect(run.stdout).toMatch(/no violation found: 40 random walks of up to 100 steps, fault budget 1, fault kinds crash, stop/);
    expect(run.stdout).toContain('--seed 3 --runs 40 --max-steps 100 --max-faults 1');
  });
});

describe('runs a limit stopped after a violation', () => {
  it('are reported incomplete in text and JSON, and still exit 1', () => {
    const text = faultline('check', ADVERT, '--max-states', '1030', '--require-complete');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/VIOLATION: 1 of 3 properties fail; INCOMPLETE: the run stopped at --max-states 1030, 2 of 3 undecided/);
    expect(text.stderr).toContain('warning: incomplete');
    const json = JSON.parse(faultline('check', ADVERT, '--max-states', '1030', '--format', 'json').stdout) as Record<string, unknown>;
    expect([json['status'], json['complete'], json['limit'], json['limitValue']]).toEqual(['violation', false, 'max-states', 1030]);
    const whole = JSON.parse(faultline('check', ADVERT, '--format', 'json').stdout) as Record<string, unknown>;
    expect([whole['status'], whole['complete']]).toEqual(['violation', true]);
  });
});

describe('faultline help', () => {
  it('exits 0 after printing the help of a command', () => {
    const run = faultline('help', 'check');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: faultline check');
  });
});
