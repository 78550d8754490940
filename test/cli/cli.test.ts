import { beforeAll, describe, expect, it } from 'vitest';
import { reportFormatNames } from '../../src/report/formats.js';
import { buildOnce, faultline } from './runFaultline.js';

const PITFALL = 'models/designs/r6-advert-mismatch.pitfall.yaml';
const FIX = 'models/designs/r6-advert-mismatch.fix.yaml';

beforeAll(buildOnce, 120_000);

describe('faultline usage', () => {
  it('teaches each command in --help with a description and an example, exit 0', () => {
    const run = faultline('check', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: faultline check [options] <designs...>');
    expect(run.stdout).toContain('breadth first');
    expect(run.stdout).toMatch(/Examples?:\n {2}\$ faultline check models\/designs\//);
    expect(run.stdout).toContain('--format <format>');
  });

  it('rejects an unknown option with FL101, a hint and exit 2', () => {
    const run = faultline('check', PITFALL, '--max-state', '10');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("error FL101: unknown option '--max-state'");
    expect(run.stderr).toContain('(Did you mean --max-states?)');
    expect(run.stderr).toContain('hint: run faultline check --help');
  });

  it('rejects an unknown command with FL103 and exit 2', () => {
    const run = faultline('chekc', PITFALL);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error FL103: unknown command 'chekc'");
  });

  it('rejects a bad number and an unknown format with exit 2', () => {
    expect(faultline('check', PITFALL, '--max-faults', 'two').code).toBe(2);
    const format = faultline('check', PITFALL, '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(`Allowed choices are ${reportFormatNames.join(', ')}`);
    expect(reportFormatNames).toEqual(expect.arrayContaining(['text', 'json', 'itf', 'markdown', 'junit']));
  });

  it('points at file:line:column of a broken design and exits 2 without a stack trace', () => {
    const run = faultline('check', 'test/fixtures/cli-broken.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^test\/fixtures\/cli-broken\.yaml:\d+:\d+: error FL2\d\d: /m);
    expect(run.stderr).toContain('hint:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a path that does not fit the design as FL102, exit 2', () => {
    const run = faultline('replay', PITFALL, '--path', '0/0/99');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error FL102');
  });

  it('reports a malformed --path with the same code as the library, FL102, exit 2', () => {
    const run = faultline('replay', PITFALL, '--path', '0/x');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error FL102');
  });
});

describe('faultline check', () => {
  it('finds the dual master of the advert_int mismatch and exits 1 with a replayable trace', () => {
    const run = faultline('check', PITFALL);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/single-master +VIOLATED \(invariant/);
    expect(run.stdout).toContain('initial state');
    const reproduce = /reproduce: faultline replay (\S+) --path (\S+)/.exec(run.stdout);
    expect(reproduce?.[1]).toBe(PITFALL);
    const replay = faultline('replay', PITFALL, '--path', reproduce?.[2] ?? '');
    expect(replay.code).toBe(1);
    expect(replay.stdout).toMatch(/single-master +VIOLATED at step \d+/);
  });

  it('passes the fixed design with exit 0', () => {
    const run = faultline('check', FIX);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('OK: all 3 properties hold');
    expect(run.stderr).toBe('');
  });

  it('exits 0 with a warning when a limit stops the run, and 4 with --require-complete', () => {
    const lenient = faultline('check', PITFALL, '--max-states', '10');
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('warning: incomplete: the run stopped at --max-states 10');
    expect(faultline('check', PITFALL, '--max-states', '10', '--require-complete').code).toBe(4);
  });

  it('writes machine-readable JSON and ITF that agree with the text verdict', () => {
    const json = JSON.parse(faultline('check', PITFALL, '--format', 'json').stdout) as {
      status: string;
      properties: { name: string; status: string; trace?: { path: string } }[];
    };
    expect(json.status).toBe('violation');
    const violated = json.properties.find((p) => p.status === 'violated');
    expect(violated?.name).toBe('single-master');
    const itf = JSON.parse(faultline('check', PITFALL, '--format', 'itf').stdout) as { '#meta': { path: string }; states: unknown[] };
    expect(itf['#meta'].path).toBe(violated?.trace?.path);
    expect(itf.states.length).toBe((violated?.trace?.path.split('/').length ?? 0));
  });

  it('stays quiet on stderr when stderr is not a terminal', () => {
    expect(faultline('check', PITFALL).stderr).toBe('');
  });
});

describe('faultline simulate', () => {
  it('prints the seed to reproduce the run, success included', () => {
    const run = faultline('simulate', FIX, '--seed', '7', '--runs', '20');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('use --seed=7 to reproduce');
  });
});

describe('faultline list', () => {
  it('lists the design kinds with their properties and the shipped designs', () => {
    const run = faultline('list');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}vrrp: /m);
    expect(run.stdout).toContain('single-master');
    expect(run.stdout).toContain(PITFALL);
    // A shipped design's warnings (FL228 on the Linux-bridge pair) belong to check, not to the listing.
    expect(run.stderr).toBe('');
  });
});
